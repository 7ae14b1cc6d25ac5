import { describe, expect, it } from "vitest";
import { cagr, computeProgressStatus, statusFromScore } from "./progress-status";

describe("CAGR", () => {
  it("is the compound annual growth rate", () => {
    expect(cagr(121, 100, 2022, 2020)).toBeCloseTo(0.1, 10);
    expect(cagr(81, 100, 2022, 2020)).toBeCloseTo(-0.1, 10);
  });
});

describe("progress status (Open SDG / Statistics Canada method)", () => {
  it("UNESCO titles: 65 (2023) → 77 (2025) against 60 by 2030 is target achieved", () => {
    const r = computeProgressStatus({ observations: [{ year: 2023, value: 65 }, { year: 2024, value: 71 }, { year: 2025, value: 77 }], direction: "INCREASE", target: 60 });
    expect(r.status).toBe("TARGET_ACHIEVED");
    expect(r.score).toBe(5);
    expect(r.observedRate).toBeCloseTo(Math.sqrt(77 / 65) - 1, 10);
    expect(r.requiredRate).toBeLessThan(0); // the target is below the base
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
    const r = computeProgressStatus({ observations: [{ year: 2020, value: 100 }, { year: 2025, value: current }], direction: "INCREASE", target: 200 });
    expect(r.status).toBe(status);
  });

  it("lower is better: a rank from 69 to 53 against a target of 40", () => {
    const r = computeProgressStatus({ observations: [{ year: 2023, value: 69 }, { year: 2024, value: 53 }], direction: "DECREASE", target: 40 });
    expect(r.status).toBe("SUBSTANTIAL"); // observed −23 %/yr against −8.8 %/yr required
    expect(r.ratio!).toBeGreaterThan(1);
    const worse = computeProgressStatus({ observations: [{ year: 2023, value: 53 }, { year: 2024, value: 69 }], direction: "DECREASE", target: 40 });
    expect(worse.status).toBe("DETERIORATION");
    const met = computeProgressStatus({ observations: [{ year: 2023, value: 45 }, { year: 2024, value: 38 }], direction: "DECREASE", target: 40 });
    expect(met.status).toBe("TARGET_ACHIEVED");
  });

  it("treats a zero base as 0.001", () => {
    const r = computeProgressStatus({ observations: [{ year: 2022, value: 0 }, { year: 2025, value: 3 }], direction: "INCREASE", target: 10 });
    expect(r.base).toEqual({ year: 2022, value: 0 });
    // 0.001 → 3 in 3 years is +1,342 %/yr against +216 %/yr required from 0.001 to 10 by 2030.
    expect(r.status).toBe("SUBSTANTIAL");
    expect(r.ratio!).toBeCloseTo((Math.cbrt(3000) - 1) / (Math.pow(10_000, 1 / 8) - 1), 6);
  });

  it("needs two observations", () => {
    expect(computeProgressStatus({ observations: [{ year: 2025, value: 77 }], direction: "INCREASE", target: 60 })).toMatchObject({ status: "INSUFFICIENT_DATA", reason: "needs_two_observations" });
    expect(computeProgressStatus({ observations: [], direction: "INCREASE" }).status).toBe("INSUFFICIENT_DATA");
  });

  it("without a target uses the growth thresholds (1.5 %/yr substantial)", () => {
    const fast = computeProgressStatus({ observations: [{ year: 2022, value: 4 }, { year: 2025, value: 14 }], direction: "INCREASE" });
    expect(fast).toMatchObject({ method: "NO_TARGET", status: "SUBSTANTIAL", requiredRate: null });
    const moderate = computeProgressStatus({ observations: [{ year: 2020, value: 100 }, { year: 2025, value: 103 }], direction: "INCREASE" });
    expect(moderate.status).toBe("MODERATE"); // ≈ 0.6 %/yr
    const slow = computeProgressStatus({ observations: [{ year: 2020, value: 100 }, { year: 2025, value: 100.5 }], direction: "INCREASE" });
    expect(slow.status).toBe("LIMITED"); // ≈ 0.1 %/yr
    const down = computeProgressStatus({ observations: [{ year: 2020, value: 100 }, { year: 2025, value: 80 }], direction: "INCREASE" });
    expect(down.status).toBe("DETERIORATION");
  });

  it("computes the annual change still required from now", () => {
    const r = computeProgressStatus({ observations: [{ year: 2020, value: 100 }, { year: 2025, value: 110 }], direction: "INCREASE", target: 200 });
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
