// The dashboards' scope: the filters of a request turned into SQL fragments every roll-up shares.
//
// Not `server-only`, on purpose: this module and ./fragments.ts hold SQL text and no data access, so the
// benchmark (scripts/bench/sql-floor.ts) builds its statements from them instead of keeping a copy.
//
// Scope rules, shared by every widget, the API and the exports:
// - tasks count when their plan has a version in force, as that version has them: the content last approved
//   (a plan under revision, and a revision awaiting review, keep showing it until the revision is approved), with
//   the status and progress reported since; the plan's organization must match the organization filters. Plans
//   never approved (drafts, first submissions, returned ones) do not count. The database keeps these rows
//   ("RollupPlan", "RollupTask", maintained by triggers: prisma/migrations/*_rollup_in_force);
// - a task is overdue when its due date is before today (Vietnamese calendar day) and it is neither
//   COMPLETED nor CANCELLED; % complete = COMPLETED / non-cancelled tasks; average progress over
//   non-cancelled tasks;
// - reporting cells follow complianceStatus() (lib/domain/report-rules.ts): an organization owes a period of a
//   report type it is expected to send when it existed on the period's cut-off end.
import { includesInactiveOrganizations, organizationKindsFor, type DashboardFilters } from "@/lib/domain/dashboard-filters";
import { vietnamCalendarDay } from "@/lib/domain/report-obligations";
import { Prisma } from "@/lib/generated/prisma/client";

const { sql, join, empty } = Prisma;

export type Scope = {
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
export function scopeOf(
  filters: DashboardFilters,
  now: Date,
  extra: Partial<Pick<Scope, "organizationId" | "objectiveId" | "includeInactive">> = {},
): Scope {
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
export function organizationCondition(scope: Scope): Prisma.Sql {
  const kinds = organizationKindsFor(scope.filters.orgKind);
  return sql`o.kind::text IN (${join(kinds)})
    ${scope.filters.region ? sql`AND o.region::text = ${scope.filters.region}` : empty}
    ${scope.organizationId ? sql`AND o.id = ${scope.organizationId}` : empty}`;
}

// Plan coverage and scorecards: units operating now, unless former provinces are asked for.
export function operatingCondition(scope: Scope): Prisma.Sql {
  return scope.includeInactive ? empty : sql`AND o."isActive"`;
}

// Plans (alias p) covering the year under review.
export function planYearCondition(scope: Scope): Prisma.Sql {
  const year = scope.filters.year;
  return year ? sql`AND p."periodStart" <= ${year}::int AND p."periodEnd" >= ${year}::int` : empty;
}

// ───────────── plan states: the only place the dashboards name plan statuses ─────────────
// (The database names the approved-and-locked statuses once, in portal_plan_locked_in_force(); a renamed
// status is a change here and a migration replacing that function.)

// A plan (alias given) with a version in force: its tasks count in the roll-ups.
export function planInForce(alias = "p"): Prisma.Sql {
  return sql`EXISTS (SELECT 1 FROM "RollupPlan" rp WHERE rp."planId" = ${Prisma.raw(alias)}.id)`;
}

// A plan sent to MOFA and not yet recorded, approved or commented on.
export function planUnderReview(alias = "p"): Prisma.Sql {
  return sql`${Prisma.raw(alias)}.status = 'SENT'`;
}

// A plan being prepared: drafted, with the unit leader before sending, or being completed after MOFA's comments.
export function planInPreparation(alias = "p"): Prisma.Sql {
  return sql`${Prisma.raw(alias)}.status IN ('DRAFT', 'AWAITING_LEADER', 'COMMENTED')`;
}

export const PERIOD_KIND_RANK = (column: Prisma.Sql) =>
  sql`CASE ${column} WHEN 'ANNUAL' THEN 5 WHEN 'NINE_MONTH' THEN 4 WHEN 'SEMIANNUAL' THEN 3 WHEN 'QUARTERLY' THEN 2 ELSE 1 END`;
