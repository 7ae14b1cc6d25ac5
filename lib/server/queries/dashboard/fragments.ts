// SQL fragments the roll-ups are built from (the tasks in scope, the completion columns, the reporting cells,
// a task's list columns) and the mapping of their rows. Not `server-only`: see ./scope.ts.
import type { TaskStatusKey } from "@/lib/domain/dashboard-rollups";
import type { CompletionStats, TaskListItem } from "@/lib/domain/dashboard-types";
import { Prisma } from "@/lib/generated/prisma/client";
import { organizationCondition, type Scope } from "./scope";

const { sql, empty } = Prisma;

// The tasks in scope (the rows of the versions in force), as a CTE named scoped_tasks; `objective_ids` holds
// every objective the task serves (join objectives with `unnest`, see objectiveLinks()).
export function scopedTasks(scope: Scope): Prisma.Sql {
  const { year, taskGroup } = scope.filters;
  return sql`scoped_tasks AS (
    SELECT t.id, t.code, t."titleVi" AS title_vi, t."titleEn" AS title_en, t.status::text AS status, t.progress, t."dueDate" AS due_date,
           t."taskGroupId" AS task_group_id, t."isBreakthrough" AS is_breakthrough, t."breakthroughPhase" AS phase, t."planId" AS plan_id,
           t."organizationId" AS organization_id, t."objectiveIds" AS objective_ids,
           (t."dueDate" < ${scope.today}::date AND t.status NOT IN ('COMPLETED', 'CANCELLED')) AS is_overdue
    FROM "RollupTask" t
    JOIN "Organization" o ON o.id = t."organizationId"
    WHERE ${organizationCondition(scope)}
      ${taskGroup ? sql`AND t."taskGroupId" IN (SELECT id FROM "TaskGroup" WHERE code = ${taskGroup})` : empty}
      ${year ? sql`AND (t."startDate" IS NULL OR t."startDate" <= ${`${year}-12-31`}::date) AND (t."dueDate" IS NULL OR t."dueDate" >= ${`${year}-01-01`}::date)` : empty}
      ${scope.objectiveId ? sql`AND ${scope.objectiveId} = ANY(t."objectiveIds")` : empty}
  )`;
}

// The (objective, task) pairs of the tasks in scope, as a CTE named scoped_links (after scoped_tasks).
export const SCOPED_LINKS = sql`scoped_links AS (
    SELECT st.id AS task_id, link.objective_id FROM scoped_tasks st CROSS JOIN LATERAL unnest(st.objective_ids) AS link(objective_id)
  )`;

// Status counts, overdue count, % complete and average progress over the rows of `alias` (a scoped_tasks alias).
export function completionColumns(alias: string): Prisma.Sql {
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

export type CompletionSqlRow = {
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

export function toCompletion(row: CompletionSqlRow): CompletionStats {
  return {
    total: row.total,
    counts: {
      NOT_STARTED: row.not_started,
      IN_PROGRESS: row.in_progress,
      COMPLETED: row.completed,
      DELAYED: row.delayed,
      CANCELLED: row.cancelled,
    },
    overdue: row.overdue,
    completionRate: row.completion_rate,
    averageProgress: row.average_progress,
  };
}

// Reporting cells (one per owing organization and period), as a CTE named cells.
export function complianceCells(scope: Scope, options: { periodId?: string; ignoreYear?: boolean } = {}): Prisma.Sql {
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

// ───────────── task lists (overdue, breakthroughs, an objective's tasks) ─────────────

export type TaskSqlRow = {
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
  total_rows?: number; // with taskColumns(scope, true)
};

// `total_rows` (the count of every row the list was cut from) costs a full scan; a list that takes its count
// from the partial sums leaves it out (`withTotal: false`) and can stop at its limit.
export function taskColumns(scope: Scope, withTotal = true): Prisma.Sql {
  return sql`st.id, st.code, st.title_vi, st.title_en, st.status, st.progress, st.due_date::text AS due_date,
    CASE WHEN st.is_overdue THEN (${scope.today}::date - st.due_date)::int END AS days_overdue,
    p.id AS plan_id, p.title AS plan_title, o.id AS organization_id, o.code AS organization_code,
    o."nameVi" AS organization_name_vi, o."nameEn" AS organization_name_en${withTotal ? sql`, COUNT(*) OVER ()::int AS total_rows` : empty}`;
}

export const TASK_JOINS = sql`JOIN "ActionPlan" p ON p.id = st.plan_id JOIN "Organization" o ON o.id = st.organization_id`;

export function toTaskItem(row: TaskSqlRow): TaskListItem {
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
    organization: {
      id: row.organization_id,
      code: row.organization_code,
      nameVi: row.organization_name_vi,
      nameEn: row.organization_name_en,
    },
  };
}

// ───────────── partial sums per organization ("RollupCount") ─────────────

// Whether the roll-ups of `scope` can add up the per-organization partial sums: they are kept per task group
// and organization, not per year or objective of the drill-down (those scopes aggregate the tasks themselves).
export function countsCover(scope: Scope): boolean {
  return !scope.filters.year && !scope.objectiveId;
}

// The partial sums in scope, each with its overdue count for the day, as a CTE named scoped_counts.
export function scopedCounts(scope: Scope): Prisma.Sql {
  const { taskGroup } = scope.filters;
  return sql`scoped_counts AS (
    SELECT c."organizationId" AS organization_id, c."taskGroupId" AS task_group_id, c.dimension, c.key, c.total,
           c."notStarted" AS not_started, c."inProgress" AS in_progress, c.completed, c.delayed, c.cancelled,
           c."progressSum" AS progress_sum, c.unlinked,
           (SELECT COUNT(*) FROM unnest(c."openDue") AS due WHERE due < ${scope.today}::date)::int AS overdue
    FROM "RollupCount" c
    JOIN "Organization" o ON o.id = c."organizationId"
    WHERE ${organizationCondition(scope)}
      ${taskGroup ? sql`AND c."taskGroupId" IN (SELECT id FROM "TaskGroup" WHERE code = ${taskGroup})` : empty}
  )`;
}

// completionColumns() over partial sums (alias of scoped_counts rows): the same columns, the same arithmetic
// (average progress as numeric division, as AVG computes it).
export function countColumns(alias: string): Prisma.Sql {
  const a = Prisma.raw(alias);
  return sql`COALESCE(SUM(${a}.total), 0)::int AS total,
    COALESCE(SUM(${a}.not_started), 0)::int AS not_started,
    COALESCE(SUM(${a}.in_progress), 0)::int AS in_progress,
    COALESCE(SUM(${a}.completed), 0)::int AS completed,
    COALESCE(SUM(${a}.delayed), 0)::int AS delayed,
    COALESCE(SUM(${a}.cancelled), 0)::int AS cancelled,
    COALESCE(SUM(${a}.overdue), 0)::int AS overdue,
    (SUM(${a}.completed))::float8 / NULLIF(SUM(${a}.total) - SUM(${a}.cancelled), 0) AS completion_rate,
    (SUM(${a}.progress_sum)::numeric / NULLIF(SUM(${a}.total) - SUM(${a}.cancelled), 0))::float8 AS average_progress`;
}
