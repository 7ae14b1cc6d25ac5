import { describe, expect, it } from "vitest";
import { deliveryOutcome, indicatorOverview, summarizeProgress } from "./dashboard-summary";
import type { CompletionRow, HeadlineIndicator, TaskCompletion } from "./dashboard-types";

describe("summarizeProgress", () => {
  it("reports the base, the current value and the rates toward the target", () => {
    const summary = summarizeProgress({
      direction: "INCREASE",
      baselineYear: 2020,
      baselineValue: 100,
      targetYear: 2030,
      targetValue: 200,
      observations: [{ year: 2025, value: 150 }],
    });
    expect(summary).toMatchObject({ method: "TARGET", baseYear: 2020, baseValue: 100, currentYear: 2025, currentValue: 150 });
    expect(summary.observedRate).toBeCloseTo(Math.pow(1.5, 1 / 5) - 1, 10);
    expect(summary.requiredRate).toBeCloseTo(Math.pow(2, 1 / 10) - 1, 10);
    expect(summary.status).toBe("SUBSTANTIAL");
  });
  it("is insufficient data, with no rates, from a single observation", () => {
    const summary = summarizeProgress({
      direction: "INCREASE",
      baselineYear: null,
      baselineValue: null,
      targetYear: 2030,
      targetValue: 10,
      observations: [{ year: 2024, value: 3 }],
    });
    expect(summary).toMatchObject({
      status: "INSUFFICIENT_DATA",
      method: "NONE",
      observedRate: null,
      requiredRate: null,
      ratio: null,
      projection: null,
      requiredAnnualChange: null,
    });
  });
  it("never returns a non-finite number (a zero base would divide by zero)", () => {
    const summary = summarizeProgress({
      direction: "INCREASE",
      baselineYear: 2020,
      baselineValue: 0,
      targetYear: 2030,
      targetValue: 5,
      observations: [{ year: 2024, value: 4 }],
    });
    for (const value of [summary.observedRate, summary.requiredRate, summary.ratio, summary.projection, summary.requiredAnnualChange]) {
      expect(value === null || Number.isFinite(value)).toBe(true);
    }
  });
});

const stats = { counts: { NOT_STARTED: 0, IN_PROGRESS: 0, COMPLETED: 0, DELAYED: 0, CANCELLED: 0 }, overdue: 0, averageProgress: null };
const row = (code: string, completionRate: number | null, total: number): CompletionRow => ({
  ...stats,
  code,
  titleVi: `Mục tiêu ${code}`,
  titleEn: `Objective ${code}`,
  completionRate,
  total,
});
const indicator = (code: string, objectiveCode: string, status: HeadlineIndicator["progress"]["status"]) =>
  ({ code, objectiveCode, progress: { status } }) as unknown as HeadlineIndicator;

describe("deliveryOutcome", () => {
  const completion: TaskCompletion = {
    byObjective: [row("MT1", 0.9, 10), row("MT2", 0.1, 10), row("MT3", 0.5, 4), row("MT4", null, 0)],
    byTaskGroup: [],
    total: { ...stats, total: 24, completionRate: 0.5 },
  };
  it("flags delivery ahead of outcome and outcome ahead of delivery, with the objective's titles", () => {
    const flags = deliveryOutcome(completion, [
      indicator("I1", "MT1", "LIMITED"),
      indicator("I2", "MT2", "SUBSTANTIAL"),
      indicator("I3", "MT3", "DETERIORATION"),
    ]);
    expect(flags.deliveryAhead).toEqual([
      {
        objectiveCode: "MT1",
        completionRate: 0.9,
        taskCount: 10,
        indicators: [{ code: "I1", status: "LIMITED" }],
        titleVi: "Mục tiêu MT1",
        titleEn: "Objective MT1",
      },
    ]);
    expect(flags.outcomeAhead).toEqual([
      {
        objectiveCode: "MT2",
        completionRate: 0.1,
        taskCount: 10,
        indicators: [{ code: "I2", status: "SUBSTANTIAL" }],
        titleVi: "Mục tiêu MT2",
        titleEn: "Objective MT2",
      },
    ]);
  });
  it("flags nothing where the indicators agree with the tasks or an objective has no task", () => {
    const flags = deliveryOutcome(completion, [
      indicator("I1", "MT1", "TARGET_ACHIEVED"),
      indicator("I2", "MT2", "LIMITED"),
      indicator("I4", "MT4", "SUBSTANTIAL"),
    ]);
    expect(flags).toEqual({ deliveryAhead: [], outcomeAhead: [] });
  });
});

describe("indicatorOverview", () => {
  it("counts the indicators in every progress status, zero included", () => {
    const overview = indicatorOverview([
      indicator("I1", "MT1", "LIMITED"),
      indicator("I2", "MT1", "LIMITED"),
      indicator("I3", "MT2", "SUBSTANTIAL"),
    ]);
    expect(overview.statusCounts).toEqual({
      TARGET_ACHIEVED: 0,
      SUBSTANTIAL: 1,
      MODERATE: 0,
      LIMITED: 2,
      DETERIORATION: 0,
      INSUFFICIENT_DATA: 0,
    });
    expect(overview.indicators).toHaveLength(3);
  });
});
