// The reporting calendar's data: the periods of every active report type with their deadlines (kept in step by
// lib/server/reporting-periods.ts), the default public holidays, and who owes which report.
import type { OrganizationKind, PeriodKind } from "../../lib/generated/prisma/client";
import { FIRST_REPORTING_YEAR, LAST_REPORTING_YEAR, type Client } from "../../lib/server/reporting-periods";

// The periods themselves are kept in step by lib/server (the administration services use it too).
export { FIRST_REPORTING_YEAR, LAST_REPORTING_YEAR, syncReportingPeriods, type SyncReportingPeriodsResult } from "../../lib/server/reporting-periods";

// ───────────── Defaults ─────────────

// Public holidays 2022–2030: only what the Labour Code 2019 (Art. 112) fixes in advance: 01/01, 30/04, 01/05,
// 02/09, and five days of Tết Nguyên đán (the last day of the lunar year, the first day and the three days
// after it). ADMINISTRATORS MUST ADJUST THIS TABLE to the Government's yearly announcement: the days of Tết
// actually granted, days swapped with weekends (ngày nghỉ bù, hoán đổi ngày làm việc), the Hùng Kings'
// Commemoration Day (10th day of the 3rd lunar month) and the second National Day holiday (01/09 or 03/09).
const FIXED_SOLAR_HOLIDAYS: Array<{ monthDay: string; nameVi: string; nameEn: string }> = [
  { monthDay: "01-01", nameVi: "Tết Dương lịch", nameEn: "New Year's Day" },
  { monthDay: "04-30", nameVi: "Ngày Chiến thắng (30/4)", nameEn: "Reunification Day" },
  { monthDay: "05-01", nameVi: "Ngày Quốc tế Lao động", nameEn: "International Labour Day" },
  { monthDay: "09-02", nameVi: "Quốc khánh", nameEn: "National Day" },
];

// The first day of the lunar year (mùng 1 Tết).
const LUNAR_NEW_YEAR: Record<number, string> = {
  2022: "2022-02-01",
  2023: "2023-01-22",
  2024: "2024-02-10",
  2025: "2025-01-29",
  2026: "2026-02-17",
  2027: "2027-02-06",
  2028: "2028-01-26",
  2029: "2029-02-13",
  2030: "2030-02-03",
};

const TET_DAYS: Array<{ offset: number; nameVi: string; nameEn: string }> = [
  { offset: -1, nameVi: "Tết Nguyên đán (ngày cuối năm Âm lịch)", nameEn: "Lunar New Year (New Year's Eve)" },
  { offset: 0, nameVi: "Tết Nguyên đán (mùng 1)", nameEn: "Lunar New Year (day 1)" },
  { offset: 1, nameVi: "Tết Nguyên đán (mùng 2)", nameEn: "Lunar New Year (day 2)" },
  { offset: 2, nameVi: "Tết Nguyên đán (mùng 3)", nameEn: "Lunar New Year (day 3)" },
  { offset: 3, nameVi: "Tết Nguyên đán (mùng 4)", nameEn: "Lunar New Year (day 4)" },
];

export type DefaultHoliday = { date: Date; nameVi: string; nameEn: string };

export function defaultPublicHolidays(fromYear = FIRST_REPORTING_YEAR, toYear = LAST_REPORTING_YEAR): DefaultHoliday[] {
  const holidays: DefaultHoliday[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    for (const fixed of FIXED_SOLAR_HOLIDAYS) holidays.push({ date: new Date(`${year}-${fixed.monthDay}T00:00:00.000Z`), nameVi: fixed.nameVi, nameEn: fixed.nameEn });
    const firstDay = LUNAR_NEW_YEAR[year];
    if (!firstDay) throw new Error(`No Lunar New Year date for ${year}`);
    for (const tet of TET_DAYS) {
      const date = new Date(`${firstDay}T00:00:00.000Z`);
      date.setUTCDate(date.getUTCDate() + tet.offset);
      holidays.push({ date, nameVi: tet.nameVi, nameEn: tet.nameEn });
    }
  }
  return holidays.sort((a, b) => a.date.getTime() - b.date.getTime());
}

// Provinces, centrally-run cities, ministries and ministerial-level agencies send the six-month and annual
// reports; former provinces owe them for the periods they existed in (lib/domain/report-obligations.ts).
export const DEFAULT_OBLIGED_KINDS: OrganizationKind[] = ["PROVINCE", "CITY", "MINISTRY", "MINISTERIAL_AGENCY", "FORMER_PROVINCE"];
export const DEFAULT_OWED_PERIOD_KINDS: PeriodKind[] = ["SEMIANNUAL", "ANNUAL"];

// Once the defaults have been applied, they belong to the administrators: a later seed run must not bring back
// a holiday they deleted or an obligation they turned off. This setting records that the defaults were applied.
export const REPORTING_DEFAULTS_SETTING = "reporting.defaultsAppliedAt";

export type SeedReportingDefaultsResult = { holidays: number; expectations: number; skipped: boolean };

export async function seedReportingDefaults(client: Client): Promise<SeedReportingDefaultsResult> {
  const applied = await client.appSetting.findUnique({ where: { key: REPORTING_DEFAULTS_SETTING } });
  if (applied) return { holidays: 0, expectations: 0, skipped: true };

  // Keyed by date (ON CONFLICT DO NOTHING): a row already there, typed by an administrator, keeps its names.
  const { count: holidays } = await client.publicHoliday.createMany({ data: defaultPublicHolidays(), skipDuplicates: true });

  const types = await client.reportType.findMany({ where: { periodKind: { in: DEFAULT_OWED_PERIOD_KINDS } }, select: { id: true } });
  const organizations = await client.organization.findMany({ where: { kind: { in: DEFAULT_OBLIGED_KINDS } }, select: { id: true } });
  const { count: expectations } = await client.reportExpectation.createMany({
    data: organizations.flatMap((organization) => types.map((type) => ({ organizationId: organization.id, reportTypeId: type.id }))),
    skipDuplicates: true,
  });

  await client.appSetting.upsert({
    where: { key: REPORTING_DEFAULTS_SETTING },
    create: { key: REPORTING_DEFAULTS_SETTING, value: { at: new Date().toISOString(), holidays, expectations } },
    update: {},
  });
  return { holidays, expectations, skipped: false };
}
