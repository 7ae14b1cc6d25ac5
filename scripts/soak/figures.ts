// The soak test's figures: requests by kind (accepted, 409, other 4xx, 5xx, latency percentiles) and the
// memory verdict on the server's RSS series.
import { percentiles, type Percentiles } from "../bench/stats";
import type { RssSample } from "../lib/portal-server";
import type { Op } from "./load";
import { isAccepted } from "./verify";

export type KindFigures = {
  kind: string;
  requests: number;
  accepted: number;
  conflicts: number;
  other4xx: number;
  errors: number;
  ms: Percentiles;
};

export function figuresByKind(ops: Op[]): KindFigures[] {
  const kinds = [...new Set(ops.map((op) => op.kind))].sort();
  return kinds.map((kind) => {
    const list = ops.filter((op) => op.kind === kind);
    return {
      kind,
      requests: list.length,
      accepted: list.filter((op) => isAccepted(op) || (op.status >= 200 && op.status < 300)).length,
      conflicts: list.filter((op) => op.status === 409).length,
      other4xx: list.filter((op) => op.status >= 400 && op.status < 500 && op.status !== 409).length,
      errors: list.filter((op) => op.status === 0 || op.status >= 500).length,
      ms: percentiles(list.map((op) => op.ms)),
    };
  });
}

// Memory is "flat" when the server's RSS at the end of the run is not meaningfully above its RSS once warm.
// Rule: ignore the warm-up (the first 15 % of the load, at least 5 s: route compilation, JIT, connection pools
// and caches filling); of the remaining 1-second samples, compare the median of the last 20 % with the median
// of the first 20 %. Medians ignore single garbage-collection peaks. Growth ≤ 15 % passes; a leak proportional
// to the work done (tens of thousands of requests) grows steadily and fails it.
export const MEMORY_RULE =
  "median RSS of the last 20 % of post-warm-up samples ≤ 1.15 × median of the first 20 % (warm-up: first 15 % of the load, ≥ 5 s)";

export type MemoryFigures = {
  startMb: number;
  peakMb: number;
  endMb: number;
  warmMb: number;
  lateMb: number;
  growth: number;
  pass: boolean;
  samples: number;
  rule: string;
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function memoryFigures(samples: RssSample[], loadMs: number): MemoryFigures {
  const during = samples.filter((s) => s.atMs <= loadMs + 1000);
  const warmupMs = Math.max(5000, loadMs * 0.15);
  const steady = during.filter((s) => s.atMs >= warmupMs);
  const n = Math.max(1, Math.floor(steady.length * 0.2));
  const warmMb = steady.length ? median(steady.slice(0, n).map((s) => s.mb)) : NaN;
  const lateMb = steady.length ? median(steady.slice(-n).map((s) => s.mb)) : NaN;
  const growth = lateMb / warmMb - 1;
  return {
    startMb: during[0]?.mb ?? NaN,
    peakMb: Math.max(...during.map((s) => s.mb)),
    endMb: during[during.length - 1]?.mb ?? NaN,
    warmMb,
    lateMb,
    growth,
    pass: steady.length >= 2 && growth <= 0.15,
    samples: steady.length,
    rule: MEMORY_RULE,
  };
}

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(0) : "–");

export function figuresTable(kinds: KindFigures[]): string {
  const lines = [
    "| kind | requests | accepted | 409 | other 4xx | 5xx/errors | p50 ms | p95 ms |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const k of kinds)
    lines.push(
      `| ${k.kind} | ${k.requests} | ${k.accepted} | ${k.conflicts} | ${k.other4xx} | ${k.errors} | ${ms(k.ms.p50)} | ${ms(k.ms.p95)} |`,
    );
  const sum = (f: (k: KindFigures) => number) => kinds.reduce((n, k) => n + f(k), 0);
  lines.push(
    `| **all** | ${sum((k) => k.requests)} | ${sum((k) => k.accepted)} | ${sum((k) => k.conflicts)} | ${sum((k) => k.other4xx)} | ${sum((k) => k.errors)} | | |`,
  );
  return lines.join("\n");
}
