// The reporting calendar under Decree 09/2019/NĐ-CP. Pure: no clock, no database.
//
// Data cut-off windows (Art. 12): from the 15th of the month before the period to the 14th of the period's
// last month. Monthly: 15/(m−1) → 14/m. Quarterly: Q1 15/12 (previous year) → 14/03 … Q4 15/09 → 14/12.
// Six-month: H1 15/12 (previous year) → 14/06, H2 15/06 → 14/12. Annual: 15/12 (previous year) → 14/12.
// Deadline (Art. 8(5)): the sending deadline leaves at least one working day after the cut-off; the number of
// working days is set per report type by administrators, skipping weekends and the public holidays table.
import type { PeriodKind } from "./enums";
export type { PeriodKind } from "./enums";

export type PeriodKey = { kind: PeriodKind; year: number; number: number };
export type Period = PeriodKey & { cutoffStart: Date; cutoffEnd: Date };

export const PERIODS_PER_YEAR: Record<PeriodKind, number> = { MONTHLY: 12, QUARTERLY: 4, SEMIANNUAL: 2, ANNUAL: 1 };
const MONTHS_PER_PERIOD: Record<PeriodKind, number> = { MONTHLY: 1, QUARTERLY: 3, SEMIANNUAL: 6, ANNUAL: 12 };

const utc = (year: number, monthIndex: number, day: number) => new Date(Date.UTC(year, monthIndex, day));

export function cutoffWindow(key: PeriodKey): Period {
  const { kind, year, number } = key;
  if (!Number.isInteger(number) || number < 1 || number > PERIODS_PER_YEAR[kind]) {
    throw new RangeError(`${kind} period number must be 1–${PERIODS_PER_YEAR[kind]}, got ${number}`);
  }
  const lastMonthIndex = number * MONTHS_PER_PERIOD[kind] - 1; // 0-based month of the period's last month
  const firstMonthIndex = lastMonthIndex - MONTHS_PER_PERIOD[kind] + 1;
  // Date.UTC rolls month −1 over to December of the previous year.
  return { ...key, cutoffStart: utc(year, firstMonthIndex - 1, 15), cutoffEnd: utc(year, lastMonthIndex, 14) };
}

export function periodsOfYear(kind: PeriodKind, year: number): Period[] {
  return Array.from({ length: PERIODS_PER_YEAR[kind] }, (_, i) => cutoffWindow({ kind, year, number: i + 1 }));
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function isWorkingDay(date: Date, holidays: ReadonlySet<string>): boolean {
  const weekday = date.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(isoDay(date));
}

// The date `days` working days after `from` (from itself does not count).
export function addWorkingDays(from: Date, days: number, holidays: ReadonlySet<string>): Date {
  if (!Number.isInteger(days) || days < 1) throw new RangeError("the deadline must leave at least one working day (Decree 09, Art. 8(5))");
  let date = new Date(from.getTime());
  let remaining = days;
  while (remaining > 0) {
    date = utc(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + 1);
    if (isWorkingDay(date, holidays)) remaining--;
  }
  return date;
}

export function deadlineFor(period: Period, workingDays: number, holidays: ReadonlySet<string>): Date {
  return addWorkingDays(period.cutoffEnd, workingDays, holidays);
}

// The period whose cut-off window contains `day` (for "the current period").
export function periodContaining(kind: PeriodKind, day: Date): PeriodKey {
  const year = day.getUTCFullYear();
  for (const candidate of [...periodsOfYear(kind, year), ...periodsOfYear(kind, year + 1)]) {
    if (day >= candidate.cutoffStart && day <= candidate.cutoffEnd) return { kind, year: candidate.year, number: candidate.number };
  }
  throw new Error("unreachable: cut-off windows tile the calendar");
}

export function periodLabel(key: PeriodKey, locale: "vi" | "en"): string {
  const vi = { MONTHLY: `Tháng ${key.number}/${key.year}`, QUARTERLY: `Quý ${key.number}/${key.year}`, SEMIANNUAL: `6 tháng ${key.number === 1 ? "đầu" : "cuối"} năm ${key.year}`, ANNUAL: `Năm ${key.year}` };
  const en = { MONTHLY: `${key.year}-${String(key.number).padStart(2, "0")}`, QUARTERLY: `Q${key.number} ${key.year}`, SEMIANNUAL: `H${key.number} ${key.year}`, ANNUAL: `Year ${key.year}` };
  return (locale === "vi" ? vi : en)[key.kind];
}
