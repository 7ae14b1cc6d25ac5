// The dashboards' roll-up cache never shows stale numbers: after each kind of write (through the services, and
// behind their back with plain SQL), what the cached dashboard answers equals a from-scratch recomputation.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { summarizeCoverage } from "@/lib/domain/coverage-summary";
import { cutoffWindow } from "@/lib/domain/reporting-calendar";
import { clearRollupCache, rollupCacheStats } from "@/lib/server/cache/rollup-cache";
import { db } from "@/lib/server/db";
import { getPlanDetail } from "@/lib/server/queries/plans";
import { getReportDetail } from "@/lib/server/queries/reports";
import * as summaryRoute from "@/app/api/v1/dashboard/summary/route";
import { createApiToken } from "@/lib/server/services/api-tokens";
import { setPartialSums } from "@/lib/server/queries/dashboard/partial-sums";
import {
  getDashboardSummary,
  getDashboardSummaryJson,
  getOrganizationScorecard,
  getPlanCoverage,
  getReportingCompliance,
  getTaskCompletion,
  listProvinceScorecards,
  listScorecards,
} from "@/lib/server/queries/dashboard";
import { updateOrganization } from "@/lib/server/services/organizations";
import {
  createPlan,
  createTask,
  deleteTask,
  logTaskProgress,
  revisePlan,
  reviewPlan,
  sendPlan,
  submitPlan,
  updateTask,
} from "@/lib/server/services/plans";
import { openReport, reviewReport, saveReportDraft, submitReport } from "@/lib/server/services/reports";
import { resetDatabase } from "../factories/reset";
import { createWorld, planInput, putPlanInForce, sendingInput, taskInput } from "../factories/world";

// 25/06/2026, 10:00 in Hà Nội: the six-month report's deadline (19/06) has passed.
const NOW = new Date("2026-06-25T03:00:00Z");

let world: Awaited<ReturnType<typeof createWorld>>;
let periodId: string;

beforeAll(async () => {
  await resetDatabase();
  world = await createWorld();
  const type = await db.reportType.create({
    data: { code: "SEMIANNUAL", nameVi: "Báo cáo 6 tháng", nameEn: "Six-month report", periodKind: "SEMIANNUAL", deadlineWorkingDays: 5 },
  });
  const window = cutoffWindow({ kind: "SEMIANNUAL", year: 2026, number: 1 });
  const period = await db.reportingPeriod.create({
    data: {
      reportTypeId: type.id,
      kind: "SEMIANNUAL",
      year: 2026,
      number: 1,
      cutoffStart: window.cutoffStart,
      cutoffEnd: window.cutoffEnd,
      deadline: new Date("2026-06-30"),
    },
  });
  periodId = period.id;
  for (const org of [world.orgs.hanoi, world.orgs.hue, world.orgs.culture]) {
    await db.reportExpectation.create({ data: { reportTypeId: type.id, organizationId: org.id } });
  }
});
afterAll(() => db.$disconnect());

// Everything the Steering Committee's pages and the summary API show, read through the cache.
async function dashboardAsSeen() {
  const steering = world.actors.steering;
  const [summary, completion2026, coverage, compliance, scorecards, provinces, hanoi] = await Promise.all([
    getDashboardSummary(steering, {}, NOW),
    getTaskCompletion(steering, { year: 2026 }, NOW),
    getPlanCoverage(steering, { orgKind: "provinces" }, NOW),
    getReportingCompliance(steering, {}, NOW),
    listScorecards(steering, { sort: "name", dir: "asc", page: 1 }, NOW),
    listProvinceScorecards(steering, {}, NOW),
    getOrganizationScorecard(steering, world.orgs.hanoi.id, {}, NOW),
  ]);
  return { summary, completion2026, coverage, compliance, scorecards, provinces, hanoi };
}

// The cached answer must equal a recomputation from scratch, and the per-organization partial sums (recounted
// at each commit for the organizations it touched) must give what aggregating the tasks themselves gives.
async function expectCacheFresh() {
  const cached = await dashboardAsSeen();
  clearRollupCache();
  const fresh = await dashboardAsSeen();
  expect(cached).toEqual(fresh);
  clearRollupCache();
  setPartialSums(false);
  try {
    expect(await dashboardAsSeen()).toEqual(fresh);
  } finally {
    setPartialSums(true);
    clearRollupCache();
  }
  return fresh;
}

describe("the roll-up cache", () => {
  let planId: string;
  let taskIds: string[] = [];

  it("serves a repeated read from the cache", async () => {
    clearRollupCache();
    await dashboardAsSeen();
    const before = rollupCacheStats();
    await dashboardAsSeen();
    const after = rollupCacheStats();
    expect(after.hits - before.hits).toBeGreaterThanOrEqual(7);
    expect(after.misses).toBe(before.misses);
  });

  it("shows a draft plan and its tasks as coverage in preparation, not as tasks in force", async () => {
    await dashboardAsSeen();
    const { hanoiEditor } = world.actors;
    const plan = await createPlan(hanoiEditor, planInput());
    planId = plan.id;
    for (const code of ["T1", "T2", "T3"]) await createTask(hanoiEditor, plan.id, taskInput(code, { dueDate: "30/06/2026" }));
    const fresh = await expectCacheFresh();
    expect(fresh.summary.coverage.totals.inPreparation).toBe(1);
    expect(fresh.summary.taskCompletion.total.total).toBe(0);
  });

  it("follows the sending and the recording of the plan", async () => {
    await submitPlan(world.actors.hanoiEditor, planId);
    const awaiting = await db.actionPlan.findUniqueOrThrow({ where: { id: planId } });
    const sent = await sendPlan(world.actors.hanoiLeader, planId, sendingInput(awaiting.version));
    expect((await expectCacheFresh()).summary.coverage.totals.submitted).toBe(1);
    await reviewPlan(world.actors.steering, planId, { decision: "record", version: sent.version });
    const fresh = await expectCacheFresh();
    expect(fresh.summary.coverage.totals.approved).toBe(1);
    expect(fresh.summary.taskCompletion.total.total).toBe(3);
    taskIds = (await getPlanDetail(world.actors.hanoiEditor, planId)).tasks.map((t) => t.id);
  });

  it("follows progress logging", async () => {
    const task = await db.planTask.findUniqueOrThrow({ where: { id: taskIds[0]! } });
    await logTaskProgress(world.actors.hanoiEditor, task.id, { status: "COMPLETED", progress: 100, version: task.version });
    const fresh = await expectCacheFresh();
    expect(fresh.summary.taskCompletion.total.counts.COMPLETED).toBe(1);
    expect(fresh.hanoi.scorecard.completed).toBe(1);
  });

  it("follows a report's submission and acceptance (which also moves task progress)", async () => {
    const { hanoiEditor, steering } = world.actors;
    const { id } = await openReport(hanoiEditor, periodId);
    let detail = await getReportDetail(hanoiEditor, id);
    await saveReportDraft(hanoiEditor, id, {
      version: detail.report.version,
      sections: { resultsAchieved: "Đã tổ chức.", limitations: "Không.", proposals: "Không.", nextPeriodTasks: "Tiếp tục." },
      taskRows: taskIds.map((taskId, i) => ({
        taskId,
        status: i === 1 ? "COMPLETED" : "IN_PROGRESS",
        progress: i === 1 ? 100 : 40,
        resultAchieved: "Đã làm",
      })),
      indicatorValues: [{ indicatorCode: "IND_EVENTS_ABROAD", value: 3 }],
    });
    detail = await getReportDetail(hanoiEditor, id);
    await submitReport(world.actors.hanoiLeader, id, { version: detail.report.version }, new Date("2026-06-24T03:00:00Z"));
    const submitted = await expectCacheFresh();
    expect(submitted.hanoi.compliance.find((c) => c.periodId === periodId)?.status).toBe("ON_TIME");
    detail = await getReportDetail(steering, id);
    await reviewReport(steering, id, { decision: "accept", version: detail.report.version }, new Date("2026-06-25T02:00:00Z"));
    const accepted = await expectCacheFresh();
    expect(accepted.summary.taskCompletion.total.counts.COMPLETED).toBe(1);
    expect(accepted.summary.taskCompletion.total.counts.IN_PROGRESS).toBe(2);
    expect(accepted.hanoi.scorecard.lastReport?.status).toBe("ACCEPTED");
  });

  it("follows a plan revision, a task added and a task deleted", async () => {
    const { hanoiEditor } = world.actors;
    await revisePlan(hanoiEditor, planId);
    await expectCacheFresh();
    const added = await createTask(hanoiEditor, planId, taskInput("T4"));
    await putPlanInForce(world, planId);
    expect((await expectCacheFresh()).summary.taskCompletion.total.total).toBe(4);
    await revisePlan(hanoiEditor, planId);
    const task = await db.planTask.findUniqueOrThrow({ where: { id: added.id } });
    await deleteTask(hanoiEditor, task.id, task.version);
    await putPlanInForce(world, planId);
    expect((await expectCacheFresh()).summary.taskCompletion.total.total).toBe(3);
  });

  it("follows a task edit and an organization's rename", async () => {
    const { hanoiEditor, admin } = world.actors;
    await revisePlan(hanoiEditor, planId);
    const task = await db.planTask.findUniqueOrThrow({ where: { id: taskIds[1]! } });
    await updateTask(hanoiEditor, task.id, {
      ...taskInput("T2", { dueDate: "30/06/2026", status: "DELAYED", progress: 50 }),
      version: task.version,
    });
    await putPlanInForce(world, planId);
    expect((await expectCacheFresh()).summary.taskCompletion.total.counts.DELAYED).toBe(1);
    const hanoi = await db.organization.findUniqueOrThrow({ where: { id: world.orgs.hanoi.id } });
    await updateOrganization(admin, hanoi.id, {
      nameVi: "Thủ đô Hà Nội",
      nameEn: "",
      shortNameVi: "",
      region: "",
      parentId: "",
      successorId: "",
      validFrom: "",
      validTo: "",
      isActive: "on",
      version: hanoi.version,
    });
    expect((await expectCacheFresh()).hanoi.scorecard.organization.nameVi).toBe("Thủ đô Hà Nội");
  });

  it("sends the API the same numbers, as cached JSON text, with the request's own filters and time", async () => {
    const steering = world.actors.steering;
    const summary = await getDashboardSummary(steering, { orgKind: "provinces" }, NOW);
    const full = (await getDashboardSummaryJson(steering, { orgKind: "provinces" }, NOW, { coverage: "full" })).toString("utf8");
    expect(JSON.parse(full)).toEqual(JSON.parse(JSON.stringify(summary)));
    // By default the plan coverage comes in the overview page's bounded form.
    const bounded = (await getDashboardSummaryJson(steering, { orgKind: "provinces" }, NOW)).toString("utf8");
    expect(JSON.parse(bounded)).toEqual(JSON.parse(JSON.stringify({ ...summary, coverage: summarizeCoverage(summary.coverage) })));
    const { token } = await createApiToken(steering, { name: "dashboard" });
    const response = await summaryRoute.GET(
      new Request("http://localhost/api/v1/dashboard/summary?orgKind=provinces", { headers: { authorization: `Bearer ${token}` } }),
      {
        params: Promise.resolve({}),
      },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    const body = (await response.json()) as {
      filters: unknown;
      asOf: { now: string };
      coverage: { totals: { organizations: number }; furthestBehind: unknown[]; organizations?: unknown };
    };
    expect(body.filters).toEqual({ orgKind: "provinces" });
    expect(Math.abs(Date.parse(body.asOf.now) - Date.now())).toBeLessThan(60_000);
    expect(body.coverage.totals.organizations).toBe(3);
    expect(body.coverage.furthestBehind).toHaveLength(3);
    expect(body.coverage.organizations).toBeUndefined();
  });

  it("follows writes made behind the services' back, once they commit", async () => {
    await dashboardAsSeen();
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      await client.query("BEGIN");
      await client.query(`UPDATE "PlanTask" SET status = 'CANCELLED' WHERE id = $1`, [taskIds[1]]);
      // Not committed: the dashboard still shows the committed state, from the cache.
      const during = await dashboardAsSeen();
      expect(during.summary.taskCompletion.total.counts.CANCELLED).toBe(0);
      await client.query("COMMIT");
      expect((await expectCacheFresh()).summary.taskCompletion.total.counts.CANCELLED).toBe(1);
      // A due date moved into the past and an objective linked, in one transaction: overdue and the objective's row move.
      const before = (await expectCacheFresh()).summary.taskCompletion;
      await client.query("BEGIN");
      await client.query(`UPDATE "PlanTask" SET "dueDate" = DATE '2026-01-31' WHERE id = $1`, [taskIds[2]]);
      await client.query(`INSERT INTO "_TaskObjectives" ("A", "B") SELECT id, $1 FROM "Objective" WHERE code = 'SO1'`, [taskIds[2]]);
      await client.query("COMMIT");
      const after = (await expectCacheFresh()).summary.taskCompletion;
      expect(after.total.overdue).toBe(before.total.overdue + 1);
      expect(after.byObjective.find((o) => o.code === "SO1")!.total).toBe(before.byObjective.find((o) => o.code === "SO1")!.total + 1);
      // A report returned behind the services' back: the compliance roll-up, cached by the reporting tables'
      // own version, follows it.
      const returnedBefore = (await expectCacheFresh()).compliance.trend.find((p) => p.periodId === periodId)?.returned ?? 0;
      await client.query(`UPDATE "ProgressReport" SET status = 'RETURNED' WHERE "periodId" = $1`, [periodId]);
      expect((await expectCacheFresh()).compliance.trend.find((p) => p.periodId === periodId)?.returned).toBe(returnedBefore + 1);
      await client.query(
        `INSERT INTO "IndicatorObservation" (id, "indicatorId", year, value, "sourceUrls", confidence, "createdAt")
         SELECT 'obs-cache-test', id, 2026, 80, ARRAY['https://example.vn'], 'CONFIRMED', now() FROM "Indicator" WHERE code = 'IND_UNESCO_TOTAL'`,
      );
      const fresh = await expectCacheFresh();
      expect(fresh.summary.indicators.indicators.find((i) => i.code === "IND_UNESCO_TOTAL")?.latest?.value).toBe(80);
    } finally {
      await client.end();
    }
  });
});
