// The reporting calendar under Decree 09/2019/NĐ-CP. Pure: no clock, no database.
//
// Data cut-off windows (Art. 12): from the 15th of the month before the period to the 14th of the period's
// last month. Monthly: 15/(m−1) → 14/m. Quarterly: Q1 15/12 (previous year) → 14/03 … Q4 15/09 → 14/12.
// Six-month (first half only): 15/12 (previous year) → 14/06. Nine-month (Art. 12(5) allows other periodic
// reports): 15/12 (previous year) → 14/09. Annual: 15/12 (previous year) → 14/12. There is no "second-half"
// report: it would end on the annual report's day and duplicate it. Ad-hoc and thematic reports (AD_HOC) have
// the cut-off and deadline their own request sets; they are not computed here.
// Deadlines: see DeadlineRule below. Working days skip weekends, the holidays of lib/domain/holidays.ts and the
// Government's yearly day swaps.
import { quarterText } from "./report-document";
import { buildWorkingCalendar, isWorkingDayIn, type WorkingCalendar } from "./holidays";

import type { PeriodKind } from "./enums";
export type { PeriodKind } from "./enums";
export type PeriodicKind = Exclude<PeriodKind, "AD_HOC">;

export type PeriodKey = { kind: PeriodKind; year: number; number: number };
export type Period = PeriodKey & { cutoffStart: Date; cutoffEnd: Date };

export const PERIODIC_KINDS: readonly PeriodicKind[] = ["MONTHLY", "QUARTERLY", "SEMIANNUAL", "NINE_MONTH", "ANNUAL"];
export const PERIODS_PER_YEAR: Record<PeriodKind, number> = {
  MONTHLY: 12,
  QUARTERLY: 4,
  SEMIANNUAL: 1,
  NINE_MONTH: 1,
  ANNUAL: 1,
  AD_HOC: 0,
};
const MONTHS_PER_PERIOD: Record<PeriodicKind, number> = { MONTHLY: 1, QUARTERLY: 3, SEMIANNUAL: 6, NINE_MONTH: 9, ANNUAL: 12 };

const utc = (year: number, monthIndex: number, day: number) => new Date(Date.UTC(year, monthIndex, day));

export function cutoffWindow(key: PeriodKey): Period {
  const { kind, year, number } = key;
  if (kind === "AD_HOC") throw new RangeError("an ad-hoc report's cut-off is set by its request, not computed");
  if (!Number.isInteger(number) || number < 1 || number > PERIODS_PER_YEAR[kind]) {
    throw new RangeError(`${kind} period number must be 1–${PERIODS_PER_YEAR[kind]}, got ${number}`);
  }
  const lastMonthIndex = number * MONTHS_PER_PERIOD[kind] - 1; // 0-based month of the period's last month
  const firstMonthIndex = lastMonthIndex - MONTHS_PER_PERIOD[kind] + 1;
  // Date.UTC rolls month −1 over to December of the previous year.
  return { ...key, cutoffStart: utc(year, firstMonthIndex - 1, 15), cutoffEnd: utc(year, lastMonthIndex, 14) };
}

export function periodsOfYear(kind: PeriodKind, year: number): Period[] {
  if (kind === "AD_HOC") return [];
  return Array.from({ length: PERIODS_PER_YEAR[kind] }, (_, i) => cutoffWindow({ kind, year, number: i + 1 }));
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

// A plain set of days off (holidays already including any compensatory day), or a full working calendar with
// the Government's swaps (lib/domain/holidays.ts).
export type DaysOff = ReadonlySet<string> | WorkingCalendar;

function asCalendar(daysOff: DaysOff): WorkingCalendar {
  return "daysOff" in daysOff ? daysOff : { daysOff, workingDays: new Set() };
}

export function isWorkingDay(date: Date, holidays: DaysOff): boolean {
  return isWorkingDayIn(date, asCalendar(holidays));
}

// The date `days` working days after `from` (from itself does not count).
export function addWorkingDays(from: Date, days: number, holidays: DaysOff): Date {
  if (!Number.isInteger(days) || days < 1) throw new RangeError("the deadline must leave at least one working day (Decree 09, Art. 8(5))");
  let date = new Date(from.getTime());
  let remaining = days;
  while (remaining > 0) {
    date = utc(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + 1);
    if (isWorkingDay(date, holidays)) remaining--;
  }
  return date;
}

export function deadlineFor(period: Period, workingDays: number, holidays: DaysOff): Date {
  return addWorkingDays(period.cutoffEnd, workingDays, holidays);
}

// How a report type's deadline is set. None of these is imposed by law for cultural-diplomacy reports: the
// portal's default (5 working days after the cut-off) is a setting. Decree 09/2019 Art. 13(1) has ministries
// and provinces report to the Government "no later than the 25th of the period's last month" (DAY_OF_LAST_MONTH
// with day 25); a request letter may name a date (FIXED_DATE, the day and month in the period's year).
export type DeadlineRule =
  | { kind: "WORKING_DAYS_AFTER_CUTOFF"; workingDays: number }
  | { kind: "DAY_OF_LAST_MONTH"; day: number }
  | { kind: "FIXED_DATE"; month: number; day: number };

export const DEADLINE_RULE_KINDS = ["WORKING_DAYS_AFTER_CUTOFF", "DAY_OF_LAST_MONTH", "FIXED_DATE"] as const;

// The last day of the cut-off window is the 14th of the period's last month (Art. 12), so a day of month must be
// 15 or later to leave time after it.
export const FIRST_DEADLINE_DAY_OF_MONTH = 15;

const daysInMonth = (year: number, monthIndex: number) => new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();

export function deadlineByRule(period: Period, rule: DeadlineRule, holidays: DaysOff): Date {
  switch (rule.kind) {
    case "WORKING_DAYS_AFTER_CUTOFF":
      return addWorkingDays(period.cutoffEnd, rule.workingDays, holidays);
    case "DAY_OF_LAST_MONTH": {
      if (!Number.isInteger(rule.day) || rule.day < FIRST_DEADLINE_DAY_OF_MONTH || rule.day > 31)
        throw new RangeError("day of month must be 15–31");
      const year = period.cutoffEnd.getUTCFullYear();
      const month = period.cutoffEnd.getUTCMonth();
      return utc(year, month, Math.min(rule.day, daysInMonth(year, month)));
    }
    case "FIXED_DATE": {
      if (!Number.isInteger(rule.month) || rule.month < 1 || rule.month > 12) throw new RangeError("month must be 1–12");
      const year = period.cutoffEnd.getUTCFullYear();
      const date = utc(year, rule.month - 1, Math.min(Math.max(1, rule.day), daysInMonth(year, rule.month - 1)));
      if (date <= period.cutoffEnd) throw new RangeError("a fixed deadline must fall after the data cut-off");
      return date;
    }
  }
}

// The working calendar from holiday dates and the Government's exceptions (re-exported for the data layer).
export { buildWorkingCalendar };
export type { WorkingCalendar };

// The period whose cut-off window contains `day` (for "the current period"); for kinds whose windows do not
// tile the year (six-month, nine-month), the next period whose window has not ended yet.
export function periodContaining(kind: PeriodicKind, day: Date): PeriodKey {
  const year = day.getUTCFullYear();
  for (const candidate of [...periodsOfYear(kind, year), ...periodsOfYear(kind, year + 1)]) {
    if (day <= candidate.cutoffEnd) return { kind, year: candidate.year, number: candidate.number };
  }
  throw new Error("unreachable: every kind has a period ending in the next year");
}

export function periodLabel(key: PeriodKey, locale: "vi" | "en"): string {
  const vi: Record<PeriodKind, string> = {
    MONTHLY: `Tháng ${key.number}/${key.year}`,
    QUARTERLY: quarterText(key.number, key.year, "label"),
    // A second-half period exists only in data from before the six-month report was limited to the first half.
    SEMIANNUAL: `6 tháng ${key.number === 1 ? "đầu" : "cuối"} năm ${key.year}`,
    NINE_MONTH: `9 tháng năm ${key.year}`,
    ANNUAL: `Năm ${key.year}`,
    AD_HOC: `Chuyên đề ${key.number}/${key.year}`,
  };
  const en: Record<PeriodKind, string> = {
    MONTHLY: `${key.year}-${String(key.number).padStart(2, "0")}`,
    QUARTERLY: `Q${key.number} ${key.year}`,
    SEMIANNUAL: `H${key.number} ${key.year}`,
    NINE_MONTH: `9 months ${key.year}`,
    ANNUAL: `Year ${key.year}`,
    AD_HOC: `Ad hoc ${key.number}/${key.year}`,
  };
  return (locale === "vi" ? vi : en)[key.kind];
}
