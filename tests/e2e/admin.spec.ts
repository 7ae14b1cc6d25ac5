import { expect, test } from "@playwright/test";
import { ACCOUNTS, createAccount, expectNoSeriousA11yViolations, signIn, signInWithoutUi } from "./fixtures";

test("an administrator creates a user; the temporary password works once and must be changed", async ({ page }) => {
  const email = `can.bo.${Date.now()}@example.vn`;
  await signInWithoutUi(page, ACCOUNTS.admin);
  await page.goto("/admin/users/new");
  await expectNoSeriousA11yViolations(page);
  const temporary = await createAccount(page, { name: "Nguyễn Văn Thử", email, role: "ORG_EDITOR", organization: "Thành phố Huế (P02)" });
  expect(temporary).toHaveLength(16);

  await page.context().clearCookies();
  await signIn(page, email, temporary);
  await expect(page).toHaveURL(/\/account\/password$/);
  await page.getByLabel("Mật khẩu hiện tại").fill(temporary);
  await page.getByLabel("Mật khẩu mới (ít nhất 10 ký tự, có chữ và số)").fill("MatKhauMoi2026");
  await page.getByLabel("Nhập lại mật khẩu mới").fill("MatKhauMoi2026");
  await page.getByRole("button", { name: "Lưu" }).click();
  await expect(page).toHaveURL(/\/workspace/);
  await expect(page.getByTestId("workspace-organization")).toHaveText(/Huế/);

  // The administrator's write is in the audit trail with the administrator as actor.
  await page.context().clearCookies();
  await signInWithoutUi(page, ACCOUNTS.admin);
  await page.goto(`/audit?entity=User&actorEmail=${encodeURIComponent(ACCOUNTS.admin)}`);
  await expect(page.getByTestId("audit-row").filter({ hasText: email }).first()).toBeVisible();
});

test("organization staff and the Steering Committee cannot open administration pages", async ({ page }) => {
  await signInWithoutUi(page, ACCOUNTS.hanoi);
  for (const path of ["/admin", "/admin/users", "/admin/organizations", "/admin/reporting/recipient", "/audit"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  await page.context().clearCookies();
  await signInWithoutUi(page, ACCOUNTS.steering);
  expect((await page.goto("/admin/users"))?.status()).toBe(404);
  expect((await page.goto("/audit"))?.status()).toBe(200);
});

test("an administrator filters the user list through the URL and clears the filters", async ({ page }) => {
  await signInWithoutUi(page, ACCOUNTS.admin);
  await page.goto("/admin/users");
  const filters = page.getByRole("search", { name: "Lọc người dùng" });
  await expect(filters.getByRole("link", { name: "Bỏ lọc" })).toHaveCount(0);
  await filters.getByLabel("Vai trò").selectOption("ORG_VIEWER");
  await filters.getByRole("button", { name: "Lọc" }).click();
  await expect(page).toHaveURL(/role=ORG_VIEWER/);
  await expect(page.getByTestId("user-row").filter({ hasText: ACCOUNTS.hanoiViewer })).toHaveCount(1);
  await expect(page.getByTestId("user-row").filter({ hasText: ACCOUNTS.admin })).toHaveCount(0);
  await expect(filters.getByLabel("Vai trò")).toHaveValue("ORG_VIEWER");
  await filters.getByRole("link", { name: "Bỏ lọc" }).click();
  await expect(page).toHaveURL(/\/admin\/users$/);
  await expect(page.getByTestId("user-row").filter({ hasText: ACCOUNTS.admin })).toHaveCount(1);
});

test("an administrator sets a province's issuing body and the receiving body at MOFA, which the page says is a setting", async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.admin);
  await page.goto("/admin/organizations?q=lai+chau");
  await page.getByTestId("organization-row").getByRole("link", { name: "Lai Châu" }).first().click();
  const form = page.getByTestId("organization-form");
  await form.getByLabel("Cơ quan ban hành báo cáo").selectOption("FOREIGN_AFFAIRS_DEPARTMENT");
  await form.getByRole("button", { name: "Lưu" }).click();
  await expect(form.getByRole("status")).toContainText("Đã lưu thay đổi.");
  await page.reload();
  await expect(page.getByTestId("organization-form").getByLabel("Cơ quan ban hành báo cáo")).toHaveValue("FOREIGN_AFFAIRS_DEPARTMENT");

  await page.goto("/admin/reporting/recipient");
  await expectNoSeriousA11yViolations(page);
  await expect(page.getByTestId("recipient-note")).toContainText("Thông tư 09/2025/TT-BNG");
  const recipient = page.getByTestId("mofa-recipient-form");
  await expect(recipient.getByLabel("Tên tiếng Việt")).toHaveValue("Cục Ngoại vụ và Ngoại giao văn hóa, Bộ Ngoại giao");
  // Only the English name changes: the plan journey reads the Vietnamese one.
  await recipient.getByLabel("Tên tiếng Anh").fill("Department of External Affairs and Cultural Diplomacy, MOFA");
  await recipient.getByRole("button", { name: "Lưu" }).click();
  await expect(recipient.getByRole("status")).toContainText("Đã lưu cơ quan tiếp nhận.");
  await page.reload();
  await expect(page.getByTestId("recipient-origin")).toContainText("quản trị viên đặt");
  await expect(page.getByTestId("mofa-recipient-form").getByLabel("Tên tiếng Anh")).toHaveValue(
    "Department of External Affairs and Cultural Diplomacy, MOFA",
  );
});
