import "server-only";
import {
  clampPage,
  organizationKindsFor,
  pageCountOf,
  SCORECARD_PAGE_SIZE,
  type DashboardFilters,
  type ScorecardQuery,
  type ScorecardSort,
  type SortDirection,
} from "@/lib/domain/dashboard-filters";
import type { PlanState } from "@/lib/domain/dashboard-rollups";
import type { OrganizationComplianceCell, OrganizationScorecard, Scorecard, ScorecardPage } from "@/lib/domain/dashboard-types";
import { NotFoundError } from "@/lib/domain/errors";
import type { PeriodKind } from "@/lib/domain/reporting-calendar";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "../../db";
import { authorize } from "../../guards";
import { complianceCells, scopedCounts, scopedTasks } from "./fragments";
import { hasPartialSums } from "./partial-sums";
import { overdueTasks } from "./overdue";
import { rollup, type Viewer } from "./rollup";
import {
  operatingCondition,
  organizationCondition,
  PERIOD_KIND_RANK,
  planInForce,
  planUnderReview,
  planYearCondition,
  scopeOf,
  type Scope,
} from "./scope";
import { taskCompletion } from "./task-completion";

const { sql, empty } = Prisma;

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
  vietnameseCollation ??= db.$queryRaw<
    { found: boolean }[]
  >`SELECT EXISTS (SELECT 1 FROM pg_collation WHERE collname = 'vi-x-icu') AS found`
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

function scorecardRows(
  scope: Scope,
  order: { sort: ScorecardSort; dir: SortDirection },
  page: { limit: number; offset: number } | null,
): Promise<{ rows: Scorecard[]; total: number }> {
  return rollup("scorecards", scope, [order, page], () => computeScorecardRows(scope, order, page));
}

async function computeScorecardRows(
  scope: Scope,
  order: { sort: ScorecardSort; dir: SortDirection },
  page: { limit: number; offset: number } | null,
): Promise<{ rows: Scorecard[]; total: number }> {
  const year = scope.filters.year;
  const column =
    order.sort === "name" && (await hasVietnameseCollation())
      ? sql`COALESCE(short_name_vi, name_vi) COLLATE "vi-x-icu"`
      : (SCORECARD_ORDER[order.sort] ?? SCORECARD_ORDER.name);
  const direction = order.dir === "desc" ? sql`DESC` : sql`ASC`;
  const rows = await db.$queryRaw<ScorecardSqlRow[]>`
    WITH ${hasPartialSums(scope) ? scopedCounts(scope) : scopedTasks(scope)}, ${complianceCells(scope)},
    orgs AS (
      SELECT o.id, o.code, o."nameVi" AS name_vi, o."nameEn" AS name_en, o."shortNameVi" AS short_name_vi, o.kind::text AS kind,
             o.region::text AS region, o."isActive" AS is_active
        FROM "Organization" o
       WHERE ${organizationCondition(scope)} ${operatingCondition(scope)}
    ), task_stats AS (${
      hasPartialSums(scope)
        ? sql`
      SELECT organization_id, SUM(total)::int AS total, SUM(completed)::int AS completed, SUM(cancelled)::int AS cancelled,
             SUM(overdue)::int AS overdue,
             (SUM(progress_sum)::numeric / NULLIF(SUM(total) - SUM(cancelled), 0))::float8 AS average_progress
        FROM scoped_counts WHERE dimension = 'TASK' GROUP BY organization_id`
        : sql`
      SELECT organization_id, COUNT(*)::int AS total,
             COUNT(*) FILTER (WHERE status = 'COMPLETED')::int AS completed,
             COUNT(*) FILTER (WHERE status = 'CANCELLED')::int AS cancelled,
             COUNT(*) FILTER (WHERE is_overdue)::int AS overdue,
             (AVG(progress) FILTER (WHERE status <> 'CANCELLED'))::float8 AS average_progress
        FROM scoped_tasks GROUP BY organization_id`
    }
    ), plan_stats AS (
      SELECT p."organizationId" AS organization_id,
             CASE WHEN bool_or(${planInForce("p")}) THEN 'APPROVED'
                  WHEN bool_or(${planUnderReview("p")}) THEN 'SUBMITTED'
                  ELSE 'IN_PREPARATION' END AS plan_state,
             (array_agg(p.id ORDER BY (${planInForce("p")}) DESC, p."updatedAt" DESC))[1] AS plan_id
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
      organization: {
        id: row.id,
        code: row.code,
        nameVi: row.name_vi,
        nameEn: row.name_en,
        shortNameVi: row.short_name_vi,
        kind: row.kind,
        region: row.region,
        isActive: row.is_active,
      },
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
          ? {
              id: row.report_id,
              status: row.report_status,
              periodId: row.period_id,
              kind: row.period_kind,
              year: row.period_year,
              number: row.period_number,
            }
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
  return {
    rows: result.rows,
    total: result.total,
    page,
    pageCount: pageCountOf(result.total, SCORECARD_PAGE_SIZE),
    pageSize: SCORECARD_PAGE_SIZE,
  };
}

// Every scorecard of the filters, unpaginated (exports).
export async function listAllScorecards(
  viewer: Viewer,
  query: DashboardFilters & { sort?: ScorecardSort; dir?: SortDirection },
  now = new Date(),
): Promise<Scorecard[]> {
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
export async function getOrganizationScorecard(
  viewer: Viewer,
  organizationId: string,
  filters: DashboardFilters,
  now = new Date(),
): Promise<OrganizationScorecard> {
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
    db.actionPlan.findMany({
      where: { organizationId },
      select: { id: true, title: true, status: true, periodStart: true, periodEnd: true },
      orderBy: { periodStart: "desc" },
    }),
  ]);
  const scorecard = cards.rows[0];
  if (!scorecard) throw new NotFoundError();
  return {
    scorecard,
    taskGroups: completion.byTaskGroup,
    overdue,
    compliance: cells.map((c) => ({
      periodId: c.period_id,
      kind: c.kind,
      year: c.year,
      number: c.number,
      deadline: c.deadline,
      status: c.status,
      reportId: c.report_id,
    })),
    plans,
  };
}
