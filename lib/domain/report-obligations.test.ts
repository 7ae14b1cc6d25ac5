import { describe, expect, it } from "vitest";
import { cutoffWindow, periodsOfYear, type PeriodKind } from "./reporting-calendar";
import {
  daysBetween,
  existedOn,
  owedPeriods,
  owesPeriod,
  reminderDeadlineWindow,
  reminderKindFor,
  vietnamCalendarDay,
} from "./report-obligations";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const label = (p: { kind: PeriodKind; year: number; number: number }) => `${p.kind}-${p.year}-${p.number}`;

// Resolution 202/2025/QH15: the former units existed until 30/06/2025, the merged units from 01/07/2025.
const formerProvince = { validFrom: null, validTo: day("2025-06-30") };
const mergedProvince = { validFrom: day("2025-07-01"), validTo: null };
const unchangedProvince = { validFrom: null, validTo: null };
// Resolution 176/2025/QH15: the former ministries existed until 28/02/2025, the new ones from 01/03/2025.
const formerMinistry = { validFrom: null, validTo: day("2025-02-28") };
const newMinistry = { validFrom: day("2025-03-01"), validTo: null };

describe("owesPeriod: the organization existed on the period's cut-off end", () => {
  it.each([
    {
      name: "former province, H1 2025 (cut-off end 14/06/2025)",
      org: formerProvince,
      period: { kind: "SEMIANNUAL", year: 2025, number: 1 },
      owes: true,
    },
    { name: "former province, 9 months 2025", org: formerProvince, period: { kind: "NINE_MONTH", year: 2025, number: 1 }, owes: false },
    { name: "former ministry, year 2024", org: formerMinistry, period: { kind: "ANNUAL", year: 2024, number: 1 }, owes: true },
    { name: "former ministry, H1 2025", org: formerMinistry, period: { kind: "SEMIANNUAL", year: 2025, number: 1 }, owes: false },
    { name: "new ministry, year 2022", org: newMinistry, period: { kind: "ANNUAL", year: 2022, number: 1 }, owes: false },
    { name: "new ministry, year 2024", org: newMinistry, period: { kind: "ANNUAL", year: 2024, number: 1 }, owes: false },
    { name: "new ministry, H1 2025", org: newMinistry, period: { kind: "SEMIANNUAL", year: 2025, number: 1 }, owes: true },
    {
      name: "former province, year 2025 (cut-off end 14/12/2025)",
      org: formerProvince,
      period: { kind: "ANNUAL", year: 2025, number: 1 },
      owes: false,
    },
    { name: "former province, year 2024", org: formerProvince, period: { kind: "ANNUAL", year: 2024, number: 1 }, owes: true },
    {
      name: "former province, Q2 2025 (cut-off end 14/06/2025)",
      org: formerProvince,
      period: { kind: "QUARTERLY", year: 2025, number: 2 },
      owes: true,
    },
    { name: "former province, Q3 2025", org: formerProvince, period: { kind: "QUARTERLY", year: 2025, number: 3 }, owes: false },
    { name: "merged province, H1 2025", org: mergedProvince, period: { kind: "SEMIANNUAL", year: 2025, number: 1 }, owes: false },
    { name: "merged province, 9 months 2025", org: mergedProvince, period: { kind: "NINE_MONTH", year: 2025, number: 1 }, owes: true },
    { name: "merged province, year 2025", org: mergedProvince, period: { kind: "ANNUAL", year: 2025, number: 1 }, owes: true },
    { name: "merged province, H1 2030", org: mergedProvince, period: { kind: "SEMIANNUAL", year: 2030, number: 1 }, owes: true },
    { name: "unchanged province, H1 2022", org: unchangedProvince, period: { kind: "SEMIANNUAL", year: 2022, number: 1 }, owes: true },
    { name: "unchanged province, year 2030", org: unchangedProvince, period: { kind: "ANNUAL", year: 2030, number: 1 }, owes: true },
  ] as const)("$name → $owes", ({ org, period, owes }) => {
    expect(owesPeriod(org, cutoffWindow(period))).toBe(owes);
  });

  it("counts both ends of the validity interval as days the organization existed", () => {
    const h1 = cutoffWindow({ kind: "SEMIANNUAL", year: 2026, number: 1 }); // cut-off end 14/06/2026
    expect(owesPeriod({ validFrom: day("2026-06-14"), validTo: null }, h1)).toBe(true);
    expect(owesPeriod({ validFrom: day("2026-06-15"), validTo: null }, h1)).toBe(false);
    expect(owesPeriod({ validFrom: null, validTo: day("2026-06-14") }, h1)).toBe(true);
    expect(owesPeriod({ validFrom: null, validTo: day("2026-06-13") }, h1)).toBe(false);
  });

  it("ignores the time of day of the stored dates", () => {
    expect(existedOn({ validFrom: new Date("2026-06-14T16:59:00.000Z"), validTo: null }, day("2026-06-14"))).toBe(true);
  });

  it("splits the six-month and annual periods 2022–2030 between former and merged units without gap or overlap", () => {
    const periods = [2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030].flatMap((y) => [
      ...periodsOfYear("SEMIANNUAL", y),
      ...periodsOfYear("ANNUAL", y),
    ]);
    const former = owedPeriods(formerProvince, periods).map(label);
    const merged = owedPeriods(mergedProvince, periods).map(label);
    expect(former.at(-1)).toBe("SEMIANNUAL-2025-1");
    expect(merged[0]).toBe("ANNUAL-2025-1");
    expect(former.length + merged.length).toBe(periods.length);
    expect(former.filter((p) => merged.includes(p))).toEqual([]);
  });

  it("owes nothing in an empty list of periods", () => {
    expect(owedPeriods(unchangedProvince, [])).toEqual([]);
  });
});

describe("vietnamCalendarDay (UTC+7)", () => {
  it.each([
    { now: "2026-06-21T16:59:59.000Z", expected: "2026-06-21" },
    { now: "2026-06-21T17:00:00.000Z", expected: "2026-06-22" },
    { now: "2026-12-31T17:30:00.000Z", expected: "2027-01-01" },
    { now: "2028-02-28T18:00:00.000Z", expected: "2028-02-29" },
  ])("$now → $expected", ({ now, expected }) => {
    expect(vietnamCalendarDay(new Date(now)).toISOString().slice(0, 10)).toBe(expected);
  });
});

describe("reminderKindFor", () => {
  const deadline = day("2026-06-19");
  it.each([
    { today: "2026-06-15", daysBefore: 3, expected: null, why: "four days early" },
    { today: "2026-06-16", daysBefore: 3, expected: "due", why: "exactly three days before" },
    { today: "2026-06-19", daysBefore: 3, expected: "due", why: "on the deadline day" },
    { today: "2026-06-20", daysBefore: 3, expected: "overdue", why: "late by one day" },
    { today: "2026-08-18", daysBefore: 3, expected: "overdue", why: "60 days late" },
    { today: "2026-08-19", daysBefore: 3, expected: null, why: "61 days late" },
    { today: "2026-06-12", daysBefore: 7, expected: "due", why: "a longer notice" },
  ] as const)("$why ($today, $daysBefore days' notice) → $expected", ({ today, daysBefore, expected }) => {
    expect(reminderKindFor(deadline, day(today), daysBefore)).toBe(expected);
  });

  it("crosses a leap day correctly", () => {
    expect(daysBetween(day("2028-02-28"), day("2028-03-01"))).toBe(2);
    expect(reminderKindFor(day("2028-03-01"), day("2028-02-28"), 2)).toBe("due");
  });

  it("looks at deadlines from 60 days ago to the notice period ahead", () => {
    const window = reminderDeadlineWindow(day("2026-06-16"), 3);
    expect([window.from.toISOString().slice(0, 10), window.to.toISOString().slice(0, 10)]).toEqual(["2026-04-17", "2026-06-19"]);
  });
});
