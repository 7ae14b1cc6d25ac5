// The compliance view's filters as they live in the URL (the page and its .xlsx export read the same query).
// Pure: unknown or malformed values fall back to the defaults rather than failing.
import type { PeriodKind } from "./reporting-calendar";
import { REGIONS, type Region } from "./enums";

// The report types the regime sets for this Strategy (monthly reports are not required).
export const COMPLIANCE_PERIOD_KINDS = ["QUARTERLY", "SEMIANNUAL", "NINE_MONTH", "ANNUAL"] as const satisfies readonly PeriodKind[];

// Organization kinds grouped as the Steering Committee compares them.
export const ORGANIZATION_GROUPS = {
  provinces: ["PROVINCE", "CITY"],
  ministries: ["MINISTRY", "MINISTERIAL_AGENCY"],
  former: ["FORMER_PROVINCE"],
} as const;
export type OrganizationGroup = keyof typeof ORGANIZATION_GROUPS;

export { REGIONS, type Region } from "./enums";

// The Strategy runs to 2030; reporting periods are generated from 2022.
export const COMPLIANCE_DEFAULTS = { kind: "SEMIANNUAL" as PeriodKind, fromYear: 2022, toYear: 2030 };
const MIN_YEAR = 2021;
const MAX_YEAR = 2035;

export type ComplianceQuery = { kind: PeriodKind; fromYear: number; toYear: number; group?: OrganizationGroup; region?: Region };

type SearchParams = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

function year(value: string, fallback: number): number {
  if (!/^\d{4}$/.test(value.trim())) return fallback;
  return Math.min(MAX_YEAR, Math.max(MIN_YEAR, Number(value)));
}

export function parseComplianceQuery(params: SearchParams): ComplianceQuery {
  const kind = first(params.kind);
  const group = first(params.group);
  const region = first(params.region);
  let fromYear = year(first(params.from), COMPLIANCE_DEFAULTS.fromYear);
  let toYear = year(first(params.to), COMPLIANCE_DEFAULTS.toYear);
  if (fromYear > toYear) [fromYear, toYear] = [toYear, fromYear];
  return {
    kind: (COMPLIANCE_PERIOD_KINDS as readonly string[]).includes(kind) ? (kind as PeriodKind) : COMPLIANCE_DEFAULTS.kind,
    fromYear,
    toYear,
    ...(group in ORGANIZATION_GROUPS ? { group: group as OrganizationGroup } : {}),
    ...((REGIONS as readonly string[]).includes(region) ? { region: region as Region } : {}),
  };
}

// The query string of a filter set (defaults left out), e.g. "kind=QUARTERLY&group=provinces".
export function complianceSearch(query: ComplianceQuery): string {
  const params = new URLSearchParams();
  if (query.kind !== COMPLIANCE_DEFAULTS.kind) params.set("kind", query.kind);
  if (query.fromYear !== COMPLIANCE_DEFAULTS.fromYear) params.set("from", String(query.fromYear));
  if (query.toYear !== COMPLIANCE_DEFAULTS.toYear) params.set("to", String(query.toYear));
  if (query.group) params.set("group", query.group);
  if (query.region) params.set("region", query.region);
  return params.toString();
}

export function isFilteredCompliance(query: ComplianceQuery): boolean {
  return complianceSearch(query) !== "";
}

// The query's organization kinds for getCompliance (all kinds that owe reports when no group is chosen).
export function organizationKindsOf(query: ComplianceQuery): string[] | undefined {
  return query.group ? [...ORGANIZATION_GROUPS[query.group]] : undefined;
}
