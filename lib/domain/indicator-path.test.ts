import { describe, expect, it } from "vitest";
import { buildIndicatorSeries, computePathValue, resolvePath, selectLatestObservation, type PathEndpoints } from "./indicator-path";

const unesco: PathEndpoints = { baselineYear: 2023, baselineValue: 65, targetYear: 2030, targetValue: 60 };
const rising: PathEndpoints = { baselineYear: 2020, baselineValue: 10, targetYear: 2030, targetValue: 30 };
const flat: PathEndpoints = { baselineYear: 2023, baselineValue: 50, targetYear: 2030, targetValue: 50 };
const sameYear: PathEndpoints = { baselineYear: 2030, baselineValue: 5, targetYear: 2030, targetValue: 8 };

describe("resolvePath", () => {
  it.each<[string, PathEndpoints, boolean]>([
    ["complete endpoints", rising, true],
    ["missing baseline year", { ...rising, baselineYear: null }, false],
    ["missing baseline value", { ...rising, baselineValue: null }, false],
    ["missing target year", { ...rising, targetYear: null }, false],
    ["missing target value", { ...rising, targetValue: null }, false],
    ["target before baseline", { ...rising, targetYear: 2019 }, false],
    ["non-finite value", { ...rising, targetValue: Number.NaN }, false],
    ["baseline and target in the same year", sameYear, true],
  ])("%s → has a path: %s", (_name, endpoints, expected) => {
    expect(resolvePath(endpoints) !== null).toBe(expected);
  });
});

describe("computePathValue", () => {
  it.each<[string, PathEndpoints, number, number | null]>([
    ["rising path at the baseline year", rising, 2020, 10],
    ["rising path halfway", rising, 2025, 20],
    ["rising path at the target year", rising, 2030, 30],
    ["lower target: baseline year", unesco, 2023, 65],
    ["lower target: one year on", unesco, 2024, 65 - 5 / 7],
    ["lower target: target year", unesco, 2030, 60],
    ["baseline equals target: stays flat", flat, 2027, 50],
    ["same year for baseline and target: that year", sameYear, 2030, 8],
    ["same year for baseline and target: the year before", sameYear, 2029, null],
    ["year before the baseline", rising, 2019, null],
    ["year after the target", rising, 2031, null],
    ["missing baseline: no path", { ...rising, baselineValue: null }, 2025, null],
    ["missing target: no path", { ...rising, targetYear: null }, 2025, null],
  ])("%s", (_name, endpoints, year, expected) => {
    const value = computePathValue(endpoints, year);
    if (expected === null) expect(value).toBeNull();
    else expect(value).toBeCloseTo(expected, 10);
  });
});

type Obs = { id: string; year: number; asOfDate?: string | null };

describe("selectLatestObservation", () => {
  it.each<[string, Obs[], string | null]>([
    ["no observations", [], null],
    ["a single observation", [{ id: "a", year: 2024 }], "a"],
    [
      "the highest year, whatever the order",
      [
        { id: "a", year: 2025 },
        { id: "b", year: 2023 },
        { id: "c", year: 2024 },
      ],
      "a",
    ],
    [
      "same year: the later as-of date",
      [
        { id: "a", year: 2024, asOfDate: "2024-06-30" },
        { id: "b", year: 2024, asOfDate: "2024-12-31" },
      ],
      "b",
    ],
    [
      "same year: a dated one over an undated one",
      [
        { id: "a", year: 2024 },
        { id: "b", year: 2024, asOfDate: "2024-01-01" },
      ],
      "b",
    ],
    [
      "same year, no dates: the first given",
      [
        { id: "a", year: 2024 },
        { id: "b", year: 2024 },
      ],
      "a",
    ],
  ])("%s", (_name, observations, expectedId) => {
    expect(selectLatestObservation(observations)?.id ?? null).toBe(expectedId);
  });
});

describe("buildIndicatorSeries", () => {
  const unescoObservations: Obs[] = [
    { id: "2024", year: 2024 },
    { id: "2023", year: 2023 },
    { id: "2025", year: 2025 },
  ];

  it.each<[string, Obs[], PathEndpoints, { year: number; id: string | null; path: number | null }[]]>([
    ["nothing observed and no path", [], { ...rising, targetValue: null }, []],
    [
      "a single observation without a path",
      [{ id: "x", year: 2019 }],
      { baselineYear: null, baselineValue: null, targetYear: null, targetValue: null },
      [{ year: 2019, id: "x", path: null }],
    ],
    [
      "no observations: the path alone spans baseline to target",
      [],
      { baselineYear: 2028, baselineValue: 0, targetYear: 2030, targetValue: 10 },
      [
        { year: 2028, id: null, path: 0 },
        { year: 2029, id: null, path: 5 },
        { year: 2030, id: null, path: 10 },
      ],
    ],
    [
      "an observation before the baseline widens the range without a path value",
      [{ id: "old", year: 2026 }],
      { baselineYear: 2028, baselineValue: 0, targetYear: 2030, targetValue: 10 },
      [
        { year: 2026, id: "old", path: null },
        { year: 2027, id: null, path: null },
        { year: 2028, id: null, path: 0 },
        { year: 2029, id: null, path: 5 },
        { year: 2030, id: null, path: 10 },
      ],
    ],
    [
      "an observation after the target has no path value",
      [{ id: "late", year: 2031 }],
      { baselineYear: 2029, baselineValue: 0, targetYear: 2030, targetValue: 10 },
      [
        { year: 2029, id: null, path: 0 },
        { year: 2030, id: null, path: 10 },
        { year: 2031, id: "late", path: null },
      ],
    ],
    [
      "gaps between observations are kept as empty years",
      [
        { id: "a", year: 2020 },
        { id: "b", year: 2022 },
      ],
      { baselineYear: null, baselineValue: null, targetYear: null, targetValue: null },
      [
        { year: 2020, id: "a", path: null },
        { year: 2021, id: null, path: null },
        { year: 2022, id: "b", path: null },
      ],
    ],
  ])("%s", (_name, observations, endpoints, expected) => {
    const rows = buildIndicatorSeries(observations, endpoints).map((row) => ({
      year: row.year,
      id: row.observation?.id ?? null,
      path: row.pathValue,
    }));
    expect(rows).toEqual(expected);
  });

  it("lays the UNESCO series (2023–2025) against a lower 2030 target, year by year", () => {
    const rows = buildIndicatorSeries(unescoObservations, unesco);
    expect(rows.map((r) => r.year)).toEqual([2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    expect(rows.map((r) => r.observation?.id ?? null)).toEqual(["2023", "2024", "2025", null, null, null, null, null]);
    expect(rows[0]?.pathValue).toBe(65);
    expect(rows[7]?.pathValue).toBe(60);
    expect(rows[3]?.pathValue).toBeCloseTo(65 - 15 / 7, 10);
  });

  it("keeps the latest observation when a year is given twice", () => {
    const rows = buildIndicatorSeries(
      [
        { id: "early", year: 2024, asOfDate: "2024-03-01" },
        { id: "late", year: 2024, asOfDate: "2024-12-31" },
      ],
      { baselineYear: null, baselineValue: null, targetYear: null, targetValue: null },
    );
    expect(rows).toEqual([{ year: 2024, observation: { id: "late", year: 2024, asOfDate: "2024-12-31" }, pathValue: null }]);
  });
});
