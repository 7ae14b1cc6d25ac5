// Whole pages cached per data version (lib/server/cache/page-cache.ts, decision 011), as people see them: two
// members of the same unit get the same overview, each with their own name and unread count in the header
// (fetched by the browser), every page's scripts run under that load's own nonce, and a change to the directory
// is on the very next load. `@exclusive`: it adds a ministry, which every other spec would see.
import { randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { signInWithoutUi, test } from "./fixtures";

// Content-Security-Policy refusals are reported on the console: a page answered with a stale nonce would
// show them (and its scripts would not run: the header's name would never appear).
function collectPolicyErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) errors.push(message.text());
  });
  return errors;
}

test("@exclusive two members of a unit share the cached overview; each header shows its own name and unread count", async ({
  browser,
  createUser,
  e2eDb,
}) => {
  const first = await createUser("STEERING_COMMITTEE", { name: `Thành viên thứ nhất ${randomUUID().slice(0, 6)}` });
  const second = await createUser("STEERING_COMMITTEE", { name: `Thành viên thứ hai ${randomUUID().slice(0, 6)}` });
  await e2eDb.query(
    `INSERT INTO "Notification" (id, "userId", kind, "titleVi", "titleEn", "createdAt") VALUES ($1, $2, 'GENERAL', 'Thông báo kiểm thử', 'Test notification', now())`,
    [randomUUID(), second.id],
  );
  const pages: Page[] = [];
  for (const user of [first, second, first]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const policyErrors = collectPolicyErrors(page);
    await signInWithoutUi(page, user.email, user.password);
    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByTestId("user-name")).toHaveText(user.name);
    await expect(page.getByTestId("user-menu")).toContainText(user.organization.nameVi);
    expect(policyErrors).toEqual([]);
    pages.push(page);
  }
  // Only the second member has an unread notification; the link's name says so to screen readers.
  await expect(pages[0]!.getByTestId("notifications-link")).toHaveAccessibleName("Thông báo");
  await expect(pages[1]!.getByTestId("notifications-link")).toHaveAccessibleName(/^Thông báo\s*1 chưa đọc$/);
  // Marking it read on the notifications page clears the header's count without a reload.
  await pages[1]!.goto("/notifications");
  await pages[1]!.getByTestId("mark-all-read").click();
  await expect(pages[1]!.getByTestId("notifications-link")).toHaveAccessibleName("Thông báo");
  for (const page of pages) await page.context().close();
});

test("@exclusive a unit added to the directory is on the next load, for visitors too", async ({ page, e2eDb }) => {
  const policyErrors = collectPolicyErrors(page);
  // A ministry whose name sorts first, so it is on the directory's first page.
  const ministry = { id: randomUUID(), code: `E2E-BO-${randomUUID().slice(0, 6)}`, nameVi: `Bộ A kiểm thử ${randomUUID().slice(0, 6)}` };
  await page.goto("/organizations");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText(ministry.nameVi)).toHaveCount(0);
  await page.reload();
  await e2eDb.query(`INSERT INTO "Organization" (id, code, kind, "nameVi", "updatedAt") VALUES ($1, $2, 'MINISTRY', $3, now())`, [
    ministry.id,
    ministry.code,
    ministry.nameVi,
  ]);
  try {
    await page.reload();
    await expect(page.getByText(ministry.nameVi).first()).toBeVisible();
    expect(policyErrors).toEqual([]);
  } finally {
    await e2eDb.query(`DELETE FROM "Organization" WHERE id = $1`, [ministry.id]);
  }
  await page.reload();
  await expect(page.getByText(ministry.nameVi)).toHaveCount(0);
});
