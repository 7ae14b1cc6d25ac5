// The dashboards' numbers that are not aggregated by PostgreSQL: an indicator's progress summary, the status
// counts of the headline indicators, and the delivery-versus-outcome flags drawn from the task completion.
// Pure: no Prisma, no clock.
import {
  computeIndicatorProgress,
  countByStatus,
  flagDeliveryOutcome,
  PROGRESS_STATUSES,
  type DeliveryOutcomeFlag,
  type IndicatorSeriesInput,
} from "./dashboard-rollups";
import type {
  DeliveryOutcome,
  DivergenceFlag,
  HeadlineIndicator,
  IndicatorOverview,
  ProgressSummary,
  TaskCompletion,
} from "./dashboard-types";

const finite = (value: number | null) => (value === null || !Number.isFinite(value) ? null : value);

// An indicator's progress status and the figures it rests on; rates that cannot be computed are null.
export function summarizeProgress(indicator: IndicatorSeriesInput): ProgressSummary {
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

// The headline indicators with how many are in each progress status.
export function indicatorOverview(indicators: HeadlineIndicator[]): IndicatorOverview {
  return {
    indicators,
    statusCounts: countByStatus(
      indicators.map((i) => i.progress.status),
      PROGRESS_STATUSES,
    ),
  };
}

// Objectives whose tasks are ≥ 80 % complete while their indicators are limited, deteriorating or without
// data, and the reverse, each with the objective's title. `indicators` are those of the objectives, whatever
// task group the completion was filtered by.
export function deliveryOutcome(completion: TaskCompletion, indicators: readonly HeadlineIndicator[]): DeliveryOutcome {
  const flags = flagDeliveryOutcome(
    completion.byObjective.map((row) => ({
      objectiveCode: row.code ?? "",
      completionRate: row.completionRate,
      taskCount: row.total,
      indicators: indicators.filter((i) => i.objectiveCode === row.code).map((i) => ({ code: i.code, status: i.progress.status })),
    })),
  );
  const titles = new Map(completion.byObjective.map((row) => [row.code, row]));
  const withTitle = (flag: DeliveryOutcomeFlag): DivergenceFlag => ({
    ...flag,
    titleVi: titles.get(flag.objectiveCode)?.titleVi ?? "",
    titleEn: titles.get(flag.objectiveCode)?.titleEn ?? "",
  });
  return { deliveryAhead: flags.deliveryAhead.map(withTitle), outcomeAhead: flags.outcomeAhead.map(withTitle) };
}
