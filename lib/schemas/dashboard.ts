import { z } from "zod";
import {
  DASHBOARD_FIRST_YEAR,
  DASHBOARD_LAST_YEAR,
  DASHBOARD_ORGANIZATION_GROUP_KEYS,
  DASHBOARD_REGIONS,
  SCORECARD_SORTS,
  TASK_GROUP_CODES,
  type DashboardFilters,
  type ScorecardQuery,
} from "@/lib/domain/dashboard-filters";
import { MAP_MEASURES, type MapMeasure } from "@/lib/domain/dashboard-rollups";
import { boundedString } from "./text";

// A GET form sends empty strings for "all"; they mean "no filter".
// Search parameters are short; a long one is refused by its schema without being trimmed here first.
const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.length <= 1_000 && value.trim() === "" ? undefined : value;
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

// The dashboards' filters, shared by the pages, their exports and GET /api/v1/dashboard/summary.
export const dashboardFiltersSchema = z.object({
  year: optional(
    z.coerce
      .number({ error: "invalid_number" })
      .int({ error: "invalid_number" })
      .min(DASHBOARD_FIRST_YEAR, { error: "invalid_value" })
      .max(DASHBOARD_LAST_YEAR, { error: "invalid_value" }),
  ).describe(
    `The year under review (${DASHBOARD_FIRST_YEAR}–${DASHBOARD_LAST_YEAR}): tasks scheduled in it, plans covering it, its reporting periods, observations up to it`,
  ),
  period: optional(boundedString(40, { error: "invalid_value" }).regex(/^[A-Za-z0-9_-]{1,40}$/, { error: "invalid_value" })).describe(
    "A reporting period id: reporting compliance for that period instead of the latest due one",
  ),
  orgKind: optional(z.enum(DASHBOARD_ORGANIZATION_GROUP_KEYS, { error: "invalid_value" })).describe(
    "ministries | provinces | former | mofa",
  ),
  region: optional(z.enum(DASHBOARD_REGIONS, { error: "invalid_value" })).describe(
    "One of the seven regions (provinces and former provinces)",
  ),
  taskGroup: optional(z.enum(TASK_GROUP_CODES, { error: "invalid_value" })).describe("TG1–TG5"),
});

// The summary API's query: the overview's filters, and how much of the plan coverage to send. `summary` (the
// default) is the bounded form the overview page shows (counts by organization kind and objective, the ten
// organizations furthest behind); `full` adds every organization and the organization × objective matrix
// (thousands of rows at national scale: what the .xlsx export holds).
export const dashboardSummaryQuerySchema = dashboardFiltersSchema.extend({
  coverage: z
    .preprocess(blankToUndefined, z.enum(["summary", "full"], { error: "invalid_value" }).default("summary"))
    .describe("summary (default) | full"),
});

export const scorecardQuerySchema = dashboardFiltersSchema.extend({
  sort: z.preprocess(blankToUndefined, z.enum(SCORECARD_SORTS, { error: "invalid_value" }).default("name")),
  dir: z.preprocess(blankToUndefined, z.enum(["asc", "desc"], { error: "invalid_value" }).default("asc")),
  page: z.preprocess(blankToUndefined, z.coerce.number({ error: "invalid_number" }).int().min(1).max(100_000).default(1)),
});

export const mapQuerySchema = dashboardFiltersSchema.extend({
  measure: z.preprocess(blankToUndefined, z.enum(MAP_MEASURES, { error: "invalid_value" }).default("complete")),
});

export const objectiveTasksQuerySchema = z.object({
  orgKind: dashboardFiltersSchema.shape.orgKind,
  page: scorecardQuerySchema.shape.page,
});

// The tables of the overview and the scorecards, each one sheet of the .xlsx export.
export const DASHBOARD_TABLES = [
  "indicators",
  "objectives",
  "taskGroups",
  "overdue",
  "breakthroughs",
  "coverage",
  "coverageMatrix",
  "compliance",
  "complianceTrend",
  "flags",
  "scorecards",
] as const;
export type DashboardTable = (typeof DASHBOARD_TABLES)[number];

// ?table=overdue or ?table=overdue,scorecards; absent = every table. sort/dir order the scorecards sheet.
export const dashboardExportQuerySchema = dashboardFiltersSchema.extend({
  sort: optional(z.enum(SCORECARD_SORTS, { error: "invalid_value" })),
  dir: optional(z.enum(["asc", "desc"], { error: "invalid_value" })),
  table: z.preprocess(
    (value) => (typeof value === "string" && value.trim() ? value.split(",").map((t) => t.trim()) : undefined),
    z
      .array(z.enum(DASHBOARD_TABLES, { error: "invalid_value" }))
      .min(1)
      .max(DASHBOARD_TABLES.length)
      .optional(),
  ),
});

type SearchParams = Record<string, string | string[] | undefined>;

function firstValues(params: SearchParams): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) values[key] = first;
  }
  return values;
}

// For pages: a link with one malformed value still shows the dashboard, without that filter.
function parseLeniently<S extends z.ZodObject>(schema: S, params: SearchParams): z.output<S> {
  const input = firstValues(params);
  for (let attempt = 0; attempt < 8; attempt++) {
    const parsed = schema.safeParse(input);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) delete input[String(issue.path[0])];
  }
  return schema.parse({});
}

export function parseDashboardFilters(params: SearchParams): DashboardFilters {
  return parseLeniently(dashboardFiltersSchema, params);
}

export function parseScorecardQuery(params: SearchParams): ScorecardQuery {
  return parseLeniently(scorecardQuerySchema, params);
}

export function parseMapQuery(params: SearchParams): DashboardFilters & { measure: MapMeasure } {
  return parseLeniently(mapQuerySchema, params);
}

export function parseObjectiveTasksQuery(params: SearchParams) {
  return parseLeniently(objectiveTasksQuerySchema, params);
}
