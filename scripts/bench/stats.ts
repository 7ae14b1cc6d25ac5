// Percentiles of a list of durations (nearest-rank), in milliseconds.
export type Percentiles = { count: number; min: number; p50: number; p95: number; p99: number; max: number; mean: number };

export function percentiles(values: number[]): Percentiles {
  if (values.length === 0) return { count: 0, min: NaN, p50: NaN, p95: NaN, p99: NaN, max: NaN, mean: NaN };
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    count: sorted.length,
    min: round(sorted[0]!),
    p50: round(at(50)),
    p95: round(at(95)),
    p99: round(at(99)),
    max: round(sorted[sorted.length - 1]!),
    mean: round(sorted.reduce((a, b) => a + b, 0) / sorted.length),
  };
}
