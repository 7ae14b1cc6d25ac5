import "server-only";
import type { DashboardFilters } from "@/lib/domain/dashboard-filters";
import type { DashboardPeriodOption, PeriodCompliance, ReportingCompliance } from "@/lib/domain/dashboard-types";
import type { PeriodKind } from "@/lib/domain/reporting-calendar";
import { Prisma } from "@/lib/generated/prisma/client";
import { cachedRollup } from "../../cache/rollup-cache";
import { db } from "../../db";
import { authorize } from "../../guards";
import { complianceCells } from "./fragments";
import { rollup, type Viewer } from "./rollup";
import { PERIOD_KIND_RANK, scopeOf, type Scope } from "./scope";

const { sql, empty } = Prisma;

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

export function reportingCompliance(scope: Scope): Promise<ReportingCompliance> {
  return rollup("compliance", scope, null, () => computeReportingCompliance(scope), "reporting");
}

async function computeReportingCompliance(scope: Scope): Promise<ReportingCompliance> {
  const [trendRows, periodRows] = await Promise.all([
    db.$queryRaw<PeriodSqlRow[]>(periodAggregate(complianceCells(scope), true)),
    scope.filters.period
      ? db.$queryRaw<PeriodSqlRow[]>(periodAggregate(complianceCells(scope, { periodId: scope.filters.period, ignoreYear: true }), false))
      : Promise.resolve(null),
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
  return cachedRollup("periods", listPeriods, "reporting");
}

async function listPeriods(): Promise<DashboardPeriodOption[]> {
  const rows = await db.reportingPeriod.findMany({
    where: { reportType: { isActive: true, expectations: { some: {} } } },
    select: { id: true, kind: true, year: true, number: true, deadline: true },
    orderBy: [{ deadline: "desc" }, { kind: "asc" }],
  });
  return rows.map((p) => ({ id: p.id, kind: p.kind, year: p.year, number: p.number, deadline: p.deadline.toISOString().slice(0, 10) }));
}
