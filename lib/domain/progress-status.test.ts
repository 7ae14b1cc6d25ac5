import { describe, expect, it } from "vitest";
import { cagr, computeProgressStatus, firstYearMet, progressModelOf, statusFromScore } from "./progress-status";

describe("CAGR", () => {
  it("is the compound annual growth rate", () => {
    expect(cagr(121, 100, 2022, 2020)).toBeCloseTo(0.1, 10);
    expect(cagr(81, 100, 2022, 2020)).toBeCloseTo(-0.1, 10);
  });
});

describe("the model follows what the indicator measures", () => {
  it.each([
    ["COUNT", "LINEAR"],
    ["RANK", "LINEAR"],
    ["RATE", "CAGR"],
  ] as const)("%s → %s", (measure, model) => {
    expect(progressModelOf(measure)).toBe(model);
  });
});

describe("counts: linear path and projection in whole units", () => {
  const unesco = [
    { year: 2021, value: 58 },
    { year: 2023, value: 65 },
    { year: 2024, value: 71 },
    { year: 2025, value: 77 },
  ];

  it("UNESCO titles from the Strategy's start (58 at end-2021) to 77 (2025) against 60 by 2030: exceeded since 2023", () => {
    const r = computeProgressStatus({ observations: unesco, direction: "INCREASE", measure: "COUNT", baseYear: 2021, target: 60 });
    expect(r).toMatchObject({ model: "LINEAR", status: "TARGET_ACHIEVED", achievedYear: 2023, score: 5, base: { year: 2021, value: 58 } });
    expect(r.observedChangePerYear).toBeCloseTo(19 / 4, 10);
    expect(r.requiredChangePerYear).toBeCloseTo(2 / 9, 10); // the path rises, as a higher-is-better path must
    expect(r.projection).toBe(101); // 77 + 4.75 × 5 = 100.75, shown as a whole number of titles
    expect(Number.isInteger(r.projection)).toBe(true);
    expect(r.observedRate).toBeNull(); // no compound rate for a count
    expect(r.requiredAnnualChange).toBeNull();
  });

  // Base 10 in 2020, target 30 in 2030: the path rises 2 a year.
  it.each([
    { name: "on the path (r = 1)", current: 20, status: "SUBSTANTIAL", ratio: 1 },
    { name: "r = 0.95 exactly is substantial", current: 19.5, status: "SUBSTANTIAL", ratio: 0.95 },
    { name: "r = 0.8 is moderate", current: 18, status: "MODERATE", ratio: 0.8 },
    { name: "r = 0.6 exactly is moderate", current: 16, status: "MODERATE", ratio: 0.6 },
    { name: "r = 0.3 is limited", current: 13, status: "LIMITED", ratio: 0.3 },
    { name: "no change is limited", current: 10, status: "LIMITED", ratio: 0 },
    { name: "going backwards is deterioration", current: 8, status: "DETERIORATION", ratio: -0.2 },
    { name: "reaching the target early", current: 30, status: "TARGET_ACHIEVED", ratio: 2 },
  ])("$name", ({ current, status, ratio }) => {
    const r = computeProgressStatus({
      observations: [
        { year: 2020, value: 10 },
        { year: 2025, value: current },
      ],
      direction: "INCREASE",
      measure: "COUNT",
      target: 30,
    });
    expect(r.status).toBe(status);
    expect(r.ratio!).toBeCloseTo(ratio, 10);
  });

  it("needs (T − current) / remaining years from now, in units", () => {
    const r = computeProgressStatus({
      observations: [
        { year: 2020, value: 10 },
        { year: 2025, value: 15 },
      ],
      direction: "INCREASE",
      measure: "COUNT",
      target: 30,
    });
    expect(r.neededChangePerYear).toBeCloseTo(3, 10);
    expect(r.projection).toBe(20);
  });

  it("a target the base already met, then lost, is deterioration", () => {
    const r = computeProgressStatus({
      observations: [
        { year: 2021, value: 65 },
        { year: 2025, value: 55 },
      ],
      direction: "INCREASE",
      measure: "COUNT",
      target: 60,
    });
    expect(r.status).toBe("DETERIORATION");
    expect(r.achievedYear).toBeNull();
  });

  it("a rank (lower is better) met in 2024 keeps the first year it was met", () => {
    const r = computeProgressStatus({
      observations: [
        { year: 2022, value: 69 },
        { year: 2024, value: 50 },
        { year: 2025, value: 48 },
      ],
      direction: "DECREASE",
      measure: "RANK",
      target: 50,
    });
    expect(r).toMatchObject({ status: "TARGET_ACHIEVED", achievedYear: 2024 });
    expect(r.projection).toBe(13); // 48 − 7 × 5: seven places a year over three years, five years left
  });

  it("without a target: the yearly change as a share of the base against 1.5 %/0.5 %/0", () => {
    expect(
      computeProgressStatus({
        observations: [
          { year: 2022, value: 4 },
          { year: 2025, value: 14 },
        ],
        direction: "INCREASE",
        measure: "COUNT",
      }),
    ).toMatchObject({ method: "NO_TARGET", status: "SUBSTANTIAL", projection: 31 });
    expect(
      computeProgressStatus({
        observations: [
          { year: 2020, value: 100 },
          { year: 2025, value: 90 },
        ],
        direction: "INCREASE",
        measure: "COUNT",
      }).status,
    ).toBe("DETERIORATION");
  });

  it.each([
    {
      name: "first year at or above the target",
      series: [
        { year: 2021, value: 58 },
        { year: 2023, value: 65 },
        { year: 2024, value: 59 },
      ],
      expected: 2023,
    },
    { name: "never met", series: [{ year: 2021, value: 58 }], expected: null },
    {
      name: "years before the base do not count",
      series: [
        { year: 2019, value: 61 },
        { year: 2022, value: 62 },
      ],
      expected: 2022,
    },
  ])("firstYearMet: $name", ({ series, expected }) => {
    expect(firstYearMet(series, 60, "INCREASE", 2021)).toBe(expected);
  });
});

describe("rates: progress status by the Open SDG / Statistics Canada method", () => {
  it("a rate above its target is achieved, with the first year met", () => {
    const r = computeProgressStatus({
      observations: [
        { year: 2023, value: 65 },
        { year: 2024, value: 71 },
        { year: 2025, value: 77 },
      ],
      direction: "INCREASE",
      measure: "RATE",
      target: 60,
    });
    expect(r).toMatchObject({ model: "CAGR", status: "TARGET_ACHIEVED", achievedYear: 2023, score: 5 });
    expect(r.observedRate).toBeCloseTo(Math.sqrt(77 / 65) - 1, 10);
    expect(r.projection).toBeCloseTo(77 * Math.pow(77 / 65, 5 / 2), 6);
  });

  // Worked examples, base 100 in 2020, target 200 in 2030: required CAGR = 2^(1/10) − 1 ≈ 7.177 %.
  const required = Math.pow(2, 0.1) - 1;
  it.each([
    { name: "on track (r = 1)", current: 100 * Math.pow(1 + required, 5), status: "SUBSTANTIAL" },
    { name: "r = 0.95 exactly is substantial", current: 100 * Math.pow(1 + 0.95 * required, 5), status: "SUBSTANTIAL" },
    { name: "r = 0.8 is moderate", current: 100 * Math.pow(1 + 0.8 * required, 5), status: "MODERATE" },
    { name: "r = 0.6 exactly is moderate", current: 100 * Math.pow(1 + 0.6 * required, 5), status: "MODERATE" },
    { name: "r = 0.3 is limited", current: 100 * Math.pow(1 + 0.3 * required, 5), status: "LIMITED" },
    { name: "no change is limited (r = 0)", current: 100, status: "LIMITED" },
    { name: "falling is deterioration", current: 90, status: "DETERIORATION" },
    { name: "reaching the target early", current: 205, status: "TARGET_ACHIEVED" },
  ])("$name", ({ current, status }) => {
    const r = computeProgressStatus({
      observations: [
        { year: 2020, value: 100 },
        { year: 2025, value: current },
      ],
      direction: "INCREASE",
      target: 200,
    });
    expect(r.status).toBe(status);
  });

  it("lower is better: a rank from 69 to 53 against a target of 40", () => {
    const r = computeProgressStatus({
      observations: [
        { year: 2023, value: 69 },
        { year: 2024, value: 53 },
      ],
      direction: "DECREASE",
      target: 40,
    });
    expect(r.status).toBe("SUBSTANTIAL"); // observed −23 %/yr against −8.8 %/yr required
    expect(r.ratio!).toBeGreaterThan(1);
    const worse = computeProgressStatus({
      observations: [
        { year: 2023, value: 53 },
        { year: 2024, value: 69 },
      ],
      direction: "DECREASE",
      target: 40,
    });
    expect(worse.status).toBe("DETERIORATION");
    const met = computeProgressStatus({
      observations: [
        { year: 2023, value: 45 },
        { year: 2024, value: 38 },
      ],
      direction: "DECREASE",
      target: 40,
    });
    expect(met.status).toBe("TARGET_ACHIEVED");
  });

  it("treats a zero base as 0.001", () => {
    const r = computeProgressStatus({
      observations: [
        { year: 2022, value: 0 },
        { year: 2025, value: 3 },
      ],
      direction: "INCREASE",
      target: 10,
    });
    expect(r.base).toEqual({ year: 2022, value: 0 });
    // 0.001 → 3 in 3 years is +1,342 %/yr against +216 %/yr required from 0.001 to 10 by 2030.
    expect(r.status).toBe("SUBSTANTIAL");
    expect(r.ratio!).toBeCloseTo((Math.cbrt(3000) - 1) / (Math.pow(10_000, 1 / 8) - 1), 6);
  });

  it("needs two observations", () => {
    expect(computeProgressStatus({ observations: [{ year: 2025, value: 77 }], direction: "INCREASE", target: 60 })).toMatchObject({
      status: "INSUFFICIENT_DATA",
      reason: "needs_two_observations",
    });
    expect(computeProgressStatus({ observations: [], direction: "INCREASE" }).status).toBe("INSUFFICIENT_DATA");
  });

  it("without a target uses the growth thresholds (1.5 %/yr substantial)", () => {
    const fast = computeProgressStatus({
      observations: [
        { year: 2022, value: 4 },
        { year: 2025, value: 14 },
      ],
      direction: "INCREASE",
    });
    expect(fast).toMatchObject({ method: "NO_TARGET", status: "SUBSTANTIAL", requiredRate: null });
    const moderate = computeProgressStatus({
      observations: [
        { year: 2020, value: 100 },
        { year: 2025, value: 103 },
      ],
      direction: "INCREASE",
    });
    expect(moderate.status).toBe("MODERATE"); // ≈ 0.6 %/yr
    const slow = computeProgressStatus({
      observations: [
        { year: 2020, value: 100 },
        { year: 2025, value: 100.5 },
      ],
      direction: "INCREASE",
    });
    expect(slow.status).toBe("LIMITED"); // ≈ 0.1 %/yr
    const down = computeProgressStatus({
      observations: [
        { year: 2020, value: 100 },
        { year: 2025, value: 80 },
      ],
      direction: "INCREASE",
    });
    expect(down.status).toBe("DETERIORATION");
  });

  it("computes the annual change still required from now", () => {
    const r = computeProgressStatus({
      observations: [
        { year: 2020, value: 100 },
        { year: 2025, value: 110 },
      ],
      direction: "INCREASE",
      target: 200,
    });
    expect(r.requiredAnnualChange).toBeCloseTo(Math.pow(200 / 110, 1 / 5) - 1, 10);
  });

  it.each([
    [5, "SUBSTANTIAL"],
    [2.5, "SUBSTANTIAL"],
    [0, "MODERATE"],
    [-1, "LIMITED"],
    [-2.5, "LIMITED"],
    [-3, "DETERIORATION"],
  ] as const)("score %d → %s", (score, status) => {
    expect(statusFromScore(score)).toBe(status);
  });
});
