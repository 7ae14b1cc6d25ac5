// One dashboard widget whose roll-up fails shows its own error, with a retry, and the others render.
// The failure is real: the indicator observations table (read only by the headline-indicator and delivery-
// versus-outcome widgets) is renamed away in the e2e server's own embedded PostgreSQL for the length of the
// test, and the overview is asked for with filters no other spec uses, so nothing comes from the roll-up cache.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { ACCOUNTS, expectNoSeriousA11yViolations, signIn } from "./fixtures";

const DATA_DIR = path.resolve(__dirname, "..", "..", ".data", "e2e", "postgres");

// The web server's database (scripts/start.ts with PORTAL_DATA_DIR=.data/e2e): its password file and the
// port in postmaster.pid.
function e2eDatabaseUrl(): string {
  const password = readFileSync(`${DATA_DIR}.password`, "utf8").trim();
  const port = readFileSync(path.join(DATA_DIR, "postmaster.pid"), "utf8").split("\n")[3]?.trim();
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/portal`;
}

test("a widget whose roll-up fails shows its own error and a retry; the other widgets render", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, ACCOUNTS.steering);
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
