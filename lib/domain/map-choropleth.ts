// The world map's rules: which colour step a country's count falls in, the legend's ranges, and the
// colour-blind-safe sequential palette (viridis, light to dark so that more activities read as darker).

// Five viridis steps, reversed (light = few). Readable by the common colour-vision deficiencies; the legend and
// the table carry the numbers, so colour is never the only cue.
export const MAP_STEPS = ["#fde725", "#5ec962", "#21918c", "#3b528b", "#440154"] as const;
export const MAP_NO_DATA = "#e2e8f0";

export type MapBin = { step: number; from: number; to: number; color: string };

// Equal-width classes from 1 to the largest count, at most MAP_STEPS.length of them, each at least one
// activity wide (with a maximum of 3 there are three classes: 1, 2, 3). Zero is "no activity", uncoloured.
export function mapBins(maxCount: number): MapBin[] {
  if (maxCount <= 0) return [];
  const steps = Math.min(MAP_STEPS.length, maxCount);
  const bins: MapBin[] = [];
  let from = 1;
  for (let i = 0; i < steps; i++) {
    const to = i === steps - 1 ? maxCount : Math.max(from, Math.round((maxCount * (i + 1)) / steps));
    bins.push({ step: i, from, to, color: MAP_STEPS[Math.round((i * (MAP_STEPS.length - 1)) / Math.max(1, steps - 1))]! });
    from = to + 1;
  }
  return bins;
}

export function colorFor(count: number, bins: readonly MapBin[]): string {
  if (count <= 0) return MAP_NO_DATA;
  return (bins.find((b) => count >= b.from && count <= b.to) ?? bins[bins.length - 1])?.color ?? MAP_NO_DATA;
}
