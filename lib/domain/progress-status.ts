// Progress status of an indicator against its 2030 target, by the method Open SDG implements (Statistics
// Canada's CAGR ratio; sdg-build `ProgressMeasure.py`), with a projection to the target year and the annual
// change still required. Pure: the caller passes the observations; nothing reads a clock.
//
// Method 2 (numeric target T in year Y): r = sign · dir · CAGR(current, base) / |CAGR(T, base, Y, baseYear)|
//   target achieved if current ≥ T (higher is better) or ≤ T (lower is better); else
//   r ≥ 0.95 substantial · 0.6 ≤ r < 0.95 moderate · 0 ≤ r < 0.6 limited · r < 0 deterioration.
// Method 1 (no target): r = sign · dir · CAGR(current, base), thresholds high 1.5 %/yr, medium 0.5 %/yr, low 0,
//   scaled by c when a natural limit is given.
// A zero base (or target) becomes 0.001; at least two observations are needed.
export type Direction = "INCREASE" | "DECREASE";
export type ProgressStatus = "TARGET_ACHIEVED" | "SUBSTANTIAL" | "MODERATE" | "LIMITED" | "DETERIORATION" | "INSUFFICIENT_DATA";
export type Observation = { year: number; value: number };

export type ProgressInput = {
  observations: readonly Observation[];
  direction: Direction;
  baseYear?: number | null; // default: the first year with data
  target?: number | null;
  targetYear?: number; // default 2030
  limit?: number | null; // only used without a target
};

export type ProgressResult = {
  status: ProgressStatus;
  method: "TARGET" | "NO_TARGET" | "NONE";
  base: Observation | null;
  current: Observation | null;
  observedRate: number | null; // CAGR base → current
  requiredRate: number | null; // CAGR base → target (method 2)
  ratio: number | null; // r
  score: number | null; // in [−5, 5]
  projection: number | null; // value in the target year if the observed CAGR continues
  requiredAnnualChange: number | null; // CAGR current → target over the remaining years (method 2)
  reason?: string;
};

export const THRESHOLDS = { substantial: 0.95, moderate: 0.6, limited: 0 } as const;
const NO_TARGET_THRESHOLDS = { high: 0.015, medium: 0.005, low: 0 } as const;

const nonZero = (v: number) => (v === 0 ? 0.001 : v);

export function cagr(later: number, earlier: number, laterYear: number, earlierYear: number): number {
  return Math.pow(later / earlier, 1 / (laterYear - earlierYear)) - 1;
}

function none(reason: string, base: Observation | null = null, current: Observation | null = null): ProgressResult {
  return { status: "INSUFFICIENT_DATA", method: "NONE", base, current, observedRate: null, requiredRate: null, ratio: null, score: null, projection: null, requiredAnnualChange: null, reason };
}

export function computeProgressStatus(input: ProgressInput): ProgressResult {
  const targetYear = input.targetYear ?? 2030;
  const sorted = [...input.observations].filter((o) => Number.isFinite(o.value)).sort((a, b) => a.year - b.year);
  const base = (input.baseYear ? sorted.find((o) => o.year >= input.baseYear!) : sorted[0]) ?? null;
  const current = sorted.at(-1) ?? null;
  if (!base || !current || current.year <= base.year) return none("needs_two_observations", base, current);
  const baseValue = nonZero(base.value);
  if (Math.sign(baseValue) !== Math.sign(nonZero(current.value))) return none("sign_change", base, current);

  const sign = baseValue < 0 ? -1 : 1;
  const dir = input.direction === "INCREASE" ? 1 : -1;
  const observedRate = cagr(nonZero(current.value), baseValue, current.year, base.year);
  const projection = current.value * Math.pow(1 + observedRate, targetYear - current.year);

  if (input.target !== null && input.target !== undefined) {
    const target = nonZero(input.target);
    const requiredRate = cagr(target, baseValue, targetYear, base.year);
    const ratio = requiredRate === 0 ? (observedRate * dir * sign >= 0 ? Infinity : -Infinity) : (sign * dir * observedRate) / Math.abs(requiredRate);
    const achieved = dir === 1 ? current.value >= input.target : current.value <= input.target;
    const remaining = targetYear - current.year;
    const requiredAnnualChange = remaining > 0 ? cagr(target, nonZero(current.value), targetYear, current.year) : null;
    if (achieved) {
      return { status: "TARGET_ACHIEVED", method: "TARGET", base, current, observedRate, requiredRate, ratio, score: 5, projection, requiredAnnualChange };
    }
    const status = ratio >= THRESHOLDS.substantial ? "SUBSTANTIAL" : ratio >= THRESHOLDS.moderate ? "MODERATE" : ratio >= THRESHOLDS.limited ? "LIMITED" : "DETERIORATION";
    const score = ratio >= 0.6 ? Math.min(7.1429 * ratio - 4.2857, 5) : Math.max(4.1667 * ratio - 2.5, -5);
    return { status, method: "TARGET", base, current, observedRate, requiredRate, ratio, score, projection, requiredAnnualChange };
  }

  const ratio = sign * dir * observedRate;
  let c = 1;
  if (input.limit !== null && input.limit !== undefined) {
    const b = Math.abs(baseValue);
    const l = Math.abs(input.limit);
    c = b <= l ? 1 - Math.pow(b / l, 4.44) : b < 2 * l ? 1 - Math.pow((2 * l - b) / l, 4.44) : 1;
  }
  const { high, medium, low } = NO_TARGET_THRESHOLDS;
  let score: number;
  if (ratio < low) score = Math.max(125 * ratio - 2.5, -5);
  else if (c === 0) score = 5;
  else if (ratio >= high) score = Math.min((500 * ratio) / c - 5, 5);
  else if (ratio >= medium) score = (250 * ratio) / c - 1.25;
  else score = (500 * ratio) / c - 2.5;
  return { status: statusFromScore(score), method: "NO_TARGET", base, current, observedRate, requiredRate: null, ratio, score, projection, requiredAnnualChange: null };
}

// Open SDG's indicator-level bands: [2.5, 5] substantial, [0, 2.5) moderate, [−2.5, 0) limited, below deterioration.
export function statusFromScore(score: number): Exclude<ProgressStatus, "TARGET_ACHIEVED" | "INSUFFICIENT_DATA"> {
  if (score >= 2.5) return "SUBSTANTIAL";
  if (score >= 0) return "MODERATE";
  if (score >= -2.5) return "LIMITED";
  return "DETERIORATION";
}
