// Progress status of an indicator against its 2030 target, with a projection to the target year and the change
// still required. Two models, chosen by what the indicator measures (`progressModelOf`):
//
// LINEAR — counts and ranks (whole units: UNESCO titles, partners, events, a rank). Titles are added one at a
//   time, not compounded, so the path from the baseline to the target is a straight line and the projection
//   continues the average yearly change: projection = current + slope · (targetYear − currentYear), rounded to
//   a whole unit. r = dir · observedSlope / |requiredSlope|, where requiredSlope = (T − base) / (Y − baseYear).
// CAGR — rates and other continuous values, by the method Open SDG implements (Statistics Canada's CAGR ratio;
//   sdg-build `ProgressMeasure.py`): r = sign · dir · CAGR(current, base) / |CAGR(T, base, Y, baseYear)|;
//   without a target r = sign · dir · CAGR(current, base) against 1.5 %/yr high, 0.5 %/yr medium, 0 low, scaled
//   by c when a natural limit is given. A zero base (or target) becomes 0.001.
//
// Both: the target is achieved when the current value meets it (≥ T higher-is-better, ≤ T lower-is-better); the
// result then names the first year an observation met it. Otherwise r ≥ 0.95 substantial · 0.6 ≤ r < 0.95
// moderate · 0 ≤ r < 0.6 limited · r < 0 deterioration. A LINEAR indicator without a target uses the no-target
// thresholds on its average yearly change as a share of the base. At least two observations are needed.
// Pure: the caller passes the observations; nothing reads a clock.
export type Direction = "INCREASE" | "DECREASE";
export type Measure = "COUNT" | "RANK" | "RATE";
export type ProgressModel = "LINEAR" | "CAGR";
export type ProgressStatus = "TARGET_ACHIEVED" | "SUBSTANTIAL" | "MODERATE" | "LIMITED" | "DETERIORATION" | "INSUFFICIENT_DATA";
export type Observation = { year: number; value: number };

export type ProgressInput = {
  observations: readonly Observation[];
  direction: Direction;
  measure?: Measure; // default RATE (the Open SDG method)
  baseYear?: number | null; // default: the first year with data
  target?: number | null;
  targetYear?: number; // default 2030
  limit?: number | null; // only used without a target
};

export type ProgressResult = {
  status: ProgressStatus;
  method: "TARGET" | "NO_TARGET" | "NONE";
  model: ProgressModel;
  base: Observation | null;
  current: Observation | null;
  // The first observed year whose value met the target (TARGET_ACHIEVED only).
  achievedYear: number | null;
  observedRate: number | null; // CAGR base → current (CAGR model)
  requiredRate: number | null; // CAGR base → target (CAGR model, method 2)
  observedChangePerYear: number | null; // average yearly change base → current, in the indicator's unit (LINEAR)
  requiredChangePerYear: number | null; // slope of the path base → target (LINEAR, method 2)
  ratio: number | null; // r
  score: number | null; // in [−5, 5]
  projection: number | null; // value in the target year if the observed trend continues (whole units for LINEAR)
  requiredAnnualChange: number | null; // CAGR current → target over the remaining years (CAGR, method 2)
  neededChangePerYear: number | null; // (T − current) / remaining years, in the indicator's unit (LINEAR, method 2)
  reason?: string;
};

export const THRESHOLDS = { substantial: 0.95, moderate: 0.6, limited: 0 } as const;
const NO_TARGET_THRESHOLDS = { high: 0.015, medium: 0.005, low: 0 } as const;

// Counts and ranks move by whole units; rates compound.
export function progressModelOf(measure: Measure): ProgressModel {
  return measure === "RATE" ? "CAGR" : "LINEAR";
}

const nonZero = (v: number) => (v === 0 ? 0.001 : v);

export function cagr(later: number, earlier: number, laterYear: number, earlierYear: number): number {
  return Math.pow(later / earlier, 1 / (laterYear - earlierYear)) - 1;
}

const EMPTY = {
  achievedYear: null,
  observedRate: null,
  requiredRate: null,
  observedChangePerYear: null,
  requiredChangePerYear: null,
  ratio: null,
  score: null,
  projection: null,
  requiredAnnualChange: null,
  neededChangePerYear: null,
} as const;

function none(model: ProgressModel, reason: string, base: Observation | null = null, current: Observation | null = null): ProgressResult {
  return { status: "INSUFFICIENT_DATA", method: "NONE", model, base, current, ...EMPTY, reason };
}

function meets(value: number, target: number, direction: Direction): boolean {
  return direction === "INCREASE" ? value >= target : value <= target;
}

// The first year from the base on whose observation met the target.
export function firstYearMet(series: readonly Observation[], target: number, direction: Direction, fromYear: number): number | null {
  return series.find((o) => o.year >= fromYear && meets(o.value, target, direction))?.year ?? null;
}

function statusOfRatio(ratio: number): Exclude<ProgressStatus, "TARGET_ACHIEVED" | "INSUFFICIENT_DATA"> {
  return ratio >= THRESHOLDS.substantial
    ? "SUBSTANTIAL"
    : ratio >= THRESHOLDS.moderate
      ? "MODERATE"
      : ratio >= THRESHOLDS.limited
        ? "LIMITED"
        : "DETERIORATION";
}

function scoreOfRatio(ratio: number): number {
  return ratio >= 0.6 ? Math.min(7.1429 * ratio - 4.2857, 5) : Math.max(4.1667 * ratio - 2.5, -5);
}

export function computeProgressStatus(input: ProgressInput): ProgressResult {
  const model = progressModelOf(input.measure ?? "RATE");
  const targetYear = input.targetYear ?? 2030;
  const sorted = [...input.observations].filter((o) => Number.isFinite(o.value)).sort((a, b) => a.year - b.year);
  const base = (input.baseYear ? sorted.find((o) => o.year >= input.baseYear!) : sorted[0]) ?? null;
  const current = sorted.at(-1) ?? null;
  if (!base || !current || current.year <= base.year) return none(model, "needs_two_observations", base, current);
  const dir = input.direction === "INCREASE" ? 1 : -1;
  const hasTarget = input.target !== null && input.target !== undefined;
  return model === "LINEAR"
    ? linearProgress(input, sorted, base, current, dir, targetYear, hasTarget)
    : cagrProgress(input, sorted, base, current, dir, targetYear, hasTarget);
}

function linearProgress(
  input: ProgressInput,
  sorted: Observation[],
  base: Observation,
  current: Observation,
  dir: 1 | -1,
  targetYear: number,
  hasTarget: boolean,
): ProgressResult {
  const observedChangePerYear = (current.value - base.value) / (current.year - base.year);
  const projection = Math.round(current.value + observedChangePerYear * Math.max(targetYear - current.year, 0));
  const common = {
    model: "LINEAR" as const,
    base,
    current,
    observedRate: null,
    requiredRate: null,
    requiredAnnualChange: null,
    observedChangePerYear,
    projection,
  };

  if (hasTarget) {
    const target = input.target!;
    const requiredChangePerYear = targetYear > base.year ? (target - base.value) / (targetYear - base.year) : null;
    const remaining = targetYear - current.year;
    const neededChangePerYear = remaining > 0 ? (target - current.value) / remaining : null;
    if (meets(current.value, target, input.direction)) {
      const ratio = requiredChangePerYear ? (dir * observedChangePerYear) / Math.abs(requiredChangePerYear) : null;
      return {
        ...common,
        status: "TARGET_ACHIEVED",
        method: "TARGET",
        achievedYear: firstYearMet(sorted, target, input.direction, base.year),
        requiredChangePerYear,
        ratio,
        score: 5,
        neededChangePerYear,
      };
    }
    // A target the base already met leaves no path to follow: missing it now means the indicator went backwards.
    const pathSlope = requiredChangePerYear !== null && requiredChangePerYear * dir > 0 ? requiredChangePerYear : null;
    const ratio = pathSlope === null ? -Infinity : (dir * observedChangePerYear) / Math.abs(pathSlope);
    const score = Number.isFinite(ratio) ? scoreOfRatio(ratio) : -5;
    return {
      ...common,
      status: statusOfRatio(ratio),
      method: "TARGET",
      achievedYear: null,
      requiredChangePerYear,
      ratio,
      score,
      neededChangePerYear,
    };
  }

  const ratio = (dir * observedChangePerYear) / Math.abs(nonZero(base.value));
  return {
    ...common,
    status: statusFromScore(noTargetScore(ratio, 1)),
    method: "NO_TARGET",
    achievedYear: null,
    requiredChangePerYear: null,
    ratio,
    score: noTargetScore(ratio, 1),
    neededChangePerYear: null,
  };
}

function cagrProgress(
  input: ProgressInput,
  sorted: Observation[],
  base: Observation,
  current: Observation,
  dir: 1 | -1,
  targetYear: number,
  hasTarget: boolean,
): ProgressResult {
  const baseValue = nonZero(base.value);
  if (Math.sign(baseValue) !== Math.sign(nonZero(current.value))) return none("CAGR", "sign_change", base, current);
  const sign = baseValue < 0 ? -1 : 1;
  const observedRate = cagr(nonZero(current.value), baseValue, current.year, base.year);
  const projection = current.value * Math.pow(1 + observedRate, targetYear - current.year);
  const common = {
    model: "CAGR" as const,
    base,
    current,
    observedRate,
    projection,
    observedChangePerYear: null,
    requiredChangePerYear: null,
    neededChangePerYear: null,
  };

  if (hasTarget) {
    const target = nonZero(input.target!);
    const requiredRate = cagr(target, baseValue, targetYear, base.year);
    const ratio =
      requiredRate === 0 ? (observedRate * dir * sign >= 0 ? Infinity : -Infinity) : (sign * dir * observedRate) / Math.abs(requiredRate);
    const remaining = targetYear - current.year;
    const requiredAnnualChange = remaining > 0 ? cagr(target, nonZero(current.value), targetYear, current.year) : null;
    if (meets(current.value, input.target!, input.direction)) {
      return {
        ...common,
        status: "TARGET_ACHIEVED",
        method: "TARGET",
        achievedYear: firstYearMet(sorted, input.target!, input.direction, base.year),
        requiredRate,
        ratio,
        score: 5,
        requiredAnnualChange,
      };
    }
    return {
      ...common,
      status: statusOfRatio(ratio),
      method: "TARGET",
      achievedYear: null,
      requiredRate,
      ratio,
      score: scoreOfRatio(ratio),
      requiredAnnualChange,
    };
  }

  const ratio = sign * dir * observedRate;
  let c = 1;
  if (input.limit !== null && input.limit !== undefined) {
    const b = Math.abs(baseValue);
    const l = Math.abs(input.limit);
    c = b <= l ? 1 - Math.pow(b / l, 4.44) : b < 2 * l ? 1 - Math.pow((2 * l - b) / l, 4.44) : 1;
  }
  const score = noTargetScore(ratio, c);
  return {
    ...common,
    status: statusFromScore(score),
    method: "NO_TARGET",
    achievedYear: null,
    requiredRate: null,
    ratio,
    score,
    requiredAnnualChange: null,
  };
}

function noTargetScore(ratio: number, c: number): number {
  const { high, medium, low } = NO_TARGET_THRESHOLDS;
  if (ratio < low) return Math.max(125 * ratio - 2.5, -5);
  if (c === 0) return 5;
  if (ratio >= high) return Math.min((500 * ratio) / c - 5, 5);
  if (ratio >= medium) return (250 * ratio) / c - 1.25;
  return (500 * ratio) / c - 2.5;
}

// Open SDG's indicator-level bands: [2.5, 5] substantial, [0, 2.5) moderate, [−2.5, 0) limited, below deterioration.
export function statusFromScore(score: number): Exclude<ProgressStatus, "TARGET_ACHIEVED" | "INSUFFICIENT_DATA"> {
  if (score >= 2.5) return "SUBSTANTIAL";
  if (score >= 0) return "MODERATE";
  if (score >= -2.5) return "LIMITED";
  return "DETERIORATION";
}
