// One dashboard widget whose roll-up fails shows its own error, with a retry, and the others render.
// The failure is real: the indicator observations table (read only by the headline-indicator and delivery-
// versus-outcome widgets) is renamed away in the e2e server's own embedded PostgreSQL for the length of the
// test, and the overview is asked for with filters no other spec uses, so nothing comes from the roll-up cache.
import { expect, test } from "@playwright/test";
import pg from "pg";
import { ACCOUNTS, expectNoSeriousA11yViolations, signInWithoutUi } from "./fixtures";
import { e2eDatabaseUrl } from "./support/e2e-database";

// @exclusive: while the table is renamed, every other spec's dashboard would fail too.
test("a widget whose roll-up fails shows its own error and a retry; the other widgets render", { tag: "@exclusive" }, async ({ page }) => {
  test.setTimeout(120_000);
  await signInWithoutUi(page, ACCOUNTS.steering);
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  let hidden = false;
  try {
    await client.query(`ALTER TABLE "IndicatorObservation" RENAME TO "IndicatorObservation_hidden_by_e2e"`);
    hidden = true;
    await page.goto("/dashboard?year=2029");
    const failed = page.locator("section#indicators");
    await expect(failed.getByRole("alert")).toContainText("Không tải được phần “Chỉ tiêu chính”", { timeout: 30_000 });
    await expect(failed.getByRole("button", { name: "Thử lại" })).toBeVisible();
    // The other roll-ups answer: no error, no placeholder left, their content is there.
    for (const id of ["completion", "compliance", "coverage", "overdue", "breakthroughs"]) {
      const widget = page.locator(`section#${id}`);
      await expect(widget.getByTestId("widget-skeleton")).toHaveCount(0, { timeout: 30_000 });
      await expect(widget.getByTestId("widget-error")).toHaveCount(0);
    }
    await expect(page.locator("section#completion").getByTestId("stat-tasks")).toBeVisible();
    await expect(page.locator("section#coverage")).toContainText(/\d/);
    await expectNoSeriousA11yViolations(page);

    // The table is back: retrying shows the indicators in place, without leaving the page.
    await client.query(`ALTER TABLE "IndicatorObservation_hidden_by_e2e" RENAME TO "IndicatorObservation"`);
    hidden = false;
    await failed.getByRole("button", { name: "Thử lại" }).click();
    await expect(failed.getByTestId("widget-error")).toHaveCount(0, { timeout: 30_000 });
    await expect(failed.getByTestId("widget-skeleton")).toHaveCount(0, { timeout: 30_000 });
    await expect(failed.locator("table").first()).toBeAttached();
    await expect(page).toHaveURL(/\/dashboard\?year=2029$/);
  } finally {
    if (hidden) await client.query(`ALTER TABLE "IndicatorObservation_hidden_by_e2e" RENAME TO "IndicatorObservation"`);
    await client.end();
  }
});
