// The Steering Committee dashboards' filters as they live in the URL (the pages, their exports and
// GET /api/v1/dashboard/summary read the same query), and what each filter means for the roll-ups.
// Pure: no Prisma, no clock.

// Organization kinds grouped as the Steering Committee compares them. The Steering Committee itself is no
// implementing unit, so it belongs to no group.
export const DASHBOARD_ORGANIZATION_GROUPS = {
  ministries: ["MINISTRY", "MINISTERIAL_AGENCY"],
  provinces: ["PROVINCE", "CITY"],
  former: ["FORMER_PROVINCE"],
  mofa: ["MOFA_UNIT", "REPRESENTATIVE_MISSION"],
} as const;
export type DashboardOrganizationGroup = keyof typeof DASHBOARD_ORGANIZATION_GROUPS;
export const DASHBOARD_ORGANIZATION_GROUP_KEYS = [
  "ministries",
  "provinces",
  "former",
  "mofa",
] as const satisfies readonly DashboardOrganizationGroup[];

export const TASK_GROUP_CODES = ["TG1", "TG2", "TG3", "TG4", "TG5"] as const;
export type TaskGroupCode = (typeof TASK_GROUP_CODES)[number];

export { REGIONS as DASHBOARD_REGIONS, type Region as DashboardRegion } from "./enums";
import type { Region as DashboardRegion } from "./enums";

// The Strategy's reporting years (periods are generated from 2022, its first full year, to its horizon).
export const DASHBOARD_FIRST_YEAR = 2022;
export const DASHBOARD_LAST_YEAR = 2030;

export type DashboardFilters = {
  // The year under review: tasks scheduled in it, plans covering it, its reporting periods, observations up to it.
  year?: number;
  // A reporting period (id) for the compliance widget instead of the latest due one.
  period?: string;
  orgKind?: DashboardOrganizationGroup;
  region?: DashboardRegion;
  taskGroup?: TaskGroupCode;
};

export const SCORECARD_SORTS = [
  "name",
  "code",
  "kind",
  "region",
  "plan",
  "tasks",
  "complete",
  "overdue",
  "lastReport",
  "timeliness",
] as const;
export type ScorecardSort = (typeof SCORECARD_SORTS)[number];
export type SortDirection = "asc" | "desc";
export const SCORECARD_PAGE_SIZE = 50;

export type ScorecardQuery = DashboardFilters & { sort: ScorecardSort; dir: SortDirection; page: number };

export const ALL_ORGANIZATION_KINDS: readonly string[] = Object.values(DASHBOARD_ORGANIZATION_GROUPS).flat();

// The organization kinds a filter selects: one group, or every implementing kind when none is chosen.
export function organizationKindsFor(group?: DashboardOrganizationGroup): string[] {
  return group ? [...DASHBOARD_ORGANIZATION_GROUPS[group]] : [...ALL_ORGANIZATION_KINDS];
}

export function organizationGroupOf(kind: string): DashboardOrganizationGroup | null {
  for (const key of DASHBOARD_ORGANIZATION_GROUP_KEYS) {
    if ((DASHBOARD_ORGANIZATION_GROUPS[key] as readonly string[]).includes(kind)) return key;
  }
  return null;
}

// Plan coverage and scorecards look at the units operating now; the 52 provinces absorbed on 01/07/2025 (and
// other deactivated units) appear only when the "former" group is asked for explicitly. Task and reporting
// roll-ups keep them, since their tasks and reports are part of the record.
export function includesInactiveOrganizations(group?: DashboardOrganizationGroup): boolean {
  return group === "former";
}

// The query string of a filter set (empty values left out), e.g. "year=2025&orgKind=provinces".
export function dashboardSearch(filters: DashboardFilters, extra: Record<string, string | number | undefined> = {}): string {
  const params = new URLSearchParams();
  if (filters.year) params.set("year", String(filters.year));
  if (filters.period) params.set("period", filters.period);
  if (filters.orgKind) params.set("orgKind", filters.orgKind);
  if (filters.region) params.set("region", filters.region);
  if (filters.taskGroup) params.set("taskGroup", filters.taskGroup);
  for (const [key, value] of Object.entries(extra)) {
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  return params.toString();
}

export function withSearch(path: string, search: string): string {
  return search ? `${path}?${search}` : path;
}

export function isFilteredDashboard(filters: DashboardFilters): boolean {
  return dashboardSearch(filters) !== "";
}

// The filters that carry over from one dashboard view to another (without period, sort or page).
export function pickDashboardFilters(filters: DashboardFilters): DashboardFilters {
  const { year, period, orgKind, region, taskGroup } = filters;
  return { year, period, orgKind, region, taskGroup };
}

// Page count for a total and a page size; at least one page so "page 1 of 1" reads naturally when empty.
export function pageCountOf(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

// A requested page clamped to the pages that exist (a link kept after filtering may point past the end).
export function clampPage(page: number, total: number, pageSize: number): number {
  return Math.min(Math.max(1, Math.floor(page) || 1), pageCountOf(total, pageSize));
}
