// The Steering Committee dashboards against a hand-built world: every number of the summary is checked against
// totals computed here, in plain JavaScript, from the fixture's definition (not by running the same SQL).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organizationKindsFor, type DashboardFilters } from "@/lib/domain/dashboard-filters";
import { ForbiddenError } from "@/lib/domain/errors";
import type { DashboardSummary } from "@/lib/domain/dashboard-types";
import { complianceStatus, timelinessRate, type ComplianceStatus } from "@/lib/domain/report-rules";
import { db } from "@/lib/server/db";
import {
  getDashboardSummary,
  getObjectiveDetail,
  getOrganizationScorecard,
  listAllScorecards,
  listProvinceScorecards,
  listScorecards,
} from "@/lib/server/queries/dashboard";
import { resetDatabase } from "../factories/reset";
import { createWorld } from "../factories/world";
import { TASK_STATUSES, type TaskStatus } from "@/lib/domain/enums";

// 25/06/2026, 10:00 in Hà Nội.
const NOW = new Date("2026-06-25T03:00:00Z");
const TODAY = "2026-06-25";

type OrgKey = "culture" | "mofa" | "hanoi" | "hue" | "tuyenQuang" | "haGiang";
type Status = TaskStatus;
type TaskSpec = {
  code: string;
  group: string;
  objectives: string[];
  status: Status;
  progress: number;
  start: string | null;
  due: string | null;
  phase?: string;
};
// The specs name the dashboard's plan states; stored plans use the workflow's statuses (a plan in force is recorded).
const STORED_STATUS = { DRAFT: "DRAFT", SUBMITTED: "SENT", APPROVED: "RECORDED" } as const;
type PlanSpec = { org: OrgKey; status: "DRAFT" | "SUBMITTED" | "APPROVED"; periodStart: number; periodEnd: number; tasks: TaskSpec[] };

const task = (
  code: string,
  group: string,
  objectives: string[],
  status: Status,
  progress: number,
  due: string | null,
  extra: Partial<TaskSpec> = {},
): TaskSpec => ({
  code,
  group,
  objectives,
  status,
  progress,
  start: "2025-01-01",
  due,
  ...extra,
});

const PLANS: PlanSpec[] = [
  {
    org: "culture",
    status: "APPROVED",
    periodStart: 2022,
    periodEnd: 2030,
    tasks: [
      task("C1", "TG1", ["SO1"], "COMPLETED", 100, "2025-12-31"),
      task("C2", "TG1", ["SO1"], "COMPLETED", 100, "2026-03-31"),
      task("C3", "TG1", ["SO1", "SO2"], "IN_PROGRESS", 50, "2026-05-31"),
      task("C4", "TG2", ["SO2"], "CANCELLED", 10, "2025-06-30"),
      task("C5", "TG2", ["SO2"], "DELAYED", 40, "2026-01-15", { phase: "2023–2025" }),
      task("C6", "TG3", ["SO3"], "NOT_STARTED", 0, "2027-12-31", { start: "2026-01-01", phase: "2026–2030" }),
    ],
  },
  {
    org: "hanoi",
    status: "APPROVED",
    periodStart: 2026,
    periodEnd: 2030,
    tasks: [
      task("H1", "TG1", ["SO1"], "COMPLETED", 100, "2026-06-30"),
      task("H2", "TG3", ["SO3"], "IN_PROGRESS", 30, "2026-06-24"),
      task("H3", "TG3", ["SO3"], "IN_PROGRESS", 60, TODAY, { phase: "2026–2030" }),
      task("H4", "TG1", [], "NOT_STARTED", 0, null, { start: null }),
    ],
  },
  { org: "hue", status: "DRAFT", periodStart: 2026, periodEnd: 2030, tasks: [task("D1", "TG1", ["SO1"], "COMPLETED", 100, "2025-01-31")] },
  {
    org: "mofa",
    status: "SUBMITTED",
    periodStart: 2026,
    periodEnd: 2030,
    tasks: [task("M1", "TG4", ["SO4"], "IN_PROGRESS", 20, "2025-03-31")],
  },
  {
    org: "haGiang",
    status: "APPROVED",
    periodStart: 2022,
    periodEnd: 2025,
    tasks: [task("G1", "TG5", ["SO5"], "COMPLETED", 100, "2024-12-31")],
  },
];

const ORG_KIND: Record<OrgKey, string> = {
  culture: "MINISTRY",
  mofa: "MINISTRY",
  hanoi: "CITY",
  hue: "CITY",
  tuyenQuang: "PROVINCE",
  haGiang: "FORMER_PROVINCE",
};
const ORG_REGION: Record<OrgKey, string | null> = {
  culture: null,
  mofa: null,
  hanoi: "RED_RIVER_DELTA",
  hue: "NORTH_CENTRAL_COAST",
  tuyenQuang: "NORTHERN_MIDLANDS_MOUNTAINS",
  haGiang: "NORTHERN_MIDLANDS_MOUNTAINS",
};
const ORG_ACTIVE: Record<OrgKey, boolean> = { culture: true, mofa: true, hanoi: true, hue: true, tuyenQuang: true, haGiang: false };
const ORG_VALID_TO: Partial<Record<OrgKey, string>> = { haGiang: "2025-06-30" };

// Reporting periods (cut-off end, deadline) and who owes which report type.
const PERIODS = {
  "S-2025-1": { kind: "SEMIANNUAL", year: 2025, number: 1, cutoffStart: "2024-12-15", cutoffEnd: "2025-06-14", deadline: "2025-06-20" },
  "S-2025-2": { kind: "SEMIANNUAL", year: 2025, number: 2, cutoffStart: "2025-06-15", cutoffEnd: "2025-12-14", deadline: "2025-12-19" },
  "A-2025-1": { kind: "ANNUAL", year: 2025, number: 1, cutoffStart: "2024-12-15", cutoffEnd: "2025-12-14", deadline: "2025-12-19" },
  "S-2026-1": { kind: "SEMIANNUAL", year: 2026, number: 1, cutoffStart: "2025-12-15", cutoffEnd: "2026-06-14", deadline: "2026-06-19" },
  "S-2026-2": { kind: "SEMIANNUAL", year: 2026, number: 2, cutoffStart: "2026-06-15", cutoffEnd: "2026-12-14", deadline: "2026-12-21" },
} as const;
type PeriodKey = keyof typeof PERIODS;
const EXPECTED: Record<"SEMIANNUAL" | "ANNUAL", OrgKey[]> = {
  SEMIANNUAL: ["culture", "hanoi", "hue", "tuyenQuang", "haGiang"],
  ANNUAL: ["culture", "hanoi"],
};

type ReportSpec = {
  org: OrgKey;
  period: PeriodKey;
  status: "DRAFT" | "SUBMITTED" | "RETURNED" | "ACCEPTED";
  firstSubmittedAt: string | null;
  taskRows?: string[];
};
const REPORTS: ReportSpec[] = [
  // 23:59 on the deadline day in Hà Nội: on time; one minute later: late.
  { org: "culture", period: "S-2026-1", status: "SUBMITTED", firstSubmittedAt: "2026-06-19T16:59:00Z", taskRows: ["C1", "C3"] },
  { org: "hanoi", period: "S-2026-1", status: "ACCEPTED", firstSubmittedAt: "2026-06-19T17:00:00Z", taskRows: ["H1"] },
  { org: "hue", period: "S-2026-1", status: "RETURNED", firstSubmittedAt: "2026-06-18T02:00:00Z" },
  { org: "culture", period: "S-2025-2", status: "ACCEPTED", firstSubmittedAt: "2025-12-10T02:00:00Z", taskRows: ["C1"] },
  { org: "hanoi", period: "S-2025-2", status: "DRAFT", firstSubmittedAt: null },
  { org: "tuyenQuang", period: "S-2025-2", status: "SUBMITTED", firstSubmittedAt: "2026-01-05T02:00:00Z" },
  { org: "haGiang", period: "S-2025-1", status: "ACCEPTED", firstSubmittedAt: "2025-06-01T02:00:00Z" },
  { org: "culture", period: "A-2025-1", status: "SUBMITTED", firstSubmittedAt: "2025-12-20T01:00:00Z" },
];

const INDICATORS = [
  // Above its target of 60 since the first observation.
  {
    code: "IND_UNESCO_TOTAL",
    objective: "SO3",
    target: 60,
    observations: [
      [2023, 65],
      [2024, 71],
      [2025, 77],
    ] as [number, number][],
    status: "TARGET_ACHIEVED",
  },
  // 100 → 101 in three years against a doubling by 2030: limited.
  {
    code: "IND_SO5",
    objective: "SO5",
    target: 200,
    observations: [
      [2022, 100],
      [2025, 101],
    ] as [number, number][],
    status: "LIMITED",
  },
  // One national figure only (an organization's contribution is not national).
  {
    code: "IND_EVENTS_ABROAD",
    objective: "SO2",
    target: null,
    observations: [[2025, 12]] as [number, number][],
    status: "INSUFFICIENT_DATA",
  },
];

let world: Awaited<ReturnType<typeof createWorld>>;
const orgIds = {} as Record<OrgKey, string>;
const periodIds = {} as Record<PeriodKey, string>;
const taskIds = new Map<string, string>();
const reportIds = new Map<string, string>();

beforeAll(async () => {
  await resetDatabase();
  world = await createWorld();
  for (const key of Object.keys(ORG_KIND) as OrgKey[]) {
    orgIds[key] = world.orgs[key].id;
    await db.organization.update({
      where: { id: orgIds[key] },
      data: {
        region: ORG_REGION[key] as never,
        isActive: ORG_ACTIVE[key],
        ...(ORG_VALID_TO[key] ? { validTo: new Date(ORG_VALID_TO[key]) } : {}),
      },
    });
  }
  const strategyId = world.strategy.id;
  await db.indicator.create({
    data: { strategyId, code: "IND_SO5", nameVi: "Chỉ tiêu SO5", nameEn: "SO5 indicator", unitVi: "lượt", unitEn: "times" },
  });
  for (const spec of INDICATORS) {
    await db.indicator.update({
      where: { code: spec.code },
      data: {
        objective: { connect: { code: spec.objective } },
        ...(spec.target === null ? {} : { targetValue: spec.target, targetYear: 2030 }),
        observations: {
          create: spec.observations.map(([year, value]) => ({
            year,
            value,
            sourceUrls: [`https://example.vn/${spec.code}/${year}`],
            confidence: "PARTIAL" as const,
          })),
        },
      },
    });
  }
  await db.indicatorObservation.create({
    data: {
      indicator: { connect: { code: "IND_EVENTS_ABROAD" } },
      organization: { connect: { id: orgIds.hanoi } },
      year: 2025,
      value: 999,
    },
  });

  for (const plan of PLANS) {
    const created = await db.actionPlan.create({
      data: {
        organizationId: orgIds[plan.org],
        title: `Kế hoạch ${plan.org}`,
        periodStart: plan.periodStart,
        periodEnd: plan.periodEnd,
        status: STORED_STATUS[plan.status],
      },
    });
    for (const t of plan.tasks) {
      const row = await db.planTask.create({
        data: {
          plan: { connect: { id: created.id } },
          code: t.code,
          titleVi: `Nhiệm vụ ${t.code}`,
          taskGroup: { connect: { code: t.group } },
          objectives: { connect: t.objectives.map((code) => ({ code })) },
          status: t.status,
          progress: t.progress,
          startDate: t.start ? new Date(t.start) : null,
          dueDate: t.due ? new Date(t.due) : null,
          isBreakthrough: Boolean(t.phase),
          breakthroughPhase: t.phase ?? null,
        },
      });
      taskIds.set(t.code, row.id);
    }
  }

  const types = {
    SEMIANNUAL: await db.reportType.create({
      data: { code: "SEMIANNUAL", nameVi: "Báo cáo 6 tháng", nameEn: "Six-month report", periodKind: "SEMIANNUAL" },
    }),
    ANNUAL: await db.reportType.create({ data: { code: "ANNUAL", nameVi: "Báo cáo năm", nameEn: "Annual report", periodKind: "ANNUAL" } }),
  };
  for (const [key, p] of Object.entries(PERIODS) as [PeriodKey, (typeof PERIODS)[PeriodKey]][]) {
    const period = await db.reportingPeriod.create({
      data: {
        reportTypeId: types[p.kind].id,
        kind: p.kind,
        year: p.year,
        number: p.number,
        cutoffStart: new Date(p.cutoffStart),
        cutoffEnd: new Date(p.cutoffEnd),
        deadline: new Date(p.deadline),
      },
    });
    periodIds[key] = period.id;
  }
  for (const [kind, orgs] of Object.entries(EXPECTED) as ["SEMIANNUAL" | "ANNUAL", OrgKey[]][]) {
    for (const org of orgs) await db.reportExpectation.create({ data: { reportTypeId: types[kind].id, organizationId: orgIds[org] } });
  }
  for (const r of REPORTS) {
    const report = await db.progressReport.create({
      data: {
        organizationId: orgIds[r.org],
        periodId: periodIds[r.period],
        status: r.status,
        submissionNumber: r.firstSubmittedAt ? 1 : 0,
        firstSubmittedAt: r.firstSubmittedAt ? new Date(r.firstSubmittedAt) : null,
        submittedAt: r.firstSubmittedAt ? new Date(r.firstSubmittedAt) : null,
        taskRows: {
          create: (r.taskRows ?? []).map((code) => ({ taskId: taskIds.get(code)!, status: "IN_PROGRESS" as const, progress: 50 })),
        },
      },
    });
    reportIds.set(`${r.org}:${r.period}`, report.id);
  }
});
afterAll(() => db.$disconnect());

// ───────────── the expected numbers, from the fixture's definition ─────────────

type FlatTask = TaskSpec & { org: OrgKey };
const ALL_TASKS: FlatTask[] = PLANS.flatMap((plan) => (plan.status === "APPROVED" ? plan.tasks.map((t) => ({ ...t, org: plan.org })) : []));

function inScope(t: FlatTask, f: DashboardFilters): boolean {
  if (!organizationKindsFor(f.orgKind).includes(ORG_KIND[t.org])) return false;
  if (f.region && ORG_REGION[t.org] !== f.region) return false;
  if (f.taskGroup && t.group !== f.taskGroup) return false;
  if (f.year && ((t.start && t.start > `${f.year}-12-31`) || (t.due && t.due < `${f.year}-01-01`))) return false;
  return true;
}
const isOverdue = (t: TaskSpec) => t.due !== null && t.due < TODAY && t.status !== "COMPLETED" && t.status !== "CANCELLED";

function stats(tasks: TaskSpec[]) {
  const live = tasks.filter((t) => t.status !== "CANCELLED");
  const completed = tasks.filter((t) => t.status === "COMPLETED").length;
  return {
    total: tasks.length,
    counts: Object.fromEntries(TASK_STATUSES.map((s) => [s, tasks.filter((t) => t.status === s).length])),
    overdue: tasks.filter(isOverdue).length,
    completionRate: live.length ? completed / live.length : null,
    averageProgress: live.length ? live.reduce((sum, t) => sum + t.progress, 0) / live.length : null,
  };
}

function expectStats(
  actual: { total: number; counts: Record<string, number>; overdue: number; completionRate: number | null; averageProgress: number | null },
  expected: ReturnType<typeof stats>,
) {
  const { total, counts, overdue, completionRate, averageProgress } = actual;
  expect({ total, counts, overdue, completionRate, averageProgress }).toEqual({
    total: expected.total,
    counts: expected.counts,
    overdue: expected.overdue,
    completionRate: expected.completionRate === null ? null : expect.closeTo(expected.completionRate, 10),
    averageProgress: expected.averageProgress === null ? null : expect.closeTo(expected.averageProgress, 10),
  });
}

const endOfDay = (day: string) => new Date(day);
function expectedCells(
  f: DashboardFilters,
): { period: PeriodKey; org: OrgKey; status: ComplianceStatus; onTimeFirstSubmission: boolean }[] {
  const cells = [];
  for (const [key, p] of Object.entries(PERIODS) as [PeriodKey, (typeof PERIODS)[PeriodKey]][]) {
    if (f.year && p.year !== f.year) continue;
    for (const org of EXPECTED[p.kind]) {
      if (!organizationKindsFor(f.orgKind).includes(ORG_KIND[org])) continue;
      if (f.region && ORG_REGION[org] !== f.region) continue;
      const validTo = ORG_VALID_TO[org];
      if (validTo && validTo < p.cutoffEnd) continue;
      const report = REPORTS.find((r) => r.org === org && r.period === key);
      const firstSubmittedAt = report?.firstSubmittedAt ? new Date(report.firstSubmittedAt) : null;
      const status = complianceStatus({ deadline: endOfDay(p.deadline), firstSubmittedAt, status: report?.status ?? null, now: NOW });
      const onTimeFirstSubmission =
        status === "ON_TIME" ||
        (status === "RETURNED" &&
          firstSubmittedAt !== null &&
          complianceStatus({ deadline: endOfDay(p.deadline), firstSubmittedAt, status: "SUBMITTED", now: NOW }) === "ON_TIME");
      cells.push({ period: key, org, status, onTimeFirstSubmission });
    }
  }
  return cells;
}

function expectedPeriod(key: PeriodKey, f: DashboardFilters) {
  const cells = expectedCells({ ...f, year: undefined }).filter((c) => c.period === key);
  const count = (s: ComplianceStatus) => cells.filter((c) => c.status === s).length;
  return {
    periodId: periodIds[key],
    owed: cells.length,
    onTime: count("ON_TIME"),
    late: count("LATE"),
    missing: count("MISSING"),
    returned: count("RETURNED"),
    notDue: count("NOT_DUE"),
    timeliness: timelinessRate(cells),
  };
}

const summaryOf = (filters: DashboardFilters) => getDashboardSummary(world.actors.steering, filters, NOW, { overdueLimit: null });

function expectTaskNumbers(summary: DashboardSummary, f: DashboardFilters) {
  const tasks = ALL_TASKS.filter((t) => inScope(t, f));
  expectStats(summary.taskCompletion.total, stats(tasks));
  for (const row of summary.taskCompletion.byObjective) expectStats(row, stats(tasks.filter((t) => t.objectives.includes(row.code!))));
  expect(summary.taskCompletion.byObjective.map((r) => r.code)).toEqual(["SO1", "SO2", "SO3", "SO4", "SO5"]);
  for (const row of summary.taskCompletion.byTaskGroup) expectStats(row, stats(tasks.filter((t) => t.group === row.code)));
  const overdue = tasks.filter(isOverdue).sort((a, b) => a.due!.localeCompare(b.due!));
  expect(summary.overdue.total).toBe(overdue.length);
  expect(summary.overdue.tasks.map((t) => [t.code, t.daysOverdue])).toEqual(
    overdue.map((t) => [t.code, (Date.parse(TODAY) - Date.parse(t.due!)) / 86_400_000]),
  );
  const breakthroughs = tasks.filter((t) => t.phase);
  const phases = [...new Set(breakthroughs.map((t) => t.phase!))].sort();
  expect(summary.breakthroughs.byPhase.map((p) => p.phase)).toEqual(phases);
  for (const row of summary.breakthroughs.byPhase) expectStats(row, stats(breakthroughs.filter((t) => t.phase === row.phase)));
  expectStats(summary.breakthroughs.total, stats(breakthroughs));
  // Coverage matrix: organizations with tasks in scope × objectives.
  const orgsWithTasks = [...new Set(tasks.map((t) => t.org))].sort();
  expect(summary.coverage.matrix.map((r) => r.organization.id).sort()).toEqual(orgsWithTasks.map((o) => orgIds[o]).sort());
  for (const row of summary.coverage.matrix) {
    const own = tasks.filter((t) => orgIds[t.org] === row.organization.id);
    expect(row.total).toBe(own.length);
    expect(row.unlinked).toBe(own.filter((t) => t.objectives.length === 0).length);
    const counts: Record<string, number> = {};
    for (const t of own) for (const o of t.objectives) counts[o] = (counts[o] ?? 0) + 1;
    expect(row.counts).toEqual(counts);
  }
  const addressed = new Set(tasks.flatMap((t) => t.objectives));
  expect(summary.coverage.unaddressedObjectives.map((o) => o.code)).toEqual(
    ["SO1", "SO2", "SO3", "SO4", "SO5"].filter((o) => !addressed.has(o)),
  );
}

function expectedCoverage(f: DashboardFilters) {
  const orgs = (Object.keys(ORG_KIND) as OrgKey[]).filter(
    (o) =>
      organizationKindsFor(f.orgKind).includes(ORG_KIND[o]) &&
      (!f.region || ORG_REGION[o] === f.region) &&
      (ORG_ACTIVE[o] || f.orgKind === "former"),
  );
  const stateOf = (o: OrgKey) => {
    const statuses = PLANS.filter((p) => p.org === o && (!f.year || (p.periodStart <= f.year && p.periodEnd >= f.year))).map(
      (p) => p.status,
    );
    return statuses.includes("APPROVED")
      ? "APPROVED"
      : statuses.includes("SUBMITTED")
        ? "SUBMITTED"
        : statuses.includes("DRAFT")
          ? "IN_PREPARATION"
          : "NONE";
  };
  const states = orgs.map(stateOf);
  return {
    states: Object.fromEntries(orgs.map((o, i) => [orgIds[o], states[i]])),
    totals: {
      organizations: orgs.length,
      approved: states.filter((s) => s === "APPROVED").length,
      submitted: states.filter((s) => s === "SUBMITTED").length,
      inPreparation: states.filter((s) => s === "IN_PREPARATION").length,
      none: states.filter((s) => s === "NONE").length,
    },
  };
}

// ───────────── tests ─────────────

describe("dashboard summary", () => {
  it("matches the fixture's own totals without filters (sanity: 11 tasks in force, 4 completed of 10 live)", async () => {
    const summary = await summaryOf({});
    expect(summary.taskCompletion.total.total).toBe(11);
    expect(summary.taskCompletion.total.completionRate).toBeCloseTo(0.4, 10);
    expect(summary.taskCompletion.total.averageProgress).toBeCloseTo(58, 10);
    expect(summary.overdue.tasks.map((t) => t.code)).toEqual(["C5", "C3", "H2"]);
    expectTaskNumbers(summary, {});
    expect(summary.asOf.today).toBe(TODAY);
  });

  it("counts plan coverage over operating organizations and names the unaddressed objective", async () => {
    const summary = await summaryOf({});
    const expected = expectedCoverage({});
    expect(summary.coverage.totals).toEqual(expected.totals);
    expect(summary.coverage.totals).toEqual({ organizations: 5, approved: 2, submitted: 1, inPreparation: 1, none: 1 });
    expect(Object.fromEntries(summary.coverage.organizations.map((o) => [o.id, o.planState]))).toEqual(expected.states);
    expect(summary.coverage.unaddressedObjectives.map((o) => o.code)).toEqual(["SO4"]);
  });

  it("reports compliance for the latest due period and the timeliness trend", async () => {
    const { compliance } = await summaryOf({});
    expect(compliance.latest).toMatchObject(expectedPeriod("S-2026-1", {}));
    expect(compliance.latest).toMatchObject({ owed: 4, onTime: 1, late: 1, missing: 1, returned: 1, timeliness: 0.5 });
    // Periods whose deadline has passed, by deadline; at equal deadlines the annual report last.
    expect(compliance.trend.map((p) => p.periodId)).toEqual(
      ["S-2025-1", "S-2025-2", "A-2025-1", "S-2026-1"].map((k) => periodIds[k as PeriodKey]),
    );
    for (const row of compliance.trend) {
      const key = (Object.keys(periodIds) as PeriodKey[]).find((k) => periodIds[k] === row.periodId)!;
      expect(row).toMatchObject(expectedPeriod(key, {}));
    }
  });

  it("reads the chosen period, or the latest due one of the chosen year", async () => {
    const byPeriod = await summaryOf({ period: periodIds["S-2025-2"] });
    expect(byPeriod.compliance.latest).toMatchObject(expectedPeriod("S-2025-2", {}));
    const notDue = await summaryOf({ period: periodIds["S-2026-2"] });
    expect(notDue.compliance.latest).toMatchObject({ owed: 4, notDue: 4, timeliness: null });
    const year2025 = await summaryOf({ year: 2025 });
    expect(year2025.compliance.trend).toHaveLength(3);
    expect(year2025.compliance.latest?.periodId).toBe(periodIds["A-2025-1"]);
  });

  it("computes each indicator's status on the national series and flags delivery against outcome", async () => {
    const summary = await summaryOf({});
    const byCode = new Map(summary.indicators.indicators.map((i) => [i.code, i]));
    for (const spec of INDICATORS) {
      const indicator = byCode.get(spec.code)!;
      expect(indicator.progress.status).toBe(spec.status);
      const [year, value] = spec.observations.at(-1)!;
      expect(indicator.latest).toMatchObject({
        year,
        value,
        confidence: "PARTIAL",
        sourceUrls: [`https://example.vn/${spec.code}/${year}`],
      });
    }
    expect(summary.indicators.statusCounts).toMatchObject({ TARGET_ACHIEVED: 1, LIMITED: 1, INSUFFICIENT_DATA: 1 });
    // SO5: its only task is done, its indicator limited. SO3: nothing done, its indicator above target.
    expect(summary.deliveryOutcome.deliveryAhead.map((f) => [f.objectiveCode, f.indicators.map((i) => i.code)])).toEqual([
      ["SO5", ["IND_SO5"]],
    ]);
    expect(summary.deliveryOutcome.outcomeAhead.map((f) => [f.objectiveCode, f.indicators.map((i) => i.code)])).toEqual([
      ["SO3", ["IND_UNESCO_TOTAL"]],
    ]);
  });

  it("reads indicators as of the year under review", async () => {
    const summary = await summaryOf({ year: 2024 });
    const unesco = summary.indicators.indicators.find((i) => i.code === "IND_UNESCO_TOTAL")!;
    expect(unesco.latest).toMatchObject({ year: 2024, value: 71 });
    expect(summary.indicators.indicators.find((i) => i.code === "IND_EVENTS_ABROAD")!.latest).toBeNull();
  });

  it.each<[string, DashboardFilters]>([
    ["ministries", { orgKind: "ministries" }],
    ["provinces", { orgKind: "provinces" }],
    ["former provinces", { orgKind: "former" }],
    ["one region", { region: "RED_RIVER_DELTA" }],
    ["task group TG3", { taskGroup: "TG3" }],
    ["task group TG1 for provinces", { taskGroup: "TG1", orgKind: "provinces" }],
    ["year 2027", { year: 2027 }],
  ])("filters by %s", async (_name, filters) => {
    const summary = await summaryOf(filters);
    expectTaskNumbers(summary, filters);
    const coverage = expectedCoverage(filters);
    expect(summary.coverage.totals).toEqual(coverage.totals);
    expect(Object.fromEntries(summary.coverage.organizations.map((o) => [o.id, o.planState]))).toEqual(coverage.states);
    const due = (Object.keys(PERIODS) as PeriodKey[]).filter(
      (k) => (!filters.year || PERIODS[k].year === filters.year) && expectedPeriod(k, filters).owed > expectedPeriod(k, filters).notDue,
    );
    expect(summary.compliance.trend.map((p) => p.periodId)).toEqual(due.map((k) => periodIds[k]));
    for (const row of summary.compliance.trend) {
      const key = due.find((k) => periodIds[k] === row.periodId)!;
      expect(row).toMatchObject(expectedPeriod(key, filters));
    }
  });

  it("changes the numbers with the filters (ministries: 6 tasks, 2 overdue; TG3: 3 tasks, 1 overdue)", async () => {
    const ministries = await summaryOf({ orgKind: "ministries" });
    expect([ministries.taskCompletion.total.total, ministries.overdue.total, ministries.coverage.totals.organizations]).toEqual([6, 2, 2]);
    const tg3 = await summaryOf({ taskGroup: "TG3" });
    expect([tg3.taskCompletion.total.total, tg3.overdue.total, tg3.taskCompletion.total.completionRate]).toEqual([3, 1, 0]);
    expect(tg3.indicators.indicators.map((i) => i.code)).toEqual(["IND_UNESCO_TOTAL"]);
  });
});

describe("organization scorecards", () => {
  function expectedScorecard(org: OrgKey, f: DashboardFilters = {}) {
    const tasks = ALL_TASKS.filter((t) => t.org === org && inScope(t, { ...f, orgKind: undefined, region: undefined }));
    const s = stats(tasks);
    const cells = expectedCells({ year: f.year }).filter((c) => c.org === org);
    const latest = REPORTS.filter((r) => r.org === org).sort(
      (a, b) => PERIODS[b.period].cutoffEnd.localeCompare(PERIODS[a.period].cutoffEnd) || (PERIODS[b.period].kind === "ANNUAL" ? 1 : -1),
    )[0];
    return {
      tasks: s.total,
      completed: s.counts.COMPLETED,
      overdue: s.overdue,
      completionRate: s.completionRate,
      timeliness: timelinessRate(cells),
      dueReports: cells.filter((c) => c.status !== "NOT_DUE").length,
      lastReport: latest ? { id: reportIds.get(`${org}:${latest.period}`), status: latest.status } : null,
      planState: expectedCoverage({ orgKind: "former" }).states[orgIds[org]] ?? expectedCoverage({}).states[orgIds[org]],
    };
  }

  it("lists every operating organization with its numbers", async () => {
    const page = await listScorecards(world.actors.steering, { sort: "name", dir: "asc", page: 1 }, NOW);
    expect(page.total).toBe(5);
    expect(page.pageCount).toBe(1);
    for (const row of page.rows) {
      const key = (Object.keys(orgIds) as OrgKey[]).find((k) => orgIds[k] === row.organization.id)!;
      const expected = expectedScorecard(key);
      expect(row).toMatchObject({
        tasks: expected.tasks,
        completed: expected.completed,
        overdue: expected.overdue,
        dueReports: expected.dueReports,
        planState: expected.planState,
        lastReport: expected.lastReport ? expect.objectContaining(expected.lastReport) : null,
      });
      expect(row.completionRate).toEqual(expected.completionRate === null ? null : expect.closeTo(expected.completionRate, 10));
      expect(row.timeliness).toEqual(expected.timeliness === null ? null : expect.closeTo(expected.timeliness, 10));
    }
  });

  it("sorts by a whitelisted column, nulls last, ties by code", async () => {
    const page = await listScorecards(world.actors.steering, { sort: "timeliness", dir: "desc", page: 1 }, NOW);
    expect(page.rows.map((r) => r.organization.code)).toEqual(["BVHTTDL", "P02", "P01", "P12", "BNG"]);
    const byTasks = await listScorecards(world.actors.steering, { sort: "tasks", dir: "asc", page: 1 }, NOW);
    expect(byTasks.rows.map((r) => r.tasks)).toEqual([0, 0, 0, 4, 6]);
  });

  it("filters by kind and region, clamps a page past the end, and lists all rows for export", async () => {
    const provinces = await listScorecards(world.actors.steering, { orgKind: "provinces", sort: "code", dir: "asc", page: 9 }, NOW);
    expect(provinces.page).toBe(1);
    expect(provinces.rows.map((r) => r.organization.code)).toEqual(["P01", "P02", "P12"]);
    const region = await listAllScorecards(world.actors.steering, { region: "NORTHERN_MIDLANDS_MOUNTAINS" }, NOW);
    expect(region.map((r) => r.organization.code)).toEqual(["P12"]);
    const former = await listAllScorecards(world.actors.steering, { orgKind: "former" }, NOW);
    expect(former.map((r) => [r.organization.code, r.planState, r.tasks])).toEqual([["FP-HA-GIANG", "APPROVED", 1]]);
    expect((await listProvinceScorecards(world.actors.steering, { orgKind: "ministries" }, NOW)).map((r) => r.organization.code)).toEqual([
      "P01",
      "P02",
      "P12",
    ]);
  });

  it("gives one organization's brief with every owed period", async () => {
    const brief = await getOrganizationScorecard(world.actors.steering, orgIds.culture, {}, NOW);
    const expected = expectedScorecard("culture");
    expect(brief.scorecard).toMatchObject({ tasks: expected.tasks, overdue: expected.overdue, dueReports: expected.dueReports });
    expect(brief.compliance.map((c) => c.status)).toEqual(["MISSING", "ON_TIME", "LATE", "ON_TIME", "NOT_DUE"]);
    expect(brief.overdue.tasks.map((t) => t.code)).toEqual(["C5", "C3"]);
    expect(brief.taskGroups.find((g) => g.code === "TG1")?.total).toBe(3);
  });
});

describe("objective drill-down", () => {
  it("lists the objective's tasks across organizations with the reports they appear in", async () => {
    const detail = (await getObjectiveDetail(world.actors.steering, "SO1", {}, NOW))!;
    const tasks = ALL_TASKS.filter((t) => t.objectives.includes("SO1"));
    expect(detail.total).toBe(tasks.length);
    expect(detail.tasks.map((t) => t.code).sort()).toEqual(tasks.map((t) => t.code).sort());
    expectStats(detail.completion, stats(tasks));
    expect(detail.organizations.map((o) => [o.code, o.total])).toEqual([
      ["BVHTTDL", 3],
      ["P01", 1],
    ]);
    const c1 = detail.tasks.find((t) => t.code === "C1")!;
    expect(c1.reports.map((r) => r.id)).toEqual([reportIds.get("culture:S-2025-2"), reportIds.get("culture:S-2026-1")]);
    expect(detail.tasks.find((t) => t.code === "C2")!.reports).toEqual([]);
    const provinces = (await getObjectiveDetail(world.actors.steering, "SO1", { orgKind: "provinces" }, NOW))!;
    expect(provinces.tasks.map((t) => t.code)).toEqual(["H1"]);
    expect(await getObjectiveDetail(world.actors.steering, "SO9", {}, NOW)).toBeNull();
  });
});

describe("access", () => {
  it("refuses organization staff and lets administrators in", async () => {
    const { hanoiEditor, hanoiViewer, admin } = world.actors;
    for (const actor of [hanoiEditor, hanoiViewer]) {
      await expect(getDashboardSummary(actor, {}, NOW)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listScorecards(actor, { sort: "name", dir: "asc", page: 1 }, NOW)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(getObjectiveDetail(actor, "SO1", {}, NOW)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(getOrganizationScorecard(actor, orgIds.hanoi, {}, NOW)).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect((await getDashboardSummary(admin, {}, NOW)).taskCompletion.total.total).toBe(11);
  });
});
