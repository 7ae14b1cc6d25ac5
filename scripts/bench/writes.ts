// The benchmark's writes, through the public API with personal tokens: importing a 500-task spreadsheet,
// opening, filling (40 task rows) and submitting a report, and how soon a write shows on the dashboard summary.
// Each sample gets its own organization (a representative mission created for the run, so the write is in the
// dashboard's scope), its own plans and its own report, so no sample finds another's data in its way.
import { createHash, randomBytes } from "node:crypto";
import http from "node:http";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import pg from "pg";
import { TASK_COLUMNS } from "../../lib/domain/spreadsheet-columns";
import { json, request, type HttpResponse } from "./http";
import { percentiles, type Percentiles } from "./stats";

export const REPORT_TASK_ROWS = 40;
export const IMPORT_TASKS = 500;

type Unit = { organizationId: string; code: string; token: string; draftPlanId: string; taskIds: string[] };
export type WriteFixtures = { periodId: string; units: Unit[] };

export type Timing = { samples: number; errors: number; ms: Percentiles; errorSamples: string[] };
export type WriteResults = {
  importTasks: Timing;
  reportOpen: Timing;
  reportSaveDraft: Timing;
  reportSubmit: Timing;
  writeToDashboard: Timing;
};

// Organizations, editors with API tokens, an empty draft plan (for the import) and an approved plan of 40
// tasks (for the report) per unit, in one transaction.
export async function prepareWriteFixtures(databaseUrl: string, count: number): Promise<WriteFixtures> {
  const run = randomBytes(3).toString("hex");
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // A period that has begun (reports cannot be opened for future periods), owed by the bench's units below.
    const period = await client.query<{ id: string; report_type_id: string }>(
      `SELECT id, "reportTypeId" AS report_type_id FROM "ReportingPeriod" WHERE kind = 'SEMIANNUAL' AND "cutoffStart" <= CURRENT_DATE ORDER BY deadline DESC LIMIT 1`,
    );
    if (!period.rows[0]) throw new Error("The bench database has no six-month reporting period.");
    const tokens = Array.from({ length: count }, () => `ngvh_${randomBytes(24).toString("base64url")}`);
    await client.query("BEGIN");
    await client.query(
      `INSERT INTO "Organization" (id, code, kind, "nameVi", "updatedAt")
       SELECT 'bw-' || $1 || '-' || g, 'BW-' || $1 || '-' || g, 'REPRESENTATIVE_MISSION', 'Cơ quan đo tải ' || g, now()
         FROM generate_series(1, $2::int) g`,
      [run, count],
    );
    await client.query(
      `INSERT INTO "User" (id, email, name, role, "organizationId", "updatedAt")
       SELECT 'bw-user-' || $1 || '-' || g, 'bw-' || $1 || '-' || g || '@bench.example.org', 'Bench leader ' || g, 'ORG_LEADER', 'bw-' || $1 || '-' || g, now()
         FROM generate_series(1, $2::int) g`,
      [run, count],
    );
    await client.query(
      `INSERT INTO "ReportExpectation" (id, "reportTypeId", "organizationId")
       SELECT 'bw-expect-' || $1 || '-' || g, $3, 'bw-' || $1 || '-' || g FROM generate_series(1, $2::int) g`,
      [run, count, period.rows[0].report_type_id],
    );
    await client.query(
      `INSERT INTO "ApiToken" (id, "userId", name, prefix, "tokenHash")
       SELECT 'bw-token-' || $1 || '-' || t.n, 'bw-user-' || $1 || '-' || t.n, 'bench', left(t.secret, 12), t.hash
         FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS t(secret, hash, n)`,
      [run, tokens, tokens.map((t) => createHash("sha256").update(t).digest("hex"))],
    );
    await client.query(
      `INSERT INTO "ActionPlan" (id, "organizationId", title, "periodStart", "periodEnd", status, "updatedAt", "approvedAt")
       SELECT 'bw-plan-' || $1 || '-' || g || '-' || s.status, 'bw-' || $1 || '-' || g, 'Kế hoạch đo tải ' || g, 2026, 2030, s.status::"PlanStatus", now(),
              CASE WHEN s.status = 'APPROVED' THEN now() END
         FROM generate_series(1, $2::int) g CROSS JOIN (VALUES ('DRAFT'), ('APPROVED')) s(status)`,
      [run, count],
    );
    const tasks = await client.query<{ id: string; plan_id: string }>(
      `INSERT INTO "PlanTask" (id, "planId", code, "titleVi", "taskGroupId", "startDate", "dueDate", status, progress, "updatedAt")
       SELECT 'bw-task-' || $1 || '-' || g || '-' || n, 'bw-plan-' || $1 || '-' || g || '-APPROVED', 'NV' || lpad(n::text, 3, '0'),
              'Nhiệm vụ đo tải ' || n, (SELECT id FROM "TaskGroup" ORDER BY "sortOrder" LIMIT 1), DATE '2026-01-01', DATE '2027-12-31', 'IN_PROGRESS', 10, now()
         FROM generate_series(1, $2::int) g CROSS JOIN generate_series(1, $3::int) n
       RETURNING id, "planId" AS plan_id`,
      [run, count, REPORT_TASK_ROWS],
    );
    await client.query("COMMIT");
    const tasksByPlan = new Map<string, string[]>();
    for (const t of tasks.rows) tasksByPlan.set(t.plan_id, [...(tasksByPlan.get(t.plan_id) ?? []), t.id]);
    return {
      periodId: period.rows[0].id,
      units: tokens.map((token, i) => ({
        organizationId: `bw-${run}-${i + 1}`,
        code: `BW-${run}-${i + 1}`,
        token,
        draftPlanId: `bw-plan-${run}-${i + 1}-DRAFT`,
        taskIds: tasksByPlan.get(`bw-plan-${run}-${i + 1}-APPROVED`) ?? [],
      })),
    };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

// The plan template filled with `rows` valid tasks, every column used (codes taken from the database).
export async function taskWorkbook(databaseUrl: string, rows: number): Promise<Buffer> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let codes: { group: string; objectives: string; indicator: string; lead: string; coordinator: string };
  try {
    const one = async (sql: string) => (await client.query<{ code: string }>(sql)).rows.map((r) => r.code);
    const objectives = await one(`SELECT code FROM "Objective" WHERE level = 'SPECIFIC' ORDER BY "sortOrder" LIMIT 2`);
    const orgs = await one(`SELECT code FROM "Organization" WHERE kind = 'MINISTRY' ORDER BY code LIMIT 2`);
    codes = {
      group: (await one(`SELECT code FROM "TaskGroup" ORDER BY "sortOrder" LIMIT 1`))[0] ?? "",
      objectives: objectives.join(", "),
      indicator: (await one(`SELECT code FROM "Indicator" ORDER BY "sortOrder" LIMIT 1`))[0] ?? "",
      lead: orgs[0] ?? "",
      coordinator: orgs[1] ?? "",
    };
  } finally {
    await client.end();
  }
  const values = (n: number): Record<string, string | number> => ({
    code: `NK${String(n).padStart(4, "0")}`,
    titleVi: `Tổ chức Tuần Văn hóa Việt Nam số ${n}`,
    titleEn: `Vietnam Culture Week no. ${n}`,
    description: "Chuỗi hoạt động quảng bá văn hóa, ẩm thực và du lịch.",
    taskGroupCode: codes.group,
    objectiveCodes: codes.objectives,
    indicatorCodes: codes.indicator,
    leadOrganizationCode: codes.lead,
    leadUnitName: "Vụ Ngoại giao văn hóa",
    coordinatorCodes: codes.coordinator,
    startDate: "01/01/2027",
    dueDate: "31/12/2028",
    budgetVnd: "1.500.000.000",
    fundingSource: "Ngân sách nhà nước",
    expectedOutputs: "Báo cáo tổng kết",
    isBreakthrough: n % 10 === 0 ? "Có" : "Không",
    breakthroughPhase: "",
    status: "NOT_STARTED",
    progress: 0,
  });
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Nhiệm vụ");
  sheet.addRow(TASK_COLUMNS.map((c) => c.headerVi));
  for (let n = 1; n <= rows; n++) {
    const row = values(n);
    sheet.addRow(TASK_COLUMNS.map((c) => row[c.key] ?? null));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function completedTasks(agent: http.Agent, port: number, cookie: string): Promise<number> {
  const res = await request(agent, port, "/api/v1/dashboard/summary", { cookie, timeoutMs: 120_000 });
  if (res.status !== 200) throw new Error(`GET /api/v1/dashboard/summary answered ${res.status}`);
  return json<Summary>(res).taskCompletion.total.counts.COMPLETED ?? 0;
}

// Reads the summary through one server (warming its cache), completes a task through another (or the same),
// then reads the summary again through the first: it must count one more completed task.
async function writeThenRead(
  readAgent: http.Agent,
  readPort: number,
  writeAgent: http.Agent,
  writePort: number,
  unit: Unit,
  cookie: string,
): Promise<{ ms: number; error?: string }> {
  const before = await completedTasks(readAgent, readPort, cookie);
  await completedTasks(readAgent, readPort, cookie); // served from the cache
  const taskId = unit.taskIds.at(-1)!;
  const task = json<{ version: number }>(await request(writeAgent, writePort, `/api/v1/tasks/${taskId}`, { token: unit.token }));
  const logged = await request(writeAgent, writePort, `/api/v1/tasks/${taskId}/updates`, {
    method: "POST",
    token: unit.token,
    body: JSON.stringify({ status: "COMPLETED", progress: 100, note: "Hoàn thành (đo tải)", version: task.version }),
  });
  if (logged.status !== 201) return { ms: NaN, error: `progress: HTTP ${logged.status} ${logged.body.toString("utf8").slice(0, 200)}` };
  const t0 = performance.now();
  const after = await completedTasks(readAgent, readPort, cookie);
  const ms = performance.now() - t0;
  if (after !== before + 1) return { ms, error: `the summary showed ${after} completed tasks after the write, expected ${before + 1}` };
  return { ms };
}

// Scale-out check: a write through instance `writePort` is on the summary of instance `readPort` at once.
export async function crossInstanceVisibility(readPort: number, writePort: number, cookie: string, databaseUrl: string): Promise<boolean> {
  const [unit] = (await prepareWriteFixtures(databaseUrl, 1)).units;
  const readAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const writeAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  try {
    const result = await writeThenRead(readAgent, readPort, writeAgent, writePort, unit!, cookie);
    return !result.error;
  } finally {
    readAgent.destroy();
    writeAgent.destroy();
  }
}

function timing(times: number[], errorSamples: string[], errors: number): Timing {
  return { samples: times.length, errors, ms: percentiles(times), errorSamples: errorSamples.slice(0, 5) };
}

type ReportDetail = { report: { id: string; version: number; status: string }; taskRows: { taskId: string }[] };
type Summary = { taskCompletion: { total: { counts: Record<string, number> } } };

export async function measureWrites(options: {
  port: number;
  databaseUrl: string;
  steeringCookie: string;
  reportSamples: number;
  importSamples: number;
  visibilitySamples: number;
  log: (line: string) => void;
}): Promise<WriteResults> {
  const { port, log } = options;
  const units = Math.max(options.reportSamples, options.importSamples, options.visibilitySamples);
  const fixtures = await prepareWriteFixtures(options.databaseUrl, units);
  const file = await taskWorkbook(options.databaseUrl, IMPORT_TASKS);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const timed = async (times: number[], errors: string[], label: string, call: () => Promise<HttpResponse>, expected: number) => {
    const t0 = performance.now();
    const res = await call();
    const ms = performance.now() - t0;
    if (res.status !== expected) {
      errors.push(`${label}: HTTP ${res.status} ${res.body.toString("utf8").slice(0, 200)}`);
      return null;
    }
    times.push(ms);
    return res;
  };
  try {
    // 500-task import, each into its own empty plan.
    const importTimes: number[] = [];
    const importErrors: string[] = [];
    for (const unit of fixtures.units.slice(0, options.importSamples)) {
      await timed(
        importTimes,
        importErrors,
        "import",
        () =>
          request(agent, port, `/api/v1/plans/${unit.draftPlanId}/import`, {
            method: "POST",
            token: unit.token,
            body: file,
            timeoutMs: 120_000,
          }),
        201,
      );
    }
    log(
      `  import of ${IMPORT_TASKS} tasks (${(file.length / 1024).toFixed(0)} KB .xlsx): p50 ${percentiles(importTimes).p50.toFixed(0)} ms over ${importTimes.length}`,
    );

    // Reports of 40 task rows: open (prefilled), save the draft with every row filled, submit.
    const open: number[] = [];
    const save: number[] = [];
    const submit: number[] = [];
    const reportErrors: string[] = [];
    for (const unit of fixtures.units.slice(0, options.reportSamples)) {
      const opened = await timed(
        open,
        reportErrors,
        "open",
        () =>
          request(agent, port, "/api/v1/reports", {
            method: "POST",
            token: unit.token,
            body: JSON.stringify({ periodId: fixtures.periodId }),
          }),
        201,
      );
      if (!opened) continue;
      const detail = json<ReportDetail>(opened);
      const draft = {
        version: detail.report.version,
        sections: {
          resultsAchieved: "Tổ chức 3 sự kiện văn hóa, thu hút 5.000 lượt khách.",
          limitations: "Kinh phí hạn chế.",
          proposals: "Bổ sung kinh phí năm sau.",
          nextPeriodTasks: "Chuẩn bị Tuần Văn hóa.",
        },
        taskRows: detail.taskRows.map((row, i) => ({
          taskId: row.taskId,
          status: i % 4 === 0 ? "COMPLETED" : "IN_PROGRESS",
          progress: i % 4 === 0 ? 100 : 50,
          resultAchieved: `Đã thực hiện phần việc ${i + 1}`,
          evidence: null,
        })),
        indicatorValues: [],
      };
      if (detail.taskRows.length !== REPORT_TASK_ROWS)
        reportErrors.push(`open: ${detail.taskRows.length} task rows instead of ${REPORT_TASK_ROWS}`);
      const saved = await timed(
        save,
        reportErrors,
        "save",
        () =>
          request(agent, port, `/api/v1/reports/${detail.report.id}`, { method: "PUT", token: unit.token, body: JSON.stringify(draft) }),
        200,
      );
      if (!saved) continue;
      const version = json<ReportDetail>(saved).report.version;
      await timed(
        submit,
        reportErrors,
        "submit",
        () =>
          request(agent, port, `/api/v1/reports/${detail.report.id}/submit`, {
            method: "POST",
            token: unit.token,
            body: JSON.stringify({ version }),
          }),
        200,
      );
    }
    log(
      `  report of ${REPORT_TASK_ROWS} rows: open p50 ${percentiles(open).p50.toFixed(0)} ms, save p50 ${percentiles(save).p50.toFixed(0)} ms, submit p50 ${percentiles(submit).p50.toFixed(0)} ms`,
    );

    // A write, then the first summary after it: it must show the write, and it pays the recomputation.
    const visible: number[] = [];
    const visibilityErrors: string[] = [];
    for (const unit of fixtures.units.slice(0, options.visibilitySamples)) {
      const check = await writeThenRead(agent, port, agent, port, unit, options.steeringCookie);
      if (check.error) visibilityErrors.push(check.error);
      else visible.push(check.ms);
    }
    log(`  write → first summary showing it: p50 ${percentiles(visible).p50.toFixed(0)} ms, max ${percentiles(visible).max.toFixed(0)} ms`);
    return {
      importTasks: timing(importTimes, importErrors, importErrors.length),
      reportOpen: timing(
        open,
        reportErrors.filter((e) => e.startsWith("open")),
        reportErrors.filter((e) => e.startsWith("open")).length,
      ),
      reportSaveDraft: timing(
        save,
        reportErrors.filter((e) => e.startsWith("save")),
        reportErrors.filter((e) => e.startsWith("save")).length,
      ),
      reportSubmit: timing(
        submit,
        reportErrors.filter((e) => e.startsWith("submit")),
        reportErrors.filter((e) => e.startsWith("submit")).length,
      ),
      writeToDashboard: timing(visible, visibilityErrors, visibilityErrors.length),
    };
  } finally {
    agent.destroy();
  }
}
