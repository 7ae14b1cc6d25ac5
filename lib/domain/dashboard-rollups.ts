// Rules the dashboards apply on top of the counts PostgreSQL aggregates: the national series an indicator's
// progress status is computed from, delivery-versus-outcome divergence, and the bands a measure is shown in.
// Pure: no Prisma, no clock.
import {
  computeProgressStatus,
  type Direction,
  type Measure,
  type Observation,
  type ProgressResult,
  type ProgressStatus,
} from "./progress-status";

export const PROGRESS_STATUSES = [
  "TARGET_ACHIEVED",
  "SUBSTANTIAL",
  "MODERATE",
  "LIMITED",
  "DETERIORATION",
  "INSUFFICIENT_DATA",
] as const satisfies readonly ProgressStatus[];
export { TASK_STATUSES } from "./enums";
export type { TaskStatus as TaskStatusKey } from "./enums";

export type IndicatorSeriesInput = {
  direction: Direction;
  // What the indicator measures decides the model (counts and ranks linear, rates Open SDG); default RATE.
  measure?: Measure;
  baselineYear: number | null;
  baselineValue: number | null;
  targetYear: number | null;
  targetValue: number | null;
  // National observations; where a year has several, the one with the later as-of date counts.
  observations: readonly (Observation & { asOfDate?: string | null })[];
};

// The series the status is computed from: one national observation per year, plus the declared baseline when
// no observation exists for the baseline year (a baseline is a measured value the strategy starts from).
export function progressSeriesOf(indicator: IndicatorSeriesInput): Observation[] {
  const byYear = new Map<number, Observation & { asOfDate?: string | null }>();
  for (const observation of indicator.observations) {
    const kept = byYear.get(observation.year);
    if (!kept || (observation.asOfDate ?? "") >= (kept.asOfDate ?? "")) byYear.set(observation.year, observation);
  }
  const series: Observation[] = [...byYear.values()].map(({ year, value }) => ({ year, value }));
  const { baselineYear, baselineValue } = indicator;
  if (baselineYear !== null && baselineValue !== null && !series.some((o) => o.year === baselineYear)) {
    series.push({ year: baselineYear, value: baselineValue });
  }
  return series.sort((a, b) => a.year - b.year);
}

// Method 2 with the indicator's own target when it has one, method 1 otherwise (lib/domain/progress-status.ts).
export function computeIndicatorProgress(indicator: IndicatorSeriesInput): ProgressResult {
  return computeProgressStatus({
    observations: progressSeriesOf(indicator),
    direction: indicator.direction,
    measure: indicator.measure,
    baseYear: indicator.baselineYear,
    target: indicator.targetValue,
    targetYear: indicator.targetYear ?? undefined,
  });
}

export function countByStatus<S extends string>(statuses: readonly S[], keys: readonly S[]): Record<S, number> {
  const counts = Object.fromEntries(keys.map((k) => [k, 0])) as Record<S, number>;
  for (const status of statuses) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

// ───────────── delivery versus outcome ─────────────

// Tasks at least this share complete count as "delivered"; below the lower share as "barely started".
export const DELIVERY_HIGH = 0.8;
export const DELIVERY_LOW = 0.3;
const WEAK_OUTCOME: ReadonlySet<ProgressStatus> = new Set(["LIMITED", "DETERIORATION", "INSUFFICIENT_DATA"]);
const STRONG_OUTCOME: ReadonlySet<ProgressStatus> = new Set(["SUBSTANTIAL", "TARGET_ACHIEVED"]);

export type ObjectiveDeliveryInput = {
  objectiveCode: string;
  // COMPLETED / non-cancelled tasks; null when the objective has no task in scope.
  completionRate: number | null;
  taskCount: number;
  indicators: readonly { code: string; status: ProgressStatus }[];
};

export type DeliveryOutcomeFlag = {
  objectiveCode: string;
  completionRate: number;
  taskCount: number;
  // The indicators that make the objective diverge.
  indicators: { code: string; status: ProgressStatus }[];
};

// Objectives whose tasks are (nearly) done while their indicators are stuck — doing what was planned is not
// moving the outcome — and the reverse: indicators moving although the tasks have barely started (the
// outcome owes little to the plans, or the plans are not being reported).
export function flagDeliveryOutcome(objectives: readonly ObjectiveDeliveryInput[]): {
  deliveryAhead: DeliveryOutcomeFlag[];
  outcomeAhead: DeliveryOutcomeFlag[];
} {
  const deliveryAhead: DeliveryOutcomeFlag[] = [];
  const outcomeAhead: DeliveryOutcomeFlag[] = [];
  for (const objective of objectives) {
    const rate = objective.completionRate;
    if (rate === null) continue;
    if (rate >= DELIVERY_HIGH) {
      const weak = objective.indicators.filter((i) => WEAK_OUTCOME.has(i.status));
      if (weak.length)
        deliveryAhead.push({
          objectiveCode: objective.objectiveCode,
          completionRate: rate,
          taskCount: objective.taskCount,
          indicators: weak,
        });
    }
    if (rate < DELIVERY_LOW) {
      const strong = objective.indicators.filter((i) => STRONG_OUTCOME.has(i.status));
      if (strong.length)
        outcomeAhead.push({
          objectiveCode: objective.objectiveCode,
          completionRate: rate,
          taskCount: objective.taskCount,
          indicators: strong,
        });
    }
  }
  return { deliveryAhead, outcomeAhead };
}

// ───────────── bands of a measure (tile map, heat-map cells) ─────────────

export const MAP_MEASURES = ["complete", "timeliness", "plan"] as const;
export type MapMeasure = (typeof MAP_MEASURES)[number];

export type RateBand = "HIGH" | "GOOD" | "FAIR" | "LOW" | "NO_DATA";
export const RATE_BANDS: readonly RateBand[] = ["HIGH", "GOOD", "FAIR", "LOW", "NO_DATA"];
// Lower bounds (inclusive) of each band of a share in [0, 1].
export const RATE_BAND_BOUNDS = { HIGH: 0.8, GOOD: 0.6, FAIR: 0.3 } as const;

export function rateBandOf(rate: number | null | undefined): RateBand {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return "NO_DATA";
  if (rate >= RATE_BAND_BOUNDS.HIGH) return "HIGH";
  if (rate >= RATE_BAND_BOUNDS.GOOD) return "GOOD";
  if (rate >= RATE_BAND_BOUNDS.FAIR) return "FAIR";
  return "LOW";
}

// The state of an organization's planning: an approved plan (or one under revision, whose approved version
// stays in force) wins over one awaiting review, which wins over drafts and returned plans.
export type PlanState = "APPROVED" | "SUBMITTED" | "IN_PREPARATION" | "NONE";
export const PLAN_STATES: readonly PlanState[] = ["APPROVED", "SUBMITTED", "IN_PREPARATION", "NONE"];

// Shade of a heat-map cell: 0 tasks, 1, 2–3, 4 or more. The number is always written in the cell too.
export function countShadeOf(count: number): 0 | 1 | 2 | 3 {
  if (count <= 0) return 0;
  if (count === 1) return 1;
  if (count <= 3) return 2;
  return 3;
}
