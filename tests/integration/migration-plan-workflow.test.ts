// The migration to the plan workflow of issue 14 §1, on rows written under the old statuses: it must keep every
// plan and sending and give each the state that is true in practice (MOFA records other bodies' plans and approves
// only its own units'). Applies the migrations' SQL in order to a database of its own, the new one last.
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dropDatabase, ensureDatabase, withClient } from "../../scripts/lib/database";

const MIGRATIONS = path.resolve(__dirname, "../../prisma/migrations");
const TARGET = "20261203095000_plan_workflow_mofa";
const name = `migration_${randomBytes(4).toString("hex")}`;
const adminUrl = process.env.TEST_DATABASE_ADMIN_URL!;

function urlOf(database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

function migrationSql(folder: string): string {
  return readFileSync(path.join(MIGRATIONS, folder, "migration.sql"), "utf8");
}

beforeAll(async () => {
  await ensureDatabase(adminUrl, name);
  const folders = readdirSync(MIGRATIONS)
    .filter((f) => /^\d{14}_/.test(f))
    .sort();
  const before = folders.slice(0, folders.indexOf(TARGET));
  await withClient(urlOf(name), async (client) => {
    for (const folder of before) await client.query(migrationSql(folder));
    await client.query(`
      INSERT INTO "Organization" (id, code, kind, "nameVi", "updatedAt") VALUES
        ('o-city', 'P01', 'CITY', 'Thành phố Hà Nội', now()),
        ('o-unit', 'CNV', 'MOFA_UNIT', 'Cục Ngoại vụ và Ngoại giao văn hóa', now());
      INSERT INTO "ActionPlan" (id, "organizationId", title, "periodStart", "periodEnd", status, "documentNumber", "documentDate", "updatedAt") VALUES
        ('p-draft', 'o-city', 'Dự thảo', 2026, 2030, 'DRAFT', NULL, NULL, now()),
        ('p-submitted', 'o-city', 'Đã gửi', 2026, 2030, 'SUBMITTED', '275/KH-UBND', DATE '2023-12-31', now()),
        ('p-returned', 'o-city', 'Bị trả lại', 2026, 2030, 'RETURNED', NULL, NULL, now()),
        ('p-approved', 'o-city', 'Đã duyệt', 2026, 2030, 'APPROVED', '407/QĐ-UBND', DATE '2022-04-01', now()),
        ('p-revision', 'o-city', 'Đang điều chỉnh', 2026, 2030, 'REVISION', NULL, NULL, now()),
        ('p-unit', 'o-unit', 'Kế hoạch của Cục', 2026, 2030, 'APPROVED', NULL, NULL, now());
      -- A revision sent for review after a first approval.
      INSERT INTO "ActionPlan" (id, "organizationId", title, "periodStart", "periodEnd", status, "approvedAt", "updatedAt") VALUES
        ('p-resent', 'o-city', 'Điều chỉnh đã gửi', 2026, 2030, 'SUBMITTED', now(), now());
      INSERT INTO "PlanTask" (id, "planId", code, "titleVi", "updatedAt") VALUES
        ('t-draft', 'p-draft', 'NV001', 'Nhiệm vụ dự thảo', now()),
        ('t-submitted', 'p-submitted', 'NV001', 'Nhiệm vụ đã gửi', now()),
        ('t-approved', 'p-approved', 'NV001', 'Nhiệm vụ đã duyệt', now()),
        ('t-revision', 'p-revision', 'NV001', 'Nhiệm vụ đang điều chỉnh', now()),
        ('t-resent', 'p-resent', 'NV001', 'Nhiệm vụ điều chỉnh đã gửi', now()),
        ('t-unit', 'p-unit', 'NV001', 'Nhiệm vụ của Cục', now());
      INSERT INTO "PlanSubmission" (id, "planId", number, snapshot, decision) VALUES
        ('s-returned', 'p-returned', 1, '{}', 'RETURNED'),
        ('s-approved', 'p-approved', 1, '{}', 'APPROVED'),
        ('s-unit', 'p-unit', 1, '{}', 'APPROVED'),
        ('s-pending', 'p-submitted', 1, '{}', NULL);
    `);
    await client.query(migrationSql(TARGET));
    // And the migrations after it (the roll-ups' version in force under the new statuses), as a deploy does.
    for (const folder of folders.slice(folders.indexOf(TARGET) + 1)) await client.query(migrationSql(folder));
  });
});
afterAll(() => dropDatabase(adminUrl, name));

describe(`migration ${TARGET}`, () => {
  it("gives every existing plan the state that is true in practice", async () => {
    const rows = await withClient(urlOf(name), (client) =>
      client.query<{ id: string; status: string }>(`SELECT id, status::text FROM "ActionPlan" ORDER BY id`),
    );
    expect(Object.fromEntries(rows.rows.map((r) => [r.id, r.status]))).toEqual({
      "p-approved": "RECORDED",
      "p-draft": "DRAFT",
      "p-resent": "SENT",
      "p-returned": "COMMENTED",
      "p-revision": "REVISION",
      "p-submitted": "SENT",
      "p-unit": "APPROVED",
    });
  });

  it("renames the decisions of earlier sendings and keeps the plan's issuing document on them", async () => {
    const rows = await withClient(urlOf(name), (client) =>
      client.query<{ id: string; decision: string | null; documentNumber: string | null }>(
        `SELECT id, decision, "documentNumber" FROM "PlanSubmission" ORDER BY id`,
      ),
    );
    expect(rows.rows).toEqual([
      { id: "s-approved", decision: "RECORDED", documentNumber: "407/QĐ-UBND" },
      { id: "s-pending", decision: null, documentNumber: "275/KH-UBND" },
      { id: "s-returned", decision: "COMMENTED", documentNumber: null },
      { id: "s-unit", decision: "APPROVED", documentNumber: null },
    ]);
  });

  it("adds the unit leader's role and keeps new plans as drafts", async () => {
    await withClient(urlOf(name), async (client) => {
      const roles = await client.query<{ role: string }>(`SELECT unnest(enum_range(NULL::"Role"))::text AS role`);
      expect(roles.rows.map((r) => r.role)).toEqual(["ADMIN", "STEERING_COMMITTEE", "ORG_LEADER", "ORG_EDITOR", "ORG_VIEWER"]);
      await client.query(
        `INSERT INTO "ActionPlan" (id, "organizationId", title, "periodStart", "periodEnd", "updatedAt") VALUES ('p-new', 'o-city', 'Mới', 2026, 2030, now())`,
      );
      const created = await client.query<{ status: string }>(`SELECT status::text FROM "ActionPlan" WHERE id = 'p-new'`);
      expect(created.rows[0]!.status).toBe("DRAFT");
    });
  });

  it("keeps on the dashboards the plans with a reviewed version: recorded, approved, and amended after a review", async () => {
    await withClient(urlOf(name), async (client) => {
      const plans = await client.query<{ planId: string }>(`SELECT "planId" FROM "RollupPlan" ORDER BY "planId"`);
      expect(plans.rows.map((r) => r.planId)).toEqual(["p-approved", "p-resent", "p-revision", "p-unit"]);
      const tasks = await client.query<{ id: string }>(`SELECT id FROM "RollupTask" ORDER BY id`);
      expect(tasks.rows.map((r) => r.id)).toEqual(["t-approved", "t-resent", "t-revision", "t-unit"]);
      const counts = await client.query<{ organizationId: string; total: number }>(
        `SELECT "organizationId", total FROM "RollupCount" WHERE dimension = 'TASK' ORDER BY "organizationId"`,
      );
      expect(counts.rows).toEqual([
        { organizationId: "o-city", total: 3 },
        { organizationId: "o-unit", total: 1 },
      ]);
    });
  });

  it("locks the content of a plan MOFA records, and keeps the recorded content while it is amended", async () => {
    await withClient(urlOf(name), async (client) => {
      await client.query(`UPDATE "ActionPlan" SET status = 'RECORDED', "approvedAt" = now() WHERE id = 'p-returned'`);
      await client.query(
        `INSERT INTO "PlanTask" (id, "planId", code, "titleVi", "updatedAt") VALUES ('t-returned', 'p-returned', 'NV001', 'Đã ghi nhận', now())`,
      );
      await client.query(`UPDATE "ActionPlan" SET status = 'REVISION' WHERE id = 'p-returned'`);
      await client.query(`UPDATE "PlanTask" SET "titleVi" = 'Sửa trong điều chỉnh', progress = 40 WHERE id = 't-returned'`);
      const row = await client.query<{ titleVi: string; progress: number }>(
        `SELECT "titleVi", progress FROM "RollupTask" WHERE id = 't-returned'`,
      );
      expect(row.rows).toEqual([{ titleVi: "Đã ghi nhận", progress: 40 }]);
    });
  });
});
