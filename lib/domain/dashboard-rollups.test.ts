import { describe, expect, it } from "vitest";
import { computeIndicatorProgress, countShadeOf, flagDeliveryOutcome, progressSeriesOf, rateBandOf } from "./dashboard-rollups";

describe("progressSeriesOf", () => {
  const base = { direction: "INCREASE" as const, targetYear: 2030, targetValue: 100 };
  it("adds the declared baseline when no observation exists for its year", () => {
    expect(progressSeriesOf({ ...base, baselineYear: 2021, baselineValue: 50, observations: [{ year: 2024, value: 60 }] })).toEqual([
      { year: 2021, value: 50 },
      { year: 2024, value: 60 },
    ]);
  });
  it("keeps the observation when the baseline year was observed", () => {
    expect(
      progressSeriesOf({
        ...base,
        baselineYear: 2023,
        baselineValue: 1,
        observations: [
          { year: 2023, value: 65 },
          { year: 2024, value: 71 },
        ],
      }),
    ).toEqual([
      { year: 2023, value: 65 },
      { year: 2024, value: 71 },
    ]);
  });
  it("keeps one observation per year, the later as-of date", () => {
    const observations = [
      { year: 2025, value: 76, asOfDate: "2025-06-30" },
      { year: 2025, value: 77, asOfDate: "2025-12-31" },
      { year: 2024, value: 71 },
    ];
    expect(progressSeriesOf({ ...base, baselineYear: null, baselineValue: null, observations })).toEqual([
      { year: 2024, value: 71 },
      { year: 2025, value: 77 },
    ]);
  });
  it("needs both baseline year and value", () => {
    expect(progressSeriesOf({ ...base, baselineYear: 2021, baselineValue: null, observations: [] })).toEqual([]);
  });
});

describe("computeIndicatorProgress", () => {
  it.each([
    {
      name: "UNESCO titles above a target of 60",
      observations: [
        { year: 2023, value: 65 },
        { year: 2024, value: 71 },
        { year: 2025, value: 77 },
      ],
      targetValue: 60,
      status: "TARGET_ACHIEVED",
    },
    { name: "one observation only", observations: [{ year: 2025, value: 14 }], targetValue: null, status: "INSUFFICIENT_DATA" },
    {
      name: "falling against a rising target",
      observations: [
        { year: 2022, value: 10 },
        { year: 2025, value: 8 },
      ],
      targetValue: 20,
      status: "DETERIORATION",
    },
    {
      name: "on the required path",
      observations: [
        { year: 2020, value: 100 },
        { year: 2025, value: 150 },
      ],
      targetValue: 200,
      status: "SUBSTANTIAL",
    },
  ])("$name → $status", ({ observations, targetValue, status }) => {
    const result = computeIndicatorProgress({
      direction: "INCREASE",
      baselineYear: null,
      baselineValue: null,
      targetYear: targetValue === null ? null : 2030,
      targetValue,
      observations,
    });
    expect(result.status).toBe(status);
  });
});

describe("flagDeliveryOutcome", () => {
  const row = (objectiveCode: string, completionRate: number | null, statuses: string[]) => ({
    objectiveCode,
    completionRate,
    taskCount: 10,
    indicators: statuses.map((status, i) => ({ code: `${objectiveCode}-I${i}`, status: status as never })),
  });
  it.each([
    { name: "80 % complete, limited indicator", input: row("SO1", 0.8, ["LIMITED"]), ahead: ["SO1"], behind: [] },
    { name: "79 % complete, limited indicator: not flagged", input: row("SO1", 0.79, ["LIMITED"]), ahead: [], behind: [] },
    { name: "all done, no data", input: row("SO2", 1, ["INSUFFICIENT_DATA", "SUBSTANTIAL"]), ahead: ["SO2"], behind: [] },
    { name: "29 % complete, target achieved", input: row("SO3", 0.29, ["TARGET_ACHIEVED"]), ahead: [], behind: ["SO3"] },
    { name: "30 % complete, substantial: not flagged", input: row("SO3", 0.3, ["SUBSTANTIAL"]), ahead: [], behind: [] },
    { name: "no task in scope: never flagged", input: row("SO4", null, ["LIMITED", "TARGET_ACHIEVED"]), ahead: [], behind: [] },
    { name: "no indicator", input: row("SO5", 1, []), ahead: [], behind: [] },
  ])("$name", ({ input, ahead, behind }) => {
    const flags = flagDeliveryOutcome([input]);
    expect(flags.deliveryAhead.map((f) => f.objectiveCode)).toEqual(ahead);
    expect(flags.outcomeAhead.map((f) => f.objectiveCode)).toEqual(behind);
  });
  it("names only the indicators that diverge", () => {
    const [flag] = flagDeliveryOutcome([row("SO1", 0.9, ["LIMITED", "SUBSTANTIAL", "DETERIORATION"])]).deliveryAhead;
    expect(flag!.indicators.map((i) => i.status)).toEqual(["LIMITED", "DETERIORATION"]);
  });
});

describe("bands", () => {
  it.each([
    [null, "NO_DATA"],
    [Number.NaN, "NO_DATA"],
    [0, "LOW"],
    [0.299, "LOW"],
    [0.3, "FAIR"],
    [0.6, "GOOD"],
    [0.8, "HIGH"],
    [1, "HIGH"],
  ])("rate %s → %s", (rate, band) => {
    expect(rateBandOf(rate)).toBe(band);
  });
  it.each([
    [0, 0],
    [1, 1],
    [3, 2],
    [4, 3],
  ])("count %i → shade %i", (count, shade) => {
    expect(countShadeOf(count)).toBe(shade);
  });
});
