import "server-only";
import {
  includesInactiveOrganizations,
  organizationKindsFor,
  SCORECARD_PAGE_SIZE,
  clampPage,
  pageCountOf,
  type DashboardFilters,
  type DashboardOrganizationGroup,
  type ScorecardQuery,
  type ScorecardSort,
  type SortDirection,
} from "@/lib/domain/dashboard-filters";
import {
  computeIndicatorProgress,
  countByStatus,
  flagDeliveryOutcome,
  PROGRESS_STATUSES,
  type DeliveryOutcomeFlag,
  type PlanState,
  type TaskStatusKey,
} from "@/lib/domain/dashboard-rollups";
import { summarizeCoverage } from "@/lib/domain/coverage-summary";
import { NotFoundError } from "@/lib/domain/errors";
import { vietnamCalendarDay } from "@/lib/domain/report-obligations";
import type { PeriodKind } from "@/lib/domain/reporting-calendar";
import type {
  CompletionStats,
  ProgressSummary,
  HeadlineIndicator,
  IndicatorOverview,
  CompletionRow,
  TaskCompletion,
  TaskListItem,
  OverdueTasks,
  Breakthroughs,
  OrganizationRef,
  ObjectiveRef,
  PlanCoverage,
  PeriodCompliance,
  ReportingCompliance,
  DashboardPeriodOption,
  DivergenceFlag,
  DeliveryOutcome,
  DashboardSummary,
  Scorecard,
  ScorecardPage,
  OrganizationComplianceCell,
  OrganizationScorecard,
  ObjectiveTask,
  ObjectiveDetail,
} from "@/lib/domain/dashboard-types";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor, SessionUser } from "../auth/session";
import { cachedRollup } from "../cache/rollup-cache";
import { db } from "../db";
import { authorize } from "../guards";

// The Steering Committee's roll-ups. Every count, share and average is aggregated by PostgreSQL (tagged
// `$queryRaw` templates: every value is a bound parameter; the only SQL chosen from input is a fixed fragment
// picked from a whitelist, e.g. the scorecards' ORDER BY). Only the indicator progress status is computed
// here, by the pure method of lib/domain/progress-status.ts on each indicator's short national series.
//
// Scope rules, shared by every widget, the API and the exports:
// - tasks count when their plan is in force (APPROVED, or REVISION: the approved version stays in force) and
//   the plan's organization matches the organization filters; draft, submitted and returned plans do not;
// - a task is overdue when its due date is before today (Vietnamese calendar day) and it is neither
//   COMPLETED nor CANCELLED; % complete = COMPLETED / non-cancelled tasks; average progress over
//   non-cancelled tasks;
// - reporting cells follow complianceStatus() (lib/domain/report-rules.ts): an organization owes a period of a
//   report type it is expected to send when it existed on the period's cut-off end.

type Viewer = SessionUser | Actor;
const { sql, join, empty } = Prisma;

// Every roll-up below is memoised per (name, scope, arguments) until the next write to the data it reads
// (lib/server/cache/rollup-cache.ts). The viewer is not part of the key: these roll-ups are the same for
// everyone allowed to read the dashboard, and each exported function authorizes before it asks.
function rollup<T>(name: string, scope: Scope, args: unknown, compute: () => Promise<T>): Promise<T> {
  return cachedRollup(`${name}:${JSON.stringify(scope)}:${JSON.stringify(args ?? null)}`, compute);
}

// ───────────────────────── scope (filters → SQL fragments) ─────────────────────────

type Scope = {
  filters: DashboardFilters;
  today: string; // yyyy-mm-dd, the Vietnamese calendar day
  now: string; // the instant, as a UTC timestamp without zone (how Prisma stores DateTime columns)
  organizationId?: string;
  objectiveId?: string;
  includeInactive: boolean;
};

// `now` is taken to the start of its hour: every instant the roll-ups compare it with (the end of a deadline
// day, 17:00 UTC; the Vietnamese calendar day, which also turns at 17:00 UTC) falls on a whole hour, so the
// results are the same, and a cached roll-up stays valid for the rest of the hour.
function scopeOf(filters: DashboardFilters, now: Date, extra: Partial<Pick<Scope, "organizationId" | "objectiveId" | "includeInactive">> = {}): Scope {
  const hour = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000);
  return {
    filters,
    today: vietnamCalendarDay(hour).toISOString().slice(0, 10),
    now: hour.toISOString().replace("Z", ""),
    includeInactive: includesInactiveOrganizations(filters.orgKind),
    ...extra,
  };
}

// Organizations (alias o) of the filtered kinds and region.
function organizationCondition(scope: Scope): Prisma.Sql {
  const kinds = organizationKindsFor(scope.filters.orgKind);
  return sql`o.kind::text IN (${join(kinds)})
    ${scope.filters.region ? sql`AND o.region::text = ${scope.filters.region}` : empty}
    ${scope.organizationId ? sql`AND o.id = ${scope.organizationId}` : empty}`;
}

// Plan coverage and scorecards: units operating now, unless former provinces are asked for.
function operatingCondition(scope: Scope): Prisma.Sql {
  return scope.includeInactive ? empty : sql`AND o."isActive"`;
}

// Plans (alias p) covering the year under review.
function planYearCondition(scope: Scope): Prisma.Sql {
  const year = scope.filters.year;
  return year ? sql`AND p."periodStart" <= ${year}::int AND p."periodEnd" >= ${year}::int` : empty;
}

const IN_FORCE = sql`('APPROVED', 'REVISION')`;
const PERIOD_KIND_RANK = (column: Prisma.Sql) => sql`CASE ${column} WHEN 'ANNUAL' THEN 4 WHEN 'SEMIANNUAL' THEN 3 WHEN 'QUARTERLY' THEN 2 ELSE 1 END`;

// The tasks in scope, as a CTE named scoped_tasks.
function scopedTasks(scope: Scope): Prisma.Sql {
  const { year, taskGroup } = scope.filters;
  return sql`scoped_tasks AS (
    SELECT t.id, t.code, t.status::text AS status, t.progress, t."dueDate" AS due_date, t."taskGroupId" AS task_group_id,
           t."isBreakthrough" AS is_breakthrough, t."breakthroughPhase" AS phase, p.id AS plan_id, p."organizationId" AS organization_id,
           (t."dueDate" < ${scope.today}::date AND t.status NOT IN ('COMPLETED', 'CANCELLED')) AS is_overdue
    FROM "PlanTask" t
    JOIN "ActionPlan" p ON p.id = t."planId"
    JOIN "Organization" o ON o.id = p."organizationId"
    WHERE p.status IN ${IN_FORCE} AND ${organizationCondition(scope)}
      ${taskGroup ? sql`AND t."taskGroupId" IN (SELECT id FROM "TaskGroup" WHERE code = ${taskGroup})` : empty}
      ${year ? sql`AND (t."startDate" IS NULL OR t."startDate" <= ${`${year}-12-31`}::date) AND (t."dueDate" IS NULL OR t."dueDate" >= ${`${year}-01-01`}::date)` : empty}
      ${scope.objectiveId ? sql`AND EXISTS (SELECT 1 FROM "_TaskObjectives" tob WHERE tob."B" = t.id AND tob."A" = ${scope.objectiveId})` : empty}
  )`;
}

// Status counts, overdue count, % complete and average progress over the rows of `alias` (a scoped_tasks alias).
function completionColumns(alias: string): Prisma.Sql {
  const a = Prisma.raw(alias);
  return sql`COUNT(${a}.id)::int AS total,
    COUNT(${a}.id) FILTER (WHERE ${a}.status = 'NOT_STARTED')::int AS not_started,
    COUNT(${a}.id) FILTER (WHERE ${a}.status = 'IN_PROGRESS')::int AS in_progress,
    COUNT(${a}.id) FILTER (WHERE ${a}.status = 'COMPLETED')::int AS completed,
    COUNT(${a}.id) FILTER (WHERE ${a}.status = 'DELAYED')::int AS delayed,
    COUNT(${a}.id) FILTER (WHERE ${a}.status = 'CANCELLED')::int AS cancelled,
    COUNT(${a}.id) FILTER (WHERE ${a}.is_overdue)::int AS overdue,
    (COUNT(${a}.id) FILTER (WHERE ${a}.status = 'COMPLETED'))::float8 / NULLIF(COUNT(${a}.id) FILTER (WHERE ${a}.status <> 'CANCELLED'), 0) AS completion_rate,
    (AVG(${a}.progress) FILTER (WHERE ${a}.status <> 'CANCELLED'))::float8 AS average_progress`;
}

type CompletionSqlRow = {
  total: number;
  not_started: number;
  in_progress: number;
  completed: number;
  delayed: number;
  cancelled: number;
  overdue: number;
  completion_rate: number | null;
  average_progress: number | null;
};


function toCompletion(row: CompletionSqlRow): CompletionStats {
  return {
    total: row.total,
    counts: { NOT_STARTED: row.not_started, IN_PROGRESS: row.in_progress, COMPLETED: row.completed, DELAYED: row.delayed, CANCELLED: row.cancelled },
    overdue: row.overdue,
    completionRate: row.completion_rate,
    averageProgress: row.average_progress,
  };
}

// Reporting cells (one per owing organization and period), as a CTE named cells.
function complianceCells(scope: Scope, options: { periodId?: string; ignoreYear?: boolean } = {}): Prisma.Sql {
  const year = options.ignoreYear ? undefined : scope.filters.year;
  // endOfDeadlineDay(): the deadline day ends at 24:00 in Vietnam (UTC+7), i.e. 17:00 UTC that day.
  const deadlineEnd = sql`(per.deadline + interval '17 hours')`;
  return sql`cells AS (
    SELECT per.id AS period_id, per.kind::text AS kind, per.year, per.number, per.deadline, per."cutoffEnd" AS cutoff_end,
           o.id AS organization_id, r.id AS report_id,
           CASE WHEN r.status = 'RETURNED' THEN 'RETURNED'
                WHEN r."firstSubmittedAt" IS NOT NULL AND r."firstSubmittedAt" < ${deadlineEnd} THEN 'ON_TIME'
                WHEN r."firstSubmittedAt" IS NOT NULL THEN 'LATE'
                WHEN ${scope.now}::timestamp < ${deadlineEnd} THEN 'NOT_DUE'
                ELSE 'MISSING' END AS status,
           (r."firstSubmittedAt" IS NOT NULL AND r."firstSubmittedAt" < ${deadlineEnd}) AS on_time_first
    FROM "ReportingPeriod" per
    JOIN "ReportType" rt ON rt.id = per."reportTypeId" AND rt."isActive"
    JOIN "ReportExpectation" e ON e."reportTypeId" = rt.id
    JOIN "Organization" o ON o.id = e."organizationId"
    LEFT JOIN "ProgressReport" r ON r."organizationId" = o.id AND r."periodId" = per.id
    WHERE ${organizationCondition(scope)}
      AND (o."validFrom" IS NULL OR o."validFrom" <= per."cutoffEnd")
      AND (o."validTo" IS NULL OR o."validTo" >= per."cutoffEnd")
      ${year ? sql`AND per.year = ${year}::int` : empty}
      ${options.periodId ? sql`AND per.id = ${options.periodId}` : empty}
  )`;
}

// ───────────────────────── headline indicators ─────────────────────────



type IndicatorSqlRow = {
  code: string;
  name_vi: string;
  name_en: string;
  unit_vi: string;
  unit_en: string;
  direction: "INCREASE" | "DECREASE";
  objective_code: string | null;
  baseline_year: number | null;
  baseline_value: number | null;
  target_year: number | null;
  target_value: number | null;
  target_confidence: HeadlineIndicator["targetConfidence"];
  series: { year: number; value: number }[] | null;
  latest_year: number | null;
  latest_value: number | null;
  latest_as_of: string | null;
  latest_sources: string[] | null;
  latest_note: string | null;
  latest_confidence: "CONFIRMED" | "PARTIAL" | "UNCONFIRMED" | null;
};

const finite = (value: number | null) => (value === null || !Number.isFinite(value) ? null : value);

export function summarizeProgress(indicator: { direction: "INCREASE" | "DECREASE"; baselineYear: number | null; baselineValue: number | null; targetYear: number | null; targetValue: number | null; observations: { year: number; value: number }[] }): ProgressSummary {
  const result = computeIndicatorProgress(indicator);
  return {
    status: result.status,
    method: result.method,
    baseYear: result.base?.year ?? null,
    baseValue: result.base?.value ?? null,
    currentYear: result.current?.year ?? null,
    currentValue: result.current?.value ?? null,
    observedRate: finite(result.observedRate),
    requiredRate: finite(result.requiredRate),
    ratio: finite(result.ratio),
    projection: finite(result.projection),
    requiredAnnualChange: finite(result.requiredAnnualChange),
  };
}

function headlineIndicators(scope: Scope, options: { objectiveId?: string } = {}): Promise<HeadlineIndicator[]> {
  return rollup("indicators", scope, options, () => computeHeadlineIndicators(scope, options));
}

async function computeHeadlineIndicators(scope: Scope, options: { objectiveId?: string }): Promise<HeadlineIndicator[]> {
  const { year, taskGroup } = scope.filters;
  const upToYear = year ? sql`AND x.year <= ${year}::int` : empty;
  const rows = await db.$queryRaw<IndicatorSqlRow[]>`
    SELECT i.code, i."nameVi" AS name_vi, i."nameEn" AS name_en, i."unitVi" AS unit_vi, i."unitEn" AS unit_en, i.direction::text AS direction,
           ob.code AS objective_code, i."baselineYear" AS baseline_year, i."baselineValue"::float8 AS baseline_value,
           i."targetYear" AS target_year, i."targetValue"::float8 AS target_value, i."targetConfidence"::text AS target_confidence,
           (SELECT json_agg(json_build_object('year', s.year, 'value', s.value) ORDER BY s.year)
              FROM (SELECT DISTINCT ON (x.year) x.year, x.value::float8 AS value
                      FROM "IndicatorObservation" x
                     WHERE x."indicatorId" = i.id AND x."organizationId" IS NULL ${upToYear}
                     ORDER BY x.year, x."asOfDate" DESC NULLS LAST, x."createdAt" DESC) s) AS series,
           l.year AS latest_year, l.value::float8 AS latest_value, l."asOfDate"::text AS latest_as_of, l."sourceUrls" AS latest_sources,
           l."sourceNote" AS latest_note, l.confidence::text AS latest_confidence
      FROM "Indicator" i
      LEFT JOIN "Objective" ob ON ob.id = i."objectiveId"
      LEFT JOIN LATERAL (
        SELECT x.year, x.value, x."asOfDate", x."sourceUrls", x."sourceNote", x.confidence
          FROM "IndicatorObservation" x
         WHERE x."indicatorId" = i.id AND x."organizationId" IS NULL ${upToYear}
         ORDER BY x.year DESC, x."asOfDate" DESC NULLS LAST, x."createdAt" DESC
         LIMIT 1) l ON TRUE
     WHERE TRUE
       ${taskGroup ? sql`AND i."objectiveId" IN (SELECT "objectiveId" FROM "TaskGroup" WHERE code = ${taskGroup})` : empty}
       ${options.objectiveId ? sql`AND i."objectiveId" = ${options.objectiveId}` : empty}
     ORDER BY i."sortOrder", i.code`;
  return rows.map((row) => {
    const indicator = {
      direction: row.direction,
      baselineYear: row.baseline_year,
      baselineValue: row.baseline_value,
      targetYear: row.target_year,
      targetValue: row.target_value,
      observations: row.series ?? [],
    };
    return {
      code: row.code,
      nameVi: row.name_vi,
      nameEn: row.name_en,
      unitVi: row.unit_vi,
      unitEn: row.unit_en,
      direction: row.direction,
      objectiveCode: row.objective_code,
      baselineYear: row.baseline_year,
      baselineValue: row.baseline_value,
      targetYear: row.target_year,
      targetValue: row.target_value,
      targetConfidence: row.target_confidence,
      latest:
        row.latest_year === null || row.latest_value === null
          ? null
          : { year: row.latest_year, value: row.latest_value, asOfDate: row.latest_as_of, sourceUrls: row.latest_sources ?? [], sourceNote: row.latest_note, confidence: row.latest_confidence ?? "CONFIRMED" },
      progress: summarizeProgress(indicator),
    };
  });
}


// Every indicator (those of the task group's objective when a task group is chosen) with its latest national
// value, source, confidence, target and progress status.
export async function getHeadlineIndicators(viewer: Viewer, filters: DashboardFilters, now = new Date()): Promise<IndicatorOverview> {
  authorize(viewer, "dashboard:read");
  const indicators = await headlineIndicators(scopeOf(filters, now));
  return { indicators, statusCounts: countByStatus(indicators.map((i) => i.progress.status), PROGRESS_STATUSES) };
}

// ───────────────────────── task completion ─────────────────────────


function taskCompletion(scope: Scope): Promise<TaskCompletion> {
  return rollup("completion", scope, null, () => computeTaskCompletion(scope));
}

async function computeTaskCompletion(scope: Scope): Promise<TaskCompletion> {
  const cte = scopedTasks(scope);
  type Row = CompletionSqlRow & { code: string | null; title_vi: string; title_en: string };
  const [byObjective, byTaskGroup, [total]] = await Promise.all([
    db.$queryRaw<Row[]>`
      WITH ${cte}
      SELECT ob.code, ob."titleVi" AS title_vi, ob."titleEn" AS title_en, ${completionColumns("st")}
        FROM "Objective" ob
        LEFT JOIN "_TaskObjectives" tob ON tob."A" = ob.id
        LEFT JOIN scoped_tasks st ON st.id = tob."B"
       WHERE ob.level = 'SPECIFIC'
       GROUP BY ob.id
       ORDER BY ob."sortOrder", ob.code`,
    db.$queryRaw<Row[]>`
      WITH ${cte}
      SELECT * FROM (
        SELECT tg.code, tg."nameVi" AS title_vi, tg."nameEn" AS title_en, tg."sortOrder" AS sort_order, ${completionColumns("st")}
          FROM "TaskGroup" tg
          LEFT JOIN scoped_tasks st ON st.task_group_id = tg.id
         GROUP BY tg.id
        UNION ALL
        SELECT NULL, '', '', 1000, ${completionColumns("st")}
          FROM scoped_tasks st
         WHERE st.task_group_id IS NULL
        HAVING COUNT(*) > 0
      ) groups
      ORDER BY sort_order, code`,
    db.$queryRaw<CompletionSqlRow[]>`WITH ${cte} SELECT ${completionColumns("st")} FROM scoped_tasks st`,
  ]);
  const toRow = (row: Row): CompletionRow => ({ code: row.code, titleVi: row.title_vi, titleEn: row.title_en, ...toCompletion(row) });
  return { byObjective: byObjective.map(toRow), byTaskGroup: byTaskGroup.map(toRow), total: toCompletion(total!) };
}

// Task counts by status, overdue, % complete and average progress, by specific objective (a task linked to
// two objectives counts under both) and by task group, plus the distinct total.
export async function getTaskCompletion(viewer: Viewer, filters: DashboardFilters, now = new Date()): Promise<TaskCompletion> {
  authorize(viewer, "dashboard:read");
  return taskCompletion(scopeOf(filters, now));
}

// ───────────────────────── overdue tasks ─────────────────────────


type TaskSqlRow = {
  id: string;
  code: string;
  title_vi: string;
  title_en: string | null;
  status: TaskStatusKey;
  progress: number;
  due_date: string | null;
  days_overdue: number | null;
  plan_id: string;
  plan_title: string;
  organization_id: string;
  organization_code: string;
  organization_name_vi: string;
  organization_name_en: string | null;
  total_rows: number;
};

function taskColumns(scope: Scope): Prisma.Sql {
  return sql`st.id, st.code, t."titleVi" AS title_vi, t."titleEn" AS title_en, st.status, st.progress, st.due_date::text AS due_date,
    CASE WHEN st.is_overdue THEN (${scope.today}::date - st.due_date)::int END AS days_overdue,
    p.id AS plan_id, p.title AS plan_title, o.id AS organization_id, o.code AS organization_code,
    o."nameVi" AS organization_name_vi, o."nameEn" AS organization_name_en, COUNT(*) OVER ()::int AS total_rows`;
}

const TASK_JOINS = sql`JOIN "PlanTask" t ON t.id = st.id JOIN "ActionPlan" p ON p.id = st.plan_id JOIN "Organization" o ON o.id = st.organization_id`;

function toTaskItem(row: TaskSqlRow): TaskListItem {
  return {
    id: row.id,
    code: row.code,
    titleVi: row.title_vi,
    titleEn: row.title_en,
    status: row.status,
    progress: row.progress,
    dueDate: row.due_date,
    daysOverdue: row.days_overdue,
    plan: { id: row.plan_id, title: row.plan_title },
    organization: { id: row.organization_id, code: row.organization_code, nameVi: row.organization_name_vi, nameEn: row.organization_name_en },
  };
}


function overdueTasks(scope: Scope, limit: number | null): Promise<OverdueTasks> {
  return rollup("overdue", scope, limit, () => computeOverdueTasks(scope, limit));
}

async function computeOverdueTasks(scope: Scope, limit: number | null): Promise<OverdueTasks> {
  const rows = await db.$queryRaw<TaskSqlRow[]>`
    WITH ${scopedTasks(scope)}
    SELECT ${taskColumns(scope)}
      FROM scoped_tasks st ${TASK_JOINS}
     WHERE st.is_overdue
     ORDER BY st.due_date, o.code, st.code
     ${limit === null ? empty : sql`LIMIT ${limit}`}`;
  return { total: rows[0]?.total_rows ?? 0, tasks: rows.map(toTaskItem) };
}

// Tasks past their due date and neither completed nor cancelled, the longest overdue first (`limit` rows, with
// the total count).
export async function listOverdueTasks(viewer: Viewer, filters: DashboardFilters, now = new Date(), options: { limit?: number | null } = {}): Promise<OverdueTasks> {
  authorize(viewer, "dashboard:read");
  return overdueTasks(scopeOf(filters, now), options.limit === undefined ? 20 : options.limit);
}

// ───────────────────────── breakthrough initiatives ─────────────────────────


function breakthroughs(scope: Scope): Promise<Breakthroughs> {
  return rollup("breakthroughs", scope, null, () => computeBreakthroughs(scope));
}

async function computeBreakthroughs(scope: Scope): Promise<Breakthroughs> {
  const cte = scopedTasks(scope);
  const [byPhase, [total], tasks] = await Promise.all([
    db.$queryRaw<(CompletionSqlRow & { phase: string | null })[]>`
      WITH ${cte}
      SELECT NULLIF(btrim(st.phase), '') AS phase, ${completionColumns("st")}
        FROM scoped_tasks st
       WHERE st.is_breakthrough
       GROUP BY 1
       ORDER BY 1 NULLS LAST`,
    db.$queryRaw<CompletionSqlRow[]>`WITH ${cte} SELECT ${completionColumns("st")} FROM scoped_tasks st WHERE st.is_breakthrough`,
    db.$queryRaw<(TaskSqlRow & { phase: string | null })[]>`
      WITH ${cte}
      SELECT ${taskColumns(scope)}, NULLIF(btrim(st.phase), '') AS phase FROM scoped_tasks st ${TASK_JOINS}
       WHERE st.is_breakthrough
       ORDER BY st.phase NULLS LAST, o.code, st.code
       LIMIT 100`,
  ]);
  return { byPhase: byPhase.map((row) => ({ phase: row.phase, ...toCompletion(row) })), total: toCompletion(total!), tasks: tasks.map((row) => ({ ...toTaskItem(row), phase: row.phase })) };
}

// Breakthrough initiatives (tasks flagged as such) by phase and status.
export async function getBreakthroughs(viewer: Viewer, filters: DashboardFilters, now = new Date()): Promise<Breakthroughs> {
  authorize(viewer, "dashboard:read");
  return breakthroughs(scopeOf(filters, now));
}

// ───────────────────────── plan coverage ─────────────────────────



function planCoverage(scope: Scope): Promise<PlanCoverage> {
  return rollup("coverage", scope, null, () => computePlanCoverage(scope));
}

async function computePlanCoverage(scope: Scope): Promise<PlanCoverage> {
  const cte = scopedTasks(scope);
  type OrgRow = { id: string; code: string; name_vi: string; name_en: string | null; short_name_vi: string | null; kind: string; region: string | null };
  type CoverageRow = OrgRow & { plan_state: PlanState; plan_id: string | null; n_total: number; n_approved: number; n_submitted: number; n_preparation: number; n_none: number };
  type MatrixRow = OrgRow & { counts: Record<string, number>; unlinked: number; total: number };
  type ObjectiveRow = { code: string; title_vi: string; title_en: string; task_count: number };
  const [coverage, matrix, objectives] = await Promise.all([
    db.$queryRaw<CoverageRow[]>`
      WITH orgs AS (
        SELECT o.id, o.code, o."nameVi" AS name_vi, o."nameEn" AS name_en, o."shortNameVi" AS short_name_vi, o.kind::text AS kind, o.region::text AS region
          FROM "Organization" o
         WHERE ${organizationCondition(scope)} ${operatingCondition(scope)}
      ), states AS (
        SELECT orgs.*,
               CASE WHEN bool_or(p.status IN ${IN_FORCE}) THEN 'APPROVED'
                    WHEN bool_or(p.status = 'SUBMITTED') THEN 'SUBMITTED'
                    WHEN bool_or(p.status IN ('DRAFT', 'RETURNED')) THEN 'IN_PREPARATION'
                    ELSE 'NONE' END AS plan_state,
               (array_agg(p.id ORDER BY (p.status IN ${IN_FORCE}) DESC, p."updatedAt" DESC) FILTER (WHERE p.id IS NOT NULL))[1] AS plan_id
          FROM orgs
          LEFT JOIN "ActionPlan" p ON p."organizationId" = orgs.id ${planYearCondition(scope)}
         GROUP BY orgs.id, orgs.code, orgs.name_vi, orgs.name_en, orgs.short_name_vi, orgs.kind, orgs.region
      )
      SELECT states.*,
             COUNT(*) OVER ()::int AS n_total,
             COUNT(*) FILTER (WHERE plan_state = 'APPROVED') OVER ()::int AS n_approved,
             COUNT(*) FILTER (WHERE plan_state = 'SUBMITTED') OVER ()::int AS n_submitted,
             COUNT(*) FILTER (WHERE plan_state = 'IN_PREPARATION') OVER ()::int AS n_preparation,
             COUNT(*) FILTER (WHERE plan_state = 'NONE') OVER ()::int AS n_none
        FROM states
       ORDER BY CASE plan_state WHEN 'NONE' THEN 0 WHEN 'IN_PREPARATION' THEN 1 WHEN 'SUBMITTED' THEN 2 ELSE 3 END, kind, code`,
    db.$queryRaw<MatrixRow[]>`
      WITH ${cte},
      links AS (
        SELECT st.organization_id, st.id AS task_id, ob.code
          FROM scoped_tasks st
          LEFT JOIN "_TaskObjectives" tob ON tob."B" = st.id
          LEFT JOIN "Objective" ob ON ob.id = tob."A" AND ob.level = 'SPECIFIC'
      ), per_task AS (
        SELECT organization_id, task_id, bool_and(code IS NULL) AS is_unlinked FROM links GROUP BY 1, 2
      ), per_objective AS (
        SELECT organization_id, code, COUNT(DISTINCT task_id)::int AS n FROM links WHERE code IS NOT NULL GROUP BY 1, 2
      ), per_org AS (
        SELECT organization_id, COUNT(*)::int AS total, COUNT(*) FILTER (WHERE is_unlinked)::int AS unlinked FROM per_task GROUP BY 1
      ), counts AS (
        -- Grouped once and joined: a correlated subquery here rescanned per_objective for every organization.
        SELECT organization_id, jsonb_object_agg(code, n) AS counts FROM per_objective GROUP BY 1
      )
      SELECT o.id, o.code, o."nameVi" AS name_vi, o."nameEn" AS name_en, o."shortNameVi" AS short_name_vi, o.kind::text AS kind, o.region::text AS region,
             per_org.total, per_org.unlinked,
             COALESCE(counts.counts, '{}'::jsonb) AS counts
        FROM per_org JOIN "Organization" o ON o.id = per_org.organization_id
        LEFT JOIN counts ON counts.organization_id = per_org.organization_id
       ORDER BY o.kind, o.code`,
    db.$queryRaw<ObjectiveRow[]>`
      WITH ${cte}
      SELECT ob.code, ob."titleVi" AS title_vi, ob."titleEn" AS title_en,
             (SELECT COUNT(*) FROM "_TaskObjectives" tob JOIN scoped_tasks st ON st.id = tob."B" WHERE tob."A" = ob.id)::int AS task_count
        FROM "Objective" ob
       WHERE ob.level = 'SPECIFIC'
       ORDER BY ob."sortOrder", ob.code`,
  ]);
  const toOrg = (row: OrgRow): OrganizationRef => ({ id: row.id, code: row.code, nameVi: row.name_vi, nameEn: row.name_en, shortNameVi: row.short_name_vi, kind: row.kind, region: row.region });
  const toObjective = (row: ObjectiveRow): ObjectiveRef => ({ code: row.code, titleVi: row.title_vi, titleEn: row.title_en });
  const first = coverage[0];
  return {
    totals: {
      organizations: first?.n_total ?? 0,
      approved: first?.n_approved ?? 0,
      submitted: first?.n_submitted ?? 0,
      inPreparation: first?.n_preparation ?? 0,
      none: first?.n_none ?? 0,
    },
    organizations: coverage.map((row) => ({ ...toOrg(row), planState: row.plan_state, planId: row.plan_id })),
    objectives: objectives.map(toObjective),
    matrix: matrix.map((row) => ({ organization: toOrg(row), counts: row.counts, unlinked: row.unlinked, total: row.total })),
    unaddressedObjectives: objectives.filter((row) => row.task_count === 0).map(toObjective),
  };
}

// Which organizations of the filtered kinds have a plan in force (approved, or approved and under revision),
// the objectives × organizations matrix of tasks, and the specific objectives no plan in force addresses.
export async function getPlanCoverage(viewer: Viewer, filters: DashboardFilters, now = new Date()): Promise<PlanCoverage> {
  authorize(viewer, "dashboard:read");
  return planCoverage(scopeOf(filters, now));
}

// ───────────────────────── reporting compliance ─────────────────────────



type PeriodSqlRow = {
  period_id: string;
  kind: PeriodKind;
  year: number;
  number: number;
  deadline: string;
  owed: number;
  on_time: number;
  late: number;
  missing: number;
  returned: number;
  not_due: number;
  timeliness: number | null;
};

function periodAggregate(cells: Prisma.Sql, onlyDue: boolean): Prisma.Sql {
  return sql`
    WITH ${cells}
    SELECT period_id, kind, year, number, deadline::text AS deadline,
           COUNT(*)::int AS owed,
           COUNT(*) FILTER (WHERE status = 'ON_TIME')::int AS on_time,
           COUNT(*) FILTER (WHERE status = 'LATE')::int AS late,
           COUNT(*) FILTER (WHERE status = 'MISSING')::int AS missing,
           COUNT(*) FILTER (WHERE status = 'RETURNED')::int AS returned,
           COUNT(*) FILTER (WHERE status = 'NOT_DUE')::int AS not_due,
           (COUNT(*) FILTER (WHERE status = 'ON_TIME' OR (status = 'RETURNED' AND on_time_first)))::float8
             / NULLIF(COUNT(*) FILTER (WHERE status <> 'NOT_DUE'), 0) AS timeliness
      FROM cells
     GROUP BY period_id, kind, year, number, deadline
     ${onlyDue ? sql`HAVING COUNT(*) FILTER (WHERE status <> 'NOT_DUE') > 0` : empty}
     ORDER BY deadline, ${PERIOD_KIND_RANK(sql`kind`)}`;
}

function toPeriodCompliance(row: PeriodSqlRow): PeriodCompliance {
  return {
    periodId: row.period_id,
    kind: row.kind,
    year: row.year,
    number: row.number,
    deadline: row.deadline,
    owed: row.owed,
    onTime: row.on_time,
    late: row.late,
    missing: row.missing,
    returned: row.returned,
    notDue: row.not_due,
    timeliness: row.timeliness,
  };
}

function reportingCompliance(scope: Scope): Promise<ReportingCompliance> {
  return rollup("compliance", scope, null, () => computeReportingCompliance(scope));
}

async function computeReportingCompliance(scope: Scope): Promise<ReportingCompliance> {
  const [trendRows, periodRows] = await Promise.all([
    db.$queryRaw<PeriodSqlRow[]>(periodAggregate(complianceCells(scope), true)),
    scope.filters.period ? db.$queryRaw<PeriodSqlRow[]>(periodAggregate(complianceCells(scope, { periodId: scope.filters.period, ignoreYear: true }), false)) : Promise.resolve(null),
  ]);
  const trend = trendRows.map(toPeriodCompliance);
  // The latest due period: the last deadline that has passed (at equal deadlines the annual report, which
  // covers the six-month one, comes last); or the period asked for.
  const latest = periodRows ? (periodRows[0] ? toPeriodCompliance(periodRows[0]) : null) : (trend.at(-1) ?? null);
  return { latest, trend };
}

// On time / late / missing / returned for the latest due period (or the chosen one), and the timeliness of
// every due period (of the year under review, if any) as a trend.
export async function getReportingCompliance(viewer: Viewer, filters: DashboardFilters, now = new Date()): Promise<ReportingCompliance> {
  authorize(viewer, "dashboard:read");
  return reportingCompliance(scopeOf(filters, now));
}


// The periods organizations owe (report types with at least one obligation), newest first, for the filter.
export async function listDashboardPeriods(viewer: Viewer): Promise<DashboardPeriodOption[]> {
  authorize(viewer, "dashboard:read");
  return cachedRollup("periods", listPeriods);
}

async function listPeriods(): Promise<DashboardPeriodOption[]> {
  const rows = await db.reportingPeriod.findMany({
    where: { reportType: { isActive: true, expectations: { some: {} } } },
    select: { id: true, kind: true, year: true, number: true, deadline: true },
    orderBy: [{ deadline: "desc" }, { kind: "asc" }],
  });
  return rows.map((p) => ({ id: p.id, kind: p.kind, year: p.year, number: p.number, deadline: p.deadline.toISOString().slice(0, 10) }));
}

// ───────────────────────── delivery versus outcome ─────────────────────────


function deliveryOutcome(completion: TaskCompletion, indicators: HeadlineIndicator[]): DeliveryOutcome {
  const flags = flagDeliveryOutcome(
    completion.byObjective.map((row) => ({
      objectiveCode: row.code ?? "",
      completionRate: row.completionRate,
      taskCount: row.total,
      indicators: indicators.filter((i) => i.objectiveCode === row.code).map((i) => ({ code: i.code, status: i.progress.status })),
    })),
  );
  const titles = new Map(completion.byObjective.map((row) => [row.code, row]));
  const withTitle = (flag: DeliveryOutcomeFlag): DivergenceFlag => ({ ...flag, titleVi: titles.get(flag.objectiveCode)?.titleVi ?? "", titleEn: titles.get(flag.objectiveCode)?.titleEn ?? "" });
  return { deliveryAhead: flags.deliveryAhead.map(withTitle), outcomeAhead: flags.outcomeAhead.map(withTitle) };
}

// Objectives whose tasks are ≥ 80 % complete while their indicators are limited, deteriorating or without
// data, and objectives whose indicators progress substantially while their tasks are < 30 % complete. The
// indicators are those of the objective, whatever the task group chosen.
export async function getDeliveryOutcomeFlags(viewer: Viewer, filters: DashboardFilters, now = new Date()): Promise<DeliveryOutcome> {
  authorize(viewer, "dashboard:read");
  const scope = scopeOf(filters, now);
  const [completion, indicators] = await Promise.all([taskCompletion(scope), headlineIndicators(scopeOf({ ...filters, taskGroup: undefined }, now))]);
  return deliveryOutcome(completion, indicators);
}

// ───────────────────────── the whole overview ─────────────────────────


// Every number of the overview page, computed by the same functions the widgets call.
export async function getDashboardSummary(viewer: Viewer, filters: DashboardFilters, now = new Date(), options: { overdueLimit?: number | null } = {}): Promise<DashboardSummary> {
  authorize(viewer, "dashboard:read");
  const scope = scopeOf(filters, now);
  const overdueLimit = options.overdueLimit === undefined ? 20 : options.overdueLimit;
  const numbers = await rollup("summary", scope, overdueLimit, () => summaryNumbers(scope, overdueLimit));
  return { filters, asOf: { now: now.toISOString(), today: scope.today }, ...numbers };
}

// The summary as the API sends it (JSON text). The numbers are serialised once per data version and spliced
// after the request's own `filters` and `asOf`, so a warm request costs no serialisation of the roll-ups.
// `coverage: "summary"` replaces the per-organization coverage (every organization, and the organization ×
// objective matrix: over a megabyte at ten times national size) with the bounded form the overview page shows.
export async function getDashboardSummaryJson(
  viewer: Viewer,
  filters: DashboardFilters,
  now = new Date(),
  options: { overdueLimit?: number | null; coverage?: "summary" | "full" } = {},
): Promise<string> {
  authorize(viewer, "dashboard:read");
  const scope = scopeOf(filters, now);
  const overdueLimit = options.overdueLimit === undefined ? 20 : options.overdueLimit;
  const coverage = options.coverage ?? "summary";
  const numbers = await rollup("summary-json", scope, [overdueLimit, coverage], async () => {
    const full = await rollup("summary", scope, overdueLimit, () => summaryNumbers(scope, overdueLimit));
    return JSON.stringify(coverage === "full" ? full : { ...full, coverage: summarizeCoverage(full.coverage) });
  });
  const head = JSON.stringify({ filters, asOf: { now: now.toISOString(), today: scope.today } });
  return numbers === "{}" ? head : `${head.slice(0, -1)},${numbers.slice(1)}`;
}

async function summaryNumbers(scope: Scope, overdueLimit: number | null): Promise<Omit<DashboardSummary, "filters" | "asOf">> {
  const [indicators, allIndicators, completion, overdue, initiatives, coverage, compliance] = await Promise.all([
    headlineIndicators(scope),
    scope.filters.taskGroup ? headlineIndicators({ ...scope, filters: { ...scope.filters, taskGroup: undefined } }) : null,
    taskCompletion(scope),
    overdueTasks(scope, overdueLimit),
    breakthroughs(scope),
    planCoverage(scope),
    reportingCompliance(scope),
  ]);
  return {
    indicators: { indicators, statusCounts: countByStatus(indicators.map((i) => i.progress.status), PROGRESS_STATUSES) },
    taskCompletion: completion,
    overdue,
    breakthroughs: initiatives,
    coverage,
    compliance,
    deliveryOutcome: deliveryOutcome(completion, allIndicators ?? indicators),
  };
}

// ───────────────────────── organization scorecards ─────────────────────────


type ScorecardSqlRow = {
  id: string;
  code: string;
  name_vi: string;
  name_en: string | null;
  short_name_vi: string | null;
  kind: string;
  region: string | null;
  is_active: boolean;
  plan_state: PlanState;
  plan_id: string | null;
  task_count: number;
  completed: number;
  cancelled: number;
  overdue: number;
  completion_rate: number | null;
  average_progress: number | null;
  due_reports: number;
  on_time_reports: number;
  timeliness: number | null;
  report_id: string | null;
  report_status: "DRAFT" | "SUBMITTED" | "RETURNED" | "ACCEPTED" | null;
  period_id: string | null;
  period_kind: PeriodKind | null;
  period_year: number | null;
  period_number: number | null;
  total_rows: number;
};

// Vietnamese alphabetical order (đ after d, not after z) needs ICU, which PostgreSQL builds include by default;
// without it names sort by code point rather than failing.
let vietnameseCollation: Promise<boolean> | undefined;
function hasVietnameseCollation(): Promise<boolean> {
  vietnameseCollation ??= db.$queryRaw<{ found: boolean }[]>`SELECT EXISTS (SELECT 1 FROM pg_collation WHERE collname = 'vi-x-icu') AS found`
    .then((rows) => rows[0]?.found ?? false)
    .catch(() => false);
  return vietnameseCollation;
}

// Whitelisted ORDER BY fragments; the direction is one of two constants.
const SCORECARD_ORDER: Record<ScorecardSort, Prisma.Sql> = {
  name: sql`COALESCE(short_name_vi, name_vi)`,
  code: sql`code`,
  kind: sql`kind`,
  region: sql`region`,
  plan: sql`plan_rank`,
  tasks: sql`task_count`,
  complete: sql`completion_rate`,
  overdue: sql`overdue`,
  lastReport: sql`last_report_end`,
  timeliness: sql`timeliness`,
};

function scorecardRows(scope: Scope, order: { sort: ScorecardSort; dir: SortDirection }, page: { limit: number; offset: number } | null): Promise<{ rows: Scorecard[]; total: number }> {
  return rollup("scorecards", scope, [order, page], () => computeScorecardRows(scope, order, page));
}

async function computeScorecardRows(scope: Scope, order: { sort: ScorecardSort; dir: SortDirection }, page: { limit: number; offset: number } | null): Promise<{ rows: Scorecard[]; total: number }> {
  const year = scope.filters.year;
  const column =
    order.sort === "name" && (await hasVietnameseCollation()) ? sql`COALESCE(short_name_vi, name_vi) COLLATE "vi-x-icu"` : (SCORECARD_ORDER[order.sort] ?? SCORECARD_ORDER.name);
  const direction = order.dir === "desc" ? sql`DESC` : sql`ASC`;
  const rows = await db.$queryRaw<ScorecardSqlRow[]>`
    WITH ${scopedTasks(scope)}, ${complianceCells(scope)},
    orgs AS (
      SELECT o.id, o.code, o."nameVi" AS name_vi, o."nameEn" AS name_en, o."shortNameVi" AS short_name_vi, o.kind::text AS kind,
             o.region::text AS region, o."isActive" AS is_active
        FROM "Organization" o
       WHERE ${organizationCondition(scope)} ${operatingCondition(scope)}
    ), task_stats AS (
      SELECT organization_id, COUNT(*)::int AS total,
             COUNT(*) FILTER (WHERE status = 'COMPLETED')::int AS completed,
             COUNT(*) FILTER (WHERE status = 'CANCELLED')::int AS cancelled,
             COUNT(*) FILTER (WHERE is_overdue)::int AS overdue,
             (AVG(progress) FILTER (WHERE status <> 'CANCELLED'))::float8 AS average_progress
        FROM scoped_tasks GROUP BY organization_id
    ), plan_stats AS (
      SELECT p."organizationId" AS organization_id,
             CASE WHEN bool_or(p.status IN ${IN_FORCE}) THEN 'APPROVED'
                  WHEN bool_or(p.status = 'SUBMITTED') THEN 'SUBMITTED'
                  ELSE 'IN_PREPARATION' END AS plan_state,
             (array_agg(p.id ORDER BY (p.status IN ${IN_FORCE}) DESC, p."updatedAt" DESC))[1] AS plan_id
        FROM "ActionPlan" p
       WHERE p."organizationId" IN (SELECT id FROM orgs) ${planYearCondition(scope)}
       GROUP BY p."organizationId"
    ), timeliness AS (
      SELECT organization_id,
             COUNT(*) FILTER (WHERE status <> 'NOT_DUE')::int AS due,
             COUNT(*) FILTER (WHERE status = 'ON_TIME' OR (status = 'RETURNED' AND on_time_first))::int AS on_time
        FROM cells GROUP BY organization_id
    ), last_report AS (
      SELECT DISTINCT ON (r."organizationId") r."organizationId" AS organization_id, r.id AS report_id, r.status::text AS report_status,
             per.id AS period_id, per.kind::text AS period_kind, per.year AS period_year, per.number AS period_number, per."cutoffEnd" AS period_end
        FROM "ProgressReport" r
        JOIN "ReportingPeriod" per ON per.id = r."periodId"
       WHERE r."organizationId" IN (SELECT id FROM orgs) ${year ? sql`AND per.year <= ${year}::int` : empty}
       ORDER BY r."organizationId", per."cutoffEnd" DESC, ${PERIOD_KIND_RANK(sql`per.kind::text`)} DESC
    )
    SELECT orgs.*, COALESCE(ps.plan_state, 'NONE') AS plan_state, ps.plan_id,
           CASE COALESCE(ps.plan_state, 'NONE') WHEN 'APPROVED' THEN 0 WHEN 'SUBMITTED' THEN 1 WHEN 'IN_PREPARATION' THEN 2 ELSE 3 END AS plan_rank,
           COALESCE(ts.total, 0) AS task_count, COALESCE(ts.completed, 0) AS completed, COALESCE(ts.cancelled, 0) AS cancelled,
           COALESCE(ts.overdue, 0) AS overdue,
           ts.completed::float8 / NULLIF(ts.total - ts.cancelled, 0) AS completion_rate, ts.average_progress,
           COALESCE(tl.due, 0) AS due_reports, COALESCE(tl.on_time, 0) AS on_time_reports,
           tl.on_time::float8 / NULLIF(tl.due, 0) AS timeliness,
           lr.report_id, lr.report_status, lr.period_id, lr.period_kind, lr.period_year, lr.period_number, lr.period_end AS last_report_end,
           COUNT(*) OVER ()::int AS total_rows
      FROM orgs
      LEFT JOIN plan_stats ps ON ps.organization_id = orgs.id
      LEFT JOIN task_stats ts ON ts.organization_id = orgs.id
      LEFT JOIN timeliness tl ON tl.organization_id = orgs.id
      LEFT JOIN last_report lr ON lr.organization_id = orgs.id
     ORDER BY ${column} ${direction} NULLS LAST, code ASC
     ${page ? sql`LIMIT ${page.limit} OFFSET ${page.offset}` : empty}`;
  return {
    total: rows[0]?.total_rows ?? 0,
    rows: rows.map((row) => ({
      organization: { id: row.id, code: row.code, nameVi: row.name_vi, nameEn: row.name_en, shortNameVi: row.short_name_vi, kind: row.kind, region: row.region, isActive: row.is_active },
      planState: row.plan_state,
      planId: row.plan_id,
      tasks: row.task_count,
      completed: row.completed,
      cancelled: row.cancelled,
      overdue: row.overdue,
      completionRate: row.completion_rate,
      averageProgress: row.average_progress,
      dueReports: row.due_reports,
      onTimeReports: row.on_time_reports,
      timeliness: row.timeliness,
      lastReport:
        row.report_id && row.report_status && row.period_id && row.period_kind && row.period_year !== null && row.period_number !== null
          ? { id: row.report_id, status: row.report_status, periodId: row.period_id, kind: row.period_kind, year: row.period_year, number: row.period_number }
          : null,
    })),
  };
}


// Per organization: plan state, tasks, % complete, overdue, last report and timeliness; sortable, 50 a page.
export async function listScorecards(viewer: Viewer, query: ScorecardQuery, now = new Date()): Promise<ScorecardPage> {
  authorize(viewer, "dashboard:read");
  const scope = scopeOf(query, now);
  const order = { sort: query.sort, dir: query.dir };
  const requested = Math.max(1, Math.floor(query.page) || 1);
  let result = await scorecardRows(scope, order, { limit: SCORECARD_PAGE_SIZE, offset: (requested - 1) * SCORECARD_PAGE_SIZE });
  let page = requested;
  if (result.rows.length === 0 && requested > 1) {
    // A page past the end (a link kept after filtering): the last page instead of an empty one.
    const { total } = await scorecardRows(scope, order, { limit: 1, offset: 0 });
    page = clampPage(requested, total, SCORECARD_PAGE_SIZE);
    result = await scorecardRows(scope, order, { limit: SCORECARD_PAGE_SIZE, offset: (page - 1) * SCORECARD_PAGE_SIZE });
  }
  return { rows: result.rows, total: result.total, page, pageCount: pageCountOf(result.total, SCORECARD_PAGE_SIZE), pageSize: SCORECARD_PAGE_SIZE };
}

// Every scorecard of the filters, unpaginated (exports).
export async function listAllScorecards(viewer: Viewer, query: DashboardFilters & { sort?: ScorecardSort; dir?: SortDirection }, now = new Date()): Promise<Scorecard[]> {
  authorize(viewer, "dashboard:read");
  return (await scorecardRows(scopeOf(query, now), { sort: query.sort ?? "name", dir: query.dir ?? "asc" }, null)).rows;
}

// The 34 provinces and centrally-run cities for the tile map (the organization-kind filter does not apply).
export async function listProvinceScorecards(viewer: Viewer, filters: DashboardFilters, now = new Date()): Promise<Scorecard[]> {
  authorize(viewer, "dashboard:read");
  const scope = scopeOf({ ...filters, orgKind: "provinces", period: undefined }, now);
  return (await scorecardRows(scope, { sort: "code", dir: "asc" }, null)).rows;
}



// One organization's brief: its scorecard, tasks by group, overdue tasks, every owed period's status and its
// plans. The organization filters do not apply (the organization is chosen); year and task group do.
export async function getOrganizationScorecard(viewer: Viewer, organizationId: string, filters: DashboardFilters, now = new Date()): Promise<OrganizationScorecard> {
  authorize(viewer, "dashboard:read");
  const organization = await db.organization.findUnique({ where: { id: organizationId }, select: { id: true, kind: true } });
  if (!organization || !organizationKindsFor().includes(organization.kind)) throw new NotFoundError();
  const scope = scopeOf({ year: filters.year, taskGroup: filters.taskGroup }, now, { organizationId, includeInactive: true });
  const [cards, completion, overdue, cells, plans] = await Promise.all([
    scorecardRows(scope, { sort: "code", dir: "asc" }, null),
    taskCompletion(scope),
    overdueTasks(scope, null),
    db.$queryRaw<(Omit<OrganizationComplianceCell, "periodId" | "reportId"> & { period_id: string; report_id: string | null })[]>`
      WITH ${complianceCells(scope)}
      SELECT period_id, kind, year, number, deadline::text AS deadline, status, report_id
        FROM cells
       ORDER BY cells.deadline, ${PERIOD_KIND_RANK(sql`kind`)}`,
    db.actionPlan.findMany({ where: { organizationId }, select: { id: true, title: true, status: true, periodStart: true, periodEnd: true }, orderBy: { periodStart: "desc" } }),
  ]);
  const scorecard = cards.rows[0];
  if (!scorecard) throw new NotFoundError();
  return {
    scorecard,
    taskGroups: completion.byTaskGroup,
    overdue,
    compliance: cells.map((c) => ({ periodId: c.period_id, kind: c.kind, year: c.year, number: c.number, deadline: c.deadline, status: c.status, reportId: c.report_id })),
    plans,
  };
}

// ───────────────────────── objective drill-down ─────────────────────────



// An objective with its indicators (and status), the tasks in force that serve it across organizations
// (filterable by organization kind, 50 a page), the organizations involved, and for each task the reports in
// which it appears. null when no objective has the code.
export async function getObjectiveDetail(viewer: Viewer, code: string, query: { orgKind?: DashboardOrganizationGroup; page?: number }, now = new Date()): Promise<ObjectiveDetail | null> {
  authorize(viewer, "dashboard:read");
  const objective = await db.objective.findUnique({
    where: { code },
    select: { id: true, code: true, level: true, titleVi: true, titleEn: true, sourceUrls: true, taskGroup: { select: { code: true, nameVi: true, nameEn: true } } },
  });
  if (!objective) return null;
  const scope = scopeOf({ orgKind: query.orgKind }, now, { objectiveId: objective.id });
  const cte = scopedTasks(scope);
  type OrgRow = CompletionSqlRow & { id: string; code: string; name_vi: string; name_en: string | null; short_name_vi: string | null; kind: string; region: string | null; plans: { id: string; title: string }[] };
  const [indicators, [completion], organizations] = await Promise.all([
    headlineIndicators(scopeOf({}, now), { objectiveId: objective.id }),
    db.$queryRaw<CompletionSqlRow[]>`WITH ${cte} SELECT ${completionColumns("st")} FROM scoped_tasks st`,
    db.$queryRaw<OrgRow[]>`
      WITH ${cte}
      SELECT o.id, o.code, o."nameVi" AS name_vi, o."nameEn" AS name_en, o."shortNameVi" AS short_name_vi, o.kind::text AS kind, o.region::text AS region,
             (SELECT json_agg(json_build_object('id', p.id, 'title', p.title) ORDER BY p."periodStart", p.title)
                FROM "ActionPlan" p WHERE p.id IN (SELECT plan_id FROM scoped_tasks s2 WHERE s2.organization_id = o.id)) AS plans,
             ${completionColumns("st")}
        FROM scoped_tasks st JOIN "Organization" o ON o.id = st.organization_id
       GROUP BY o.id
       ORDER BY o.kind, o.code`,
  ]);
  const total = completion!.total;
  const page = clampPage(query.page ?? 1, total, SCORECARD_PAGE_SIZE);
  const tasks = await db.$queryRaw<(TaskSqlRow & { reports: ObjectiveTask["reports"] | null })[]>`
    WITH ${cte}
    SELECT ${taskColumns(scope)},
           (SELECT json_agg(json_build_object('id', r.id, 'status', r.status, 'kind', per.kind, 'year', per.year, 'number', per.number) ORDER BY per."cutoffEnd", per.kind)
              FROM "ReportTaskRow" rr
              JOIN "ProgressReport" r ON r.id = rr."reportId"
              JOIN "ReportingPeriod" per ON per.id = r."periodId"
             WHERE rr."taskId" = st.id) AS reports
      FROM scoped_tasks st ${TASK_JOINS}
     ORDER BY o.kind, o.code, st.code
     LIMIT ${SCORECARD_PAGE_SIZE} OFFSET ${(page - 1) * SCORECARD_PAGE_SIZE}`;
  return {
    objective: { code: objective.code, level: objective.level, titleVi: objective.titleVi, titleEn: objective.titleEn, sourceUrls: objective.sourceUrls, taskGroup: objective.taskGroup },
    indicators,
    completion: toCompletion(completion!),
    organizations: organizations.map((row) => ({
      id: row.id,
      code: row.code,
      nameVi: row.name_vi,
      nameEn: row.name_en,
      shortNameVi: row.short_name_vi,
      kind: row.kind,
      region: row.region,
      plans: row.plans ?? [],
      ...toCompletion(row),
    })),
    tasks: tasks.map((row) => ({ ...toTaskItem(row), reports: row.reports ?? [] })),
    total,
    page,
    pageCount: pageCountOf(total, SCORECARD_PAGE_SIZE),
    pageSize: SCORECARD_PAGE_SIZE,
  };
}
