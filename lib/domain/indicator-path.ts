// The straight path an indicator should follow from its baseline to its target, and the yearly series that
// puts observations and that path side by side (the chart and its equivalent table read the same rows).
// Pure: no Prisma, no clock; values arrive as plain numbers.

export type PathEndpoints = {
  baselineYear: number | null;
  baselineValue: number | null;
  targetYear: number | null;
  targetValue: number | null;
};

export type IndicatorPath = {
  baselineYear: number;
  baselineValue: number;
  targetYear: number;
  targetValue: number;
};

export type YearlyObservation = { year: number; asOfDate?: string | null };

export type SeriesRow<T> = {
  year: number;
  observation: T | null;
  pathValue: number | null;
};

// A path needs both ends, finite values, and a target that does not come before the baseline.
export function resolvePath(endpoints: PathEndpoints): IndicatorPath | null {
  const { baselineYear, baselineValue, targetYear, targetValue } = endpoints;
  if (baselineYear === null || baselineValue === null || targetYear === null || targetValue === null) return null;
  if (![baselineYear, baselineValue, targetYear, targetValue].every(Number.isFinite)) return null;
  if (targetYear < baselineYear) return null;
  return { baselineYear, baselineValue, targetYear, targetValue };
}

// The value the straight line from baseline to target takes in `year`; null outside [baselineYear, targetYear]
// because the strategy sets no expectation before its baseline or after its horizon.
export function computePathValue(endpoints: PathEndpoints, year: number): number | null {
  const path = resolvePath(endpoints);
  if (!path || year < path.baselineYear || year > path.targetYear) return null;
  if (path.targetYear === path.baselineYear) return path.targetValue;
  const share = (year - path.baselineYear) / (path.targetYear - path.baselineYear);
  return path.baselineValue + share * (path.targetValue - path.baselineValue);
}

// The most recent observation by year; within one year, the later as-of date (ISO yyyy-mm-dd) wins, and an
// observation with a date wins over one without. The input order breaks any remaining tie (first wins).
export function selectLatestObservation<T extends YearlyObservation>(observations: readonly T[]): T | null {
  let latest: T | null = null;
  for (const candidate of observations) {
    if (!latest || isLater(candidate, latest)) latest = candidate;
  }
  return latest;
}

function isLater(a: YearlyObservation, b: YearlyObservation): boolean {
  if (a.year !== b.year) return a.year > b.year;
  const aDate = a.asOfDate ?? "";
  const bDate = b.asOfDate ?? "";
  return aDate > bDate;
}

// One row per year from the earliest to the latest year that has an observation or a path point, so the
// chart's x-axis and the table have no holes. Each year keeps its latest observation if several were given.
export function buildIndicatorSeries<T extends YearlyObservation>(observations: readonly T[], endpoints: PathEndpoints): SeriesRow<T>[] {
  const path = resolvePath(endpoints);
  const byYear = new Map<number, T>();
  for (const observation of observations) {
    const current = byYear.get(observation.year);
    if (!current || isLater(observation, current)) byYear.set(observation.year, observation);
  }
  const years = [...byYear.keys()];
  if (path) years.push(path.baselineYear, path.targetYear);
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  const rows: SeriesRow<T>[] = [];
  for (let year = first; year <= last; year += 1) {
    rows.push({ year, observation: byYear.get(year) ?? null, pathValue: computePathValue(endpoints, year) });
  }
  return rows;
}
