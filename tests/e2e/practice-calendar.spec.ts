import { expect, test } from "@playwright/test";
import { ACCOUNTS, expectNoSeriousA11yViolations, signInWithoutUi } from "./fixtures";

type PeriodsBody = { periods: Array<{ kind: string; year: number; number: number; deadline: string }> };

test("an administrator records a Government day off and the six-month deadline moves; a former name finds its city", async ({ page }) => {
  await signInWithoutUi(page, ACCOUNTS.admin);
  const deadlineOfH1 = async () => {
    const response = await page.request.get("/api/v1/reporting-periods?kind=SEMIANNUAL&year=2027");
    expect(response.status()).toBe(200);
    const body = (await response.json()) as PeriodsBody;
    return body.periods.find((p) => p.number === 1)?.deadline.slice(0, 10);
  };
  // Cut-off end Monday 14/06/2027 + 5 working days (the portal's default) → Monday 21/06/2027.
  expect(await deadlineOfH1()).toBe("2027-06-21");

  await page.goto("/admin/reporting/calendar?year=2027");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hoán đổi ngày làm việc và ngày nghỉ thêm");
  await expectNoSeriousA11yViolations(page);
  const form = page.getByTestId("calendar-exception-form");
  await form.locator('input[name="date"]').fill("15/06/2027");
  await form.getByRole("combobox").selectOption("DAY_OFF");
  await form.locator('input[name="nameVi"]').fill("Nghỉ hoán đổi (thử nghiệm)");
  await form.locator('input[name="documentVi"]').fill("Thông báo số 1/TB-TEST");
  await form.getByRole("button", { name: "Thêm" }).click();
  await expect(form.getByRole("status")).toContainText("Đã thêm.");
  await page.reload();
  await expect(page.getByTestId("exception-2027-06-15")).toContainText("Nghỉ hoán đổi (thử nghiệm)");
  // One working day fewer inside the window: the deadline moves to Tuesday 22/06/2027.
  expect(await deadlineOfH1()).toBe("2027-06-22");

  // Searching the former name, without diacritics, finds Thành phố Huế (Thừa Thiên Huế until 31/12/2024).
  await page.goto("/organizations?q=thua+thien");
  const row = page.getByTestId("organization-row-P02");
  await expect(row).toBeVisible();
  await expect(row.getByTestId("former-name")).toContainText("Thừa Thiên Huế");
});
