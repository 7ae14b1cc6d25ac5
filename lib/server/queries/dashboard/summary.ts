import "server-only";
import { summarizeCoverage } from "@/lib/domain/coverage-summary";
import type { DashboardFilters } from "@/lib/domain/dashboard-filters";
import { deliveryOutcome, indicatorOverview } from "@/lib/domain/dashboard-summary";
import type { DashboardSummary, DeliveryOutcome } from "@/lib/domain/dashboard-types";
import { authorize } from "../../guards";
import { breakthroughs } from "./breakthroughs";
import { headlineIndicators } from "./indicators";
import { overdueTasks } from "./overdue";
import { planCoverage } from "./plan-coverage";
import { reportingCompliance } from "./reporting-compliance";
import { rollup, type Viewer } from "./rollup";
import { scopeOf, type Scope } from "./scope";
import { taskCompletion } from "./task-completion";

// Objectives whose tasks are ≥ 80 % complete while their indicators are limited, deteriorating or without
// data, and objectives whose indicators progress substantially while their tasks are < 30 % complete. The
// indicators are those of the objective, whatever the task group chosen.
export async function getDeliveryOutcomeFlags(viewer: Viewer, filters: DashboardFilters, now = new Date()): Promise<DeliveryOutcome> {
  authorize(viewer, "dashboard:read");
  const scope = scopeOf(filters, now);
  const [completion, indicators] = await Promise.all([
    taskCompletion(scope),
    headlineIndicators(scopeOf({ ...filters, taskGroup: undefined }, now)),
  ]);
  return deliveryOutcome(completion, indicators);
}

// Every number of the overview page, computed by the same functions the widgets call.
export async function getDashboardSummary(
  viewer: Viewer,
  filters: DashboardFilters,
  now = new Date(),
  options: { overdueLimit?: number | null } = {},
): Promise<DashboardSummary> {
  authorize(viewer, "dashboard:read");
  const scope = scopeOf(filters, now);
  const overdueLimit = options.overdueLimit === undefined ? 20 : options.overdueLimit;
  const numbers = await rollup("summary", scope, overdueLimit, () => summaryNumbers(scope, overdueLimit));
  return { filters, asOf: { now: now.toISOString(), today: scope.today }, ...numbers };
}

// The summary as the API sends it (JSON, UTF-8 bytes). The numbers are serialised and encoded once per data
// version and put after the request's own `filters` and `asOf`, so a warm request neither serialises nor
// re-encodes the roll-ups (78 KB at ten times national size): what it allocates is its head and one copy.
// `coverage: "summary"` replaces the per-organization coverage (every organization, and the organization ×
// objective matrix: over a megabyte at ten times national size) with the bounded form the overview page shows.
export async function getDashboardSummaryJson(
  viewer: Viewer,
  filters: DashboardFilters,
  now = new Date(),
  options: { overdueLimit?: number | null; coverage?: "summary" | "full" } = {},
): Promise<Buffer<ArrayBuffer>> {
  authorize(viewer, "dashboard:read");
  const scope = scopeOf(filters, now);
  const overdueLimit = options.overdueLimit === undefined ? 20 : options.overdueLimit;
  const coverage = options.coverage ?? "summary";
  // The numbers' members without the opening brace ("…}"), ready to follow the head's.
  const numbers = await rollup("summary-json", scope, [overdueLimit, coverage], async () => {
    const full = await rollup("summary", scope, overdueLimit, () => summaryNumbers(scope, overdueLimit));
    return Buffer.from(JSON.stringify(coverage === "full" ? full : { ...full, coverage: summarizeCoverage(full.coverage) }).slice(1));
  });
  const head = JSON.stringify({ filters, asOf: { now: now.toISOString(), today: scope.today } });
  return numbers.length <= 1 ? Buffer.from(head) : Buffer.concat([Buffer.from(`${head.slice(0, -1)},`), numbers]);
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
    indicators: indicatorOverview(indicators),
    taskCompletion: completion,
    overdue,
    breakthroughs: initiatives,
    coverage,
    compliance,
    deliveryOutcome: deliveryOutcome(completion, allIndicators ?? indicators),
  };
}
