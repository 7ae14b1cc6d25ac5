import "server-only";
import type { DashboardFilters } from "@/lib/domain/dashboard-filters";
import { indicatorOverview, summarizeProgress } from "@/lib/domain/dashboard-summary";
import type { HeadlineIndicator, IndicatorOverview } from "@/lib/domain/dashboard-types";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "../../db";
import { authorize } from "../../guards";
import { rollup, type Viewer } from "./rollup";
import { scopeOf, type Scope } from "./scope";

const { sql, empty } = Prisma;

type IndicatorSqlRow = {
  code: string;
  name_vi: string;
  name_en: string;
  unit_vi: string;
  unit_en: string;
  direction: "INCREASE" | "DECREASE";
  measure: "COUNT" | "RANK" | "RATE";
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

export function headlineIndicators(scope: Scope, options: { objectiveId?: string } = {}): Promise<HeadlineIndicator[]> {
  return rollup("indicators", scope, options, () => computeHeadlineIndicators(scope, options));
}

async function computeHeadlineIndicators(scope: Scope, options: { objectiveId?: string }): Promise<HeadlineIndicator[]> {
  const { year, taskGroup } = scope.filters;
  const upToYear = year ? sql`AND x.year <= ${year}::int` : empty;
  const rows = await db.$queryRaw<IndicatorSqlRow[]>`
    SELECT i.code, i."nameVi" AS name_vi, i."nameEn" AS name_en, i."unitVi" AS unit_vi, i."unitEn" AS unit_en, i.direction::text AS direction, i.measure::text AS measure,
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
      measure: row.measure,
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
          : {
              year: row.latest_year,
              value: row.latest_value,
              asOfDate: row.latest_as_of,
              sourceUrls: row.latest_sources ?? [],
              sourceNote: row.latest_note,
              confidence: row.latest_confidence ?? "CONFIRMED",
            },
      progress: summarizeProgress(indicator),
    };
  });
}

// Every indicator (those of the task group's objective when a task group is chosen) with its latest national
// value, source, confidence, target and progress status.
export async function getHeadlineIndicators(viewer: Viewer, filters: DashboardFilters, now = new Date()): Promise<IndicatorOverview> {
  authorize(viewer, "dashboard:read");
  return indicatorOverview(await headlineIndicators(scopeOf(filters, now)));
}
