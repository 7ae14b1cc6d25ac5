// Public holidays of the Labour Code 2019 (Art. 112(1)) and the working-day calendar the reporting deadlines
// count on. Pure: no clock, no database.
//
// Art. 112(1): 01/01; Tết Nguyên đán 5 days; Giỗ Tổ Hùng Vương (10/3 lunar); 30/4; 01/5; 02/9 plus one adjacent
// day. Art. 111(3): a holiday that falls on the weekly rest day gives a compensatory day off (nghỉ bù) on the next
// working day. Where the five days of Tết fall is set each year by the Prime Minister; the Government also swaps
// working days (e.g. Saturday 26/04/2025 worked, Friday 02/05/2025 off). Those yearly decisions are data
// (calendar exceptions and per-year Tết offsets), not rules, and are kept by administrators.
//
// Lunar dates follow the Vietnamese calendar (UTC+7), computed by @dqcai/vn-lunar (Hồ Ngọc Đức's algorithm with
// time zone 7). It differs from the Chinese calendar (UTC+8) in some years: Tết 2007 was 17/02 in Vietnam and
// 18/02 in China; Tết 2030 is 02/02 in Vietnam, 03/02 in China.
import { getSolarDate } from "@dqcai/vn-lunar";

export type HolidayCode =
  "NEW_YEAR" | "TET" | "HUNG_KINGS" | "REUNIFICATION" | "LABOUR" | "NATIONAL_DAY" | "NATIONAL_DAY_ADJACENT" | "CULTURE_DAY";

export type StatutoryHoliday = { date: Date; code: HolidayCode; nameVi: string; nameEn: string };

const DAY_MS = 86_400_000;
const utc = (year: number, monthIndex: number, day: number) => new Date(Date.UTC(year, monthIndex, day));
const iso = (date: Date) => date.toISOString().slice(0, 10);
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);
const isWeekend = (date: Date) => date.getUTCDay() === 0 || date.getUTCDay() === 6;

// The solar date of a Vietnamese lunar date (non-leap month), as a UTC-midnight calendar date.
export function lunarToSolar(lunarDay: number, lunarMonth: number, lunarYear: number): Date {
  const solar = getSolarDate(lunarDay, lunarMonth, lunarYear, false);
  if (!solar || !solar.year) throw new RangeError(`no solar date for lunar ${lunarDay}/${lunarMonth}/${lunarYear}`);
  return utc(solar.year, solar.month - 1, solar.day);
}

// Mùng 1 Tết: the first day of lunar year `year`.
export function lunarNewYear(year: number): Date {
  return lunarToSolar(1, 1, year);
}

// Giỗ Tổ Hùng Vương: the 10th day of the 3rd lunar month.
export function hungKingsDay(year: number): Date {
  return lunarToSolar(10, 3, year);
}

// Where the first of the five days of Tết falls, counted from mùng 1 (−1 = the last day of the old lunar year).
// The Prime Minister decides it each year; this is the portal's default for years without a recorded decision
// (one day before mùng 1 and four after), not a rule of law.
export const DEFAULT_TET_FIRST_DAY_OFFSET = -1;
export const TET_DAY_COUNT = 5;

export function tetDays(year: number, firstDayOffset = DEFAULT_TET_FIRST_DAY_OFFSET): Date[] {
  if (!Number.isInteger(firstDayOffset) || firstDayOffset < -TET_DAY_COUNT + 1 || firstDayOffset > 0) {
    throw new RangeError("the five days of Tết must include mùng 1");
  }
  const first = addDays(lunarNewYear(year), firstDayOffset);
  return Array.from({ length: TET_DAY_COUNT }, (_, i) => addDays(first, i));
}

export type StatutoryHolidayOptions = {
  // Offset of the first day of Tết from mùng 1 (see tetDays).
  tetFirstDayOffset?: number;
  // The day next to 02/09: the Labour Code allows the day before or the day after; the Government has chosen
  // 01/09 every year 2022–2026 (with a compensatory day when 01/09 is a Sunday).
  nationalDayAdjacent?: "BEFORE" | "AFTER";
  // Ngày Văn hóa Việt Nam (24/11) is a day off only once the Labour Code amendment that adds it is in force.
  cultureDay?: boolean;
};

export function statutoryHolidays(year: number, options: StatutoryHolidayOptions = {}): StatutoryHoliday[] {
  const tetNames = ["ngày thứ nhất", "ngày thứ hai", "ngày thứ ba", "ngày thứ tư", "ngày thứ năm"];
  const holidays: StatutoryHoliday[] = [
    { date: utc(year, 0, 1), code: "NEW_YEAR", nameVi: "Tết Dương lịch", nameEn: "New Year's Day" },
    ...tetDays(year, options.tetFirstDayOffset).map((date, i) => ({
      date,
      code: "TET" as const,
      nameVi: `Tết Âm lịch (${tetNames[i]})`,
      nameEn: `Lunar New Year (day ${i + 1} of 5)`,
    })),
    { date: hungKingsDay(year), code: "HUNG_KINGS", nameVi: "Giỗ Tổ Hùng Vương (10/3 Âm lịch)", nameEn: "Hùng Kings' Commemoration Day" },
    { date: utc(year, 3, 30), code: "REUNIFICATION", nameVi: "Ngày Chiến thắng (30/4)", nameEn: "Reunification Day" },
    { date: utc(year, 4, 1), code: "LABOUR", nameVi: "Ngày Quốc tế lao động (01/5)", nameEn: "International Labour Day" },
    { date: utc(year, 8, 2), code: "NATIONAL_DAY", nameVi: "Quốc khánh (02/9)", nameEn: "National Day" },
    {
      date: options.nationalDayAdjacent === "AFTER" ? utc(year, 8, 3) : utc(year, 8, 1),
      code: "NATIONAL_DAY_ADJACENT",
      nameVi: "Quốc khánh (ngày liền kề)",
      nameEn: "National Day (adjacent day)",
    },
  ];
  if (options.cultureDay)
    holidays.push({ date: utc(year, 10, 24), code: "CULTURE_DAY", nameVi: "Ngày Văn hóa Việt Nam (24/11)", nameEn: "Vietnam Culture Day" });
  return holidays.sort((a, b) => a.date.getTime() - b.date.getTime());
}

// Art. 111(3): each holiday on a Saturday or Sunday gives one day off on the next day that is neither a weekend
// day, nor a holiday, nor already a compensatory day. Input and output are ISO dates.
export function compensatoryDays(holidays: Iterable<string>): string[] {
  const holidaySet = new Set(holidays);
  const result = new Set<string>();
  for (const day of [...holidaySet].sort()) {
    const date = new Date(`${day}T00:00:00.000Z`);
    if (!isWeekend(date)) continue;
    let next = addDays(date, 1);
    while (isWeekend(next) || holidaySet.has(iso(next)) || result.has(iso(next))) next = addDays(next, 1);
    result.add(iso(next));
  }
  return [...result].sort();
}

export type CalendarExceptionKind = "WORKING_DAY" | "DAY_OFF";

// What the deadline arithmetic needs: the days off (holidays, compensatory days, extra days off) and the weekend
// days made working days by a swap.
export type WorkingCalendar = { daysOff: ReadonlySet<string>; workingDays: ReadonlySet<string> };

export function buildWorkingCalendar(
  holidays: Iterable<string>,
  exceptions: ReadonlyArray<{ date: string; kind: CalendarExceptionKind }> = [],
): WorkingCalendar {
  const holidayList = [...holidays];
  const daysOff = new Set([...holidayList, ...compensatoryDays(holidayList)]);
  const workingDays = new Set<string>();
  for (const exception of exceptions) {
    if (exception.kind === "DAY_OFF") {
      daysOff.add(exception.date);
      workingDays.delete(exception.date);
    } else {
      daysOff.delete(exception.date);
      workingDays.add(exception.date);
    }
  }
  return { daysOff, workingDays };
}

export function isWorkingDayIn(date: Date, calendar: WorkingCalendar): boolean {
  const day = iso(date);
  if (calendar.workingDays.has(day)) return true;
  return !isWeekend(date) && !calendar.daysOff.has(day);
}
