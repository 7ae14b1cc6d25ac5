import { describe, expect, it } from "vitest";
import { buildWorkingCalendar, compensatoryDays, hungKingsDay, isWorkingDayIn, lunarNewYear, statutoryHolidays, tetDays } from "./holidays";

const iso = (date: Date) => date.toISOString().slice(0, 10);

// Published dates (Vietnamese calendar, UTC+7); 2007 and 2030 are the years the Chinese calendar differs.
describe("lunar dates on the Vietnamese calendar", () => {
  it.each([
    { year: 2007, tet: "2007-02-17", hungKings: "2007-04-26" },
    { year: 2022, tet: "2022-02-01", hungKings: "2022-04-10" },
    { year: 2023, tet: "2023-01-22", hungKings: "2023-04-29" },
    { year: 2024, tet: "2024-02-10", hungKings: "2024-04-18" },
    { year: 2025, tet: "2025-01-29", hungKings: "2025-04-07" },
    { year: 2026, tet: "2026-02-17", hungKings: "2026-04-26" },
    { year: 2027, tet: "2027-02-06", hungKings: "2027-04-16" },
    { year: 2028, tet: "2028-01-26", hungKings: "2028-04-04" },
    { year: 2029, tet: "2029-02-13", hungKings: "2029-04-23" },
    { year: 2030, tet: "2030-02-02", hungKings: "2030-04-12" },
  ])("$year: mùng 1 Tết $tet, Giỗ Tổ $hungKings", ({ year, tet, hungKings }) => {
    expect(iso(lunarNewYear(year))).toBe(tet);
    expect(iso(hungKingsDay(year))).toBe(hungKings);
  });

  it("2030 is not the Chinese date (03/02/2030)", () => {
    expect(iso(lunarNewYear(2030))).not.toBe("2030-02-03");
  });
});

describe("the five days of Tết as the Prime Minister placed them", () => {
  it.each([
    { year: 2022, offset: -1, days: ["2022-01-31", "2022-02-01", "2022-02-02", "2022-02-03", "2022-02-04"] },
    { year: 2023, offset: -2, days: ["2023-01-20", "2023-01-21", "2023-01-22", "2023-01-23", "2023-01-24"] },
    { year: 2024, offset: -2, days: ["2024-02-08", "2024-02-09", "2024-02-10", "2024-02-11", "2024-02-12"] },
    { year: 2025, offset: -2, days: ["2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31"] },
    { year: 2026, offset: -1, days: ["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"] },
  ])("$year (offset $offset)", ({ year, offset, days }) => {
    expect(tetDays(year, offset).map(iso)).toEqual(days);
  });

  it("refuses a placement that leaves out mùng 1", () => {
    expect(() => tetDays(2026, 1)).toThrow(RangeError);
    expect(() => tetDays(2026, -5)).toThrow(RangeError);
  });
});

describe("compensatory days (Labour Code 2019, Art. 111(3))", () => {
  const daysOffOf = (year: number, offset: number) => {
    const holidays = statutoryHolidays(year, { tetFirstDayOffset: offset }).map((h) => iso(h.date));
    return { holidays, compensatory: compensatoryDays(holidays) };
  };

  it.each([
    // 01/01/2022 Saturday → Monday 03/01; Giỗ Tổ 10/04/2022 Sunday → 11/04; 30/4 Sat and 1/5 Sun → 02/5, 03/5.
    { year: 2022, offset: -1, expected: ["2022-01-03", "2022-04-11", "2022-05-02", "2022-05-03"] },
    // Tết 2023: 21/01 Sat, 22/01 Sun → 25/01, 26/01 (the seven days 20–26/01); 29/4 Sat, 30/4 Sun → 02/5, 03/5;
    // 02/9 Sat → 04/9 (01–04/09/2023).
    { year: 2023, offset: -2, expected: ["2023-01-02", "2023-01-25", "2023-01-26", "2023-05-02", "2023-05-03", "2023-09-04"] },
    // Tết 2024: 10/02 Sat, 11/02 Sun → 13/02, 14/02 (08–14/02); 01/9 Sunday → 03/9 (31/08–03/09/2024).
    { year: 2024, offset: -2, expected: ["2024-02-13", "2024-02-14", "2024-09-03"] },
    { year: 2026, offset: -1, expected: ["2026-04-27"] },
  ])("$year", ({ year, offset, expected }) => {
    expect(daysOffOf(year, offset).compensatory).toEqual(expected);
  });
});

describe("working calendar with the Government's swaps", () => {
  const holidays2025 = statutoryHolidays(2025, { tetFirstDayOffset: -2 }).map((h) => iso(h.date));
  const calendar = buildWorkingCalendar(holidays2025, [
    { date: "2025-04-26", kind: "WORKING_DAY" },
    { date: "2025-05-02", kind: "DAY_OFF" },
  ]);
  const day = (text: string) => new Date(`${text}T00:00:00.000Z`);

  it.each([
    { date: "2025-04-26", working: true, why: "Saturday made a working day" },
    { date: "2025-05-02", working: false, why: "Friday given off in exchange" },
    { date: "2025-04-30", working: false, why: "Reunification Day" },
    { date: "2025-04-07", working: false, why: "Giỗ Tổ Hùng Vương (10/3 lunar)" },
    { date: "2025-01-27", working: false, why: "first of the five days of Tết 2025" },
    { date: "2025-02-03", working: true, why: "Monday after Tết" },
    { date: "2025-09-01", working: false, why: "the day adjacent to National Day" },
    { date: "2025-04-27", working: false, why: "an ordinary Sunday" },
  ])("$date working=$working ($why)", ({ date, working }) => {
    expect(isWorkingDayIn(day(date), calendar)).toBe(working);
  });

  it("Ngày Văn hóa Việt Nam (24/11) is a holiday only when enabled", () => {
    expect(statutoryHolidays(2027).some((h) => h.code === "CULTURE_DAY")).toBe(false);
    expect(statutoryHolidays(2027, { cultureDay: true }).find((h) => h.code === "CULTURE_DAY")?.date).toEqual(day("2027-11-24"));
  });
});
