// A connection killed in the middle of a multi-row write leaves the database with all of the write or none
// of it. Each write is slowed down by a temporary trigger that sleeps on every row of one of its tables;
// once its backend is seen sleeping (so rows of that table are already written inside the transaction), an
// admin connection terminates it with pg_terminate_backend, as a crashing server or a cut network would.
// The control runs do the same writes under the same trigger without the kill, and everything is saved.
import pg from "pg";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/server/db";
import { isDatabaseUnavailable } from "@/lib/server/http/problem";
import { getReportDetail } from "@/lib/server/queries/reports";
import { importTasksFromSpreadsheet } from "@/lib/server/services/plan-import";
import { createPlan } from "@/lib/server/services/plans";
import { reviewReport, saveReportDraft, submitReport } from "@/lib/server/services/reports";
import { withClient } from "../../scripts/lib/database";
import { rowCount, tableChecksums } from "../factories/table-checksums";
import { completedDraft, createFilledReport, taskSpreadsheet } from "../factories/report-cycle";
import { resetDatabase } from "../factories/reset";
import { createWorld, planInput } from "../factories/world";

// lib/server/auth/session.ts imports the next-auth configuration, which does not load outside Next.js.
vi.mock("@/lib/server/auth", () => ({ auth: async () => null }));

let world: Awaited<ReturnType<typeof createWorld>>;
beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
});
afterAll(() => db.$disconnect());

const sql = (text: string) => withClient(process.env.DATABASE_URL!, (c) => c.query(text));

type Slowdown = { table: string; event: "INSERT" | "UPDATE"; secondsPerRow?: number };

async function withSlowRows<T>({ table, event, secondsPerRow = 0.01 }: Slowdown, run: () => Promise<T>): Promise<T> {
  await sql(
    `CREATE OR REPLACE FUNCTION fault_slow_row() RETURNS trigger AS $$ BEGIN PERFORM pg_sleep(${secondsPerRow}); RETURN NULL; END $$ LANGUAGE plpgsql`,
  );
  await sql(`CREATE TRIGGER fault_slow_row AFTER ${event} ON "${table}" FOR EACH ROW EXECUTE FUNCTION fault_slow_row()`);
  try {
    return await run();
  } finally {
    await sql(`DROP TRIGGER IF EXISTS fault_slow_row ON "${table}"`);
  }
}

async function findSleepingBackend(admin: pg.Client, timeoutMs = 20_000): Promise<number | undefined> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const { rows } = await admin.query<{ pid: number }>(
      `select pid from pg_stat_activity where datname = current_database() and wait_event = 'PgSleep' and pid <> pg_backend_pid()`,
    );
    if (rows[0]) return rows[0].pid;
    await new Promise((r) => setTimeout(r, 10));
  }
  return undefined;
}

// Starts the write, waits until its backend sleeps in the trigger, lets it write some more rows, kills it.
// A one-row write sleeps long once and is killed at once; a many-row write is left to write more rows first.
async function killMidWrite(slowdown: Slowdown, write: () => Promise<unknown>): Promise<{ error: unknown }> {
  return withSlowRows(slowdown, async () => {
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    try {
      const outcome = write().then(
        () => ({ error: undefined }),
        (error: unknown) => ({ error }),
      );
      const pid = await findSleepingBackend(admin);
      if (!pid) throw new Error(`the write never reached the slowed table ${slowdown.table}`);
      if ((slowdown.secondsPerRow ?? 0.01) < 0.5) await new Promise((r) => setTimeout(r, 150));
      const { rows } = await admin.query<{ killed: boolean }>(`select pg_terminate_backend($1) as killed`, [pid]);
      expect(rows[0]!.killed).toBe(true);
      return outcome;
    } finally {
      await admin.end();
    }
  });
}

async function expectKilledWithoutTrace(slowdown: Slowdown, write: () => Promise<unknown>) {
  const before = await tableChecksums();
  const { error } = await killMidWrite(slowdown, write);
  expect(error, "the write must fail when its connection is killed").toBeDefined();
  // The API answers such a failure with 503 (lib/server/http/problem.ts), not 500.
  expect(isDatabaseUnavailable(error), String(error)).toBe(true);
  expect(await tableChecksums()).toEqual(before);
  // The pool replaces the dead connection: the next request works.
  expect(await db.planTask.count()).toBe(rowCount(before, "PlanTask"));
}

describe("a 500-task spreadsheet import", () => {
  it("killed while writing its audit entries leaves no task, link or audit entry", async () => {
    const editor = world.actors.hanoiEditor;
    const plan = await createPlan(editor, planInput());
    const file = await taskSpreadsheet(500);
    await expectKilledWithoutTrace({ table: "AuditLog", event: "INSERT", secondsPerRow: 0.003 }, () =>
      importTasksFromSpreadsheet(editor, plan.id, file),
    );
    expect(await db.planTask.count({ where: { planId: plan.id } })).toBe(0);
    expect((await db.actionPlan.findUniqueOrThrow({ where: { id: plan.id } })).version).toBe(1);
  });

  it("without the kill saves all 500 tasks (control)", async () => {
    const editor = world.actors.hanoiEditor;
    const plan = await createPlan(editor, planInput());
    const file = await taskSpreadsheet(500);
    const result = await withSlowRows({ table: "AuditLog", event: "INSERT", secondsPerRow: 0.003 }, () =>
      importTasksFromSpreadsheet(editor, plan.id, file),
    );
    expect(result).toEqual({ status: "imported", count: 500 });
    expect(await db.planTask.count({ where: { planId: plan.id } })).toBe(500);
    expect(await db.auditLog.count({ where: { entity: "PlanTask", action: "create" } })).toBe(500);
  });
});

describe("a 100-row report", () => {
  const ROWS = 100;

  it("draft save killed while updating its rows keeps every row as it was", async () => {
    const { reportId, version, taskIds } = await createFilledReport(world, ROWS);
    await expectKilledWithoutTrace({ table: "ReportTaskRow", event: "UPDATE" }, () =>
      saveReportDraft(world.actors.hanoiEditor, reportId, completedDraft(version, taskIds)),
    );
    const detail = await getReportDetail(world.actors.hanoiEditor, reportId);
    expect(detail.report.version).toBe(version);
    expect(detail.taskRows.filter((r) => r.status === "COMPLETED")).toHaveLength(0);
  });

  it("submission killed while writing its event stays a draft", async () => {
    const { reportId, version, taskIds } = await createFilledReport(world, ROWS);
    await saveReportDraft(world.actors.hanoiEditor, reportId, completedDraft(version, taskIds));
    await expectKilledWithoutTrace({ table: "ReportEvent", event: "INSERT", secondsPerRow: 3 }, () =>
      submitReport(world.actors.hanoiLeader, reportId, { version: version + 1 }),
    );
    expect((await getReportDetail(world.actors.hanoiEditor, reportId)).report.status).toBe("DRAFT");
  });

  it("acceptance killed while writing task progress changes no task, history row or indicator", async () => {
    const { reportId, version, taskIds } = await createFilledReport(world, ROWS);
    const { hanoiEditor, steering } = world.actors;
    await saveReportDraft(hanoiEditor, reportId, completedDraft(version, taskIds));
    await submitReport(world.actors.hanoiLeader, reportId, { version: version + 1 });
    const accept = { decision: "accept", version: version + 2, comment: "Đạt yêu cầu" };
    await expectKilledWithoutTrace({ table: "TaskUpdate", event: "INSERT" }, () => reviewReport(steering, reportId, accept));
    expect(await db.taskUpdate.count()).toBe(0);
    expect(await db.planTask.count({ where: { status: "COMPLETED" } })).toBe(0);
    expect(await db.indicatorObservation.count()).toBe(0);
    expect((await getReportDetail(steering, reportId)).report.status).toBe("SUBMITTED");
  });

  it("without the kill, draft, submission and acceptance save every row (control)", async () => {
    const { reportId, version, taskIds } = await createFilledReport(world, ROWS);
    const { hanoiEditor, steering } = world.actors;
    await withSlowRows({ table: "ReportTaskRow", event: "UPDATE" }, () =>
      saveReportDraft(hanoiEditor, reportId, completedDraft(version, taskIds)),
    );
    await withSlowRows({ table: "ReportEvent", event: "INSERT", secondsPerRow: 1 }, () =>
      submitReport(world.actors.hanoiLeader, reportId, { version: version + 1 }),
    );
    await withSlowRows({ table: "TaskUpdate", event: "INSERT" }, () =>
      reviewReport(steering, reportId, { decision: "accept", version: version + 2 }),
    );
    expect((await getReportDetail(steering, reportId)).report.status).toBe("ACCEPTED");
    expect(await db.reportTaskRow.count({ where: { reportId, status: "COMPLETED" } })).toBe(ROWS);
    expect(await db.taskUpdate.count({ where: { reportId } })).toBe(ROWS);
    expect(await db.planTask.count({ where: { status: "COMPLETED", progress: 100 } })).toBe(ROWS);
    expect(await db.indicatorObservation.count()).toBe(1);
  });
});

describe("the connection pool", () => {
  it("recovers the connections of killed transactions: more kills than the pool holds, and the portal still answers", async () => {
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    try {
      // The pool holds 10 connections (lib/server/db.ts); each killed transaction used to keep one forever.
      for (let i = 0; i < 12; i++) {
        const write = db.$transaction(async (tx) => tx.$executeRaw`select pg_sleep(30)`, { timeout: 60_000 }).catch((e: unknown) => e);
        const pid = await findSleepingBackend(admin);
        await admin.query(`select pg_terminate_backend($1)`, [pid]);
        expect(isDatabaseUnavailable(await write)).toBe(true);
      }
    } finally {
      await admin.end();
    }
    const started = Date.now();
    expect(await db.organization.count()).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
