import { describe, expect, it } from "vitest";
import { buildWorkingCalendar, statutoryHolidays } from "./holidays";
import {
  addWorkingDays,
  cutoffWindow,
  deadlineByRule,
  deadlineFor,
  isoDay,
  periodContaining,
  periodsOfYear,
  type PeriodKind,
} from "./reporting-calendar";

const NO_HOLIDAYS = new Set<string>();

describe("cut-off windows (Decree 09/2019, Art. 12)", () => {
  it.each([
    { kind: "MONTHLY", year: 2026, number: 1, start: "2025-12-15", end: "2026-01-14" },
    { kind: "MONTHLY", year: 2026, number: 3, start: "2026-02-15", end: "2026-03-14" },
    { kind: "MONTHLY", year: 2026, number: 12, start: "2026-11-15", end: "2026-12-14" },
    { kind: "QUARTERLY", year: 2026, number: 1, start: "2025-12-15", end: "2026-03-14" },
    { kind: "QUARTERLY", year: 2026, number: 2, start: "2026-03-15", end: "2026-06-14" },
    { kind: "QUARTERLY", year: 2026, number: 3, start: "2026-06-15", end: "2026-09-14" },
    { kind: "QUARTERLY", year: 2026, number: 4, start: "2026-09-15", end: "2026-12-14" },
    { kind: "SEMIANNUAL", year: 2026, number: 1, start: "2025-12-15", end: "2026-06-14" },
    { kind: "NINE_MONTH", year: 2026, number: 1, start: "2025-12-15", end: "2026-09-14" },
    { kind: "ANNUAL", year: 2022, number: 1, start: "2021-12-15", end: "2022-12-14" },
    { kind: "ANNUAL", year: 2030, number: 1, start: "2029-12-15", end: "2030-12-14" },
    { kind: "MONTHLY", year: 2024, number: 3, start: "2024-02-15", end: "2024-03-14" },
  ] as const)("$kind $number/$year: $start → $end", ({ kind, year, number, start, end }) => {
    const w = cutoffWindow({ kind, year, number });
    expect([isoDay(w.cutoffStart), isoDay(w.cutoffEnd)]).toEqual([start, end]);
  });

  it.each(["MONTHLY", "QUARTERLY", "ANNUAL"] as PeriodKind[])("%s windows tile the years without gaps or overlaps", (kind) => {
    const periods = [2025, 2026, 2027].flatMap((y) => periodsOfYear(kind, y));
    for (let i = 1; i < periods.length; i++) {
      const gap = periods[i]!.cutoffStart.getTime() - periods[i - 1]!.cutoffEnd.getTime();
      expect(gap).toBe(86_400_000);
    }
  });

  it("rejects impossible period numbers", () => {
    expect(() => cutoffWindow({ kind: "QUARTERLY", year: 2026, number: 5 })).toThrow(RangeError);
    expect(() => cutoffWindow({ kind: "SEMIANNUAL", year: 2026, number: 0 })).toThrow(RangeError);
  });

  it("has one six-month report a year (the first half): no second half ending on the annual report's day", () => {
    expect(periodsOfYear("SEMIANNUAL", 2026).map((p) => isoDay(p.cutoffEnd))).toEqual(["2026-06-14"]);
    expect(() => cutoffWindow({ kind: "SEMIANNUAL", year: 2026, number: 2 })).toThrow(RangeError);
  });

  it("computes no window for ad-hoc reports (their request sets it)", () => {
    expect(periodsOfYear("AD_HOC", 2026)).toEqual([]);
    expect(() => cutoffWindow({ kind: "AD_HOC", year: 2026, number: 1 })).toThrow(RangeError);
  });

  it.each([
    { day: "2026-06-14", kind: "SEMIANNUAL", expected: [2026, 1] },
    { day: "2026-06-15", kind: "SEMIANNUAL", expected: [2027, 1] },
    { day: "2026-09-15", kind: "NINE_MONTH", expected: [2027, 1] },
    { day: "2026-12-15", kind: "ANNUAL", expected: [2027, 1] },
    { day: "2025-12-31", kind: "QUARTERLY", expected: [2026, 1] },
  ] as const)("$day falls in $kind $expected", ({ day, kind, expected }) => {
    const key = periodContaining(kind, new Date(`${day}T00:00:00Z`));
    expect([key.year, key.number]).toEqual(expected);
  });
});

describe("deadlines in working days", () => {
  const holidays = new Set(["2026-09-01", "2026-09-02", "2027-01-01"]);
  it.each([
    { from: "2026-06-12", days: 1, expected: "2026-06-15", why: "Friday + 1 → Monday" },
    { from: "2026-06-13", days: 1, expected: "2026-06-15", why: "cut-off on a Saturday" },
    { from: "2026-06-14", days: 5, expected: "2026-06-19", why: "Sunday + 5 → Friday" },
    { from: "2026-08-31", days: 1, expected: "2026-09-03", why: "National Day holidays skipped" },
    { from: "2026-12-14", days: 10, expected: "2026-12-28", why: "H2 2026 with 10 working days" },
    { from: "2026-12-31", days: 1, expected: "2027-01-04", why: "New Year and a weekend, year boundary" },
    { from: "2024-02-28", days: 2, expected: "2024-03-01", why: "leap day counts as a working day" },
  ])("$from + $days → $expected ($why)", ({ from, days, expected }) => {
    expect(isoDay(addWorkingDays(new Date(`${from}T00:00:00Z`), days, holidays))).toBe(expected);
  });

  it("requires at least one working day (Art. 8(5))", () => {
    expect(() => addWorkingDays(new Date("2026-06-14T00:00:00Z"), 0, NO_HOLIDAYS)).toThrow(RangeError);
  });

  it("gives H1 2026 with 5 working days the deadline 19/06/2026", () => {
    const h1 = cutoffWindow({ kind: "SEMIANNUAL", year: 2026, number: 1 });
    expect(isoDay(deadlineFor(h1, 5, NO_HOLIDAYS))).toBe("2026-06-19");
  });
});

describe("deadline rules", () => {
  const h1 = cutoffWindow({ kind: "SEMIANNUAL", year: 2026, number: 1 });
  const q1 = cutoffWindow({ kind: "QUARTERLY", year: 2026, number: 1 });
  const annual = cutoffWindow({ kind: "ANNUAL", year: 2025, number: 1 });
  it.each([
    {
      name: "5 working days after the cut-off (portal default)",
      period: h1,
      rule: { kind: "WORKING_DAYS_AFTER_CUTOFF", workingDays: 5 },
      expected: "2026-06-19",
    },
    {
      name: "day 25 of the last month (Decree 09, Art. 13(1))",
      period: h1,
      rule: { kind: "DAY_OF_LAST_MONTH", day: 25 },
      expected: "2026-06-25",
    },
    { name: "day 31 of a 30-day month is its last day", period: h1, rule: { kind: "DAY_OF_LAST_MONTH", day: 31 }, expected: "2026-06-30" },
    { name: "day 25 of March for Q1", period: q1, rule: { kind: "DAY_OF_LAST_MONTH", day: 25 }, expected: "2026-03-25" },
    { name: "a fixed date: 20/12", period: annual, rule: { kind: "FIXED_DATE", month: 12, day: 20 }, expected: "2025-12-20" },
  ] as const)("$name → $expected", ({ period, rule, expected }) => {
    expect(isoDay(deadlineByRule(period, rule, NO_HOLIDAYS))).toBe(expected);
  });

  it("refuses a day of month inside the cut-off window and a fixed date before it ends", () => {
    expect(() => deadlineByRule(h1, { kind: "DAY_OF_LAST_MONTH", day: 14 }, NO_HOLIDAYS)).toThrow(RangeError);
    expect(() => deadlineByRule(h1, { kind: "FIXED_DATE", month: 6, day: 10 }, NO_HOLIDAYS)).toThrow(RangeError);
  });

  it("a Government day swap moves a working-day deadline", () => {
    // Friday 25/04/2025 + 1 working day: Monday 28/04, or Saturday 26/04 once it is made a working day.
    const holidays = statutoryHolidays(2025, { tetFirstDayOffset: -2 }).map((h) => isoDay(h.date));
    const from = new Date("2025-04-25T00:00:00Z");
    expect(isoDay(addWorkingDays(from, 1, buildWorkingCalendar(holidays)))).toBe("2025-04-28");
    const swapped = buildWorkingCalendar(holidays, [
      { date: "2025-04-26", kind: "WORKING_DAY" },
      { date: "2025-05-02", kind: "DAY_OFF" },
    ]);
    expect(isoDay(addWorkingDays(from, 1, swapped))).toBe("2025-04-26");
    expect(isoDay(addWorkingDays(new Date("2025-04-29T00:00:00Z"), 1, swapped))).toBe("2025-05-05");
  });
});
