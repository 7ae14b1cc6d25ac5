// The reporting calendar's data: the periods of every active report type with their deadlines (kept in step by
// lib/server/reporting-periods.ts), the default public holidays and the Government's day swaps, and who owes
// which report.
import type { OrganizationKind, PeriodKind } from "../../lib/generated/prisma/client";
import { statutoryHolidays } from "../../lib/domain/holidays";
import { isoDay } from "../../lib/domain/reporting-calendar";
import { FIRST_REPORTING_YEAR, LAST_REPORTING_YEAR, type Client } from "../../lib/server/reporting-periods";

// The periods themselves are kept in step by lib/server (the administration services use it too).
export {
  FIRST_REPORTING_YEAR,
  LAST_REPORTING_YEAR,
  deadlineRuleOf,
  loadWorkingCalendar,
  syncReportingPeriods,
  type SyncReportingPeriodsResult,
} from "../../lib/server/reporting-periods";

// ───────────── Defaults ─────────────

// Public holidays 2022–2030 per the Labour Code 2019, Art. 112(1), with lunar dates from the Vietnamese calendar
// (lib/domain/holidays.ts). Where the five days of Tết fall is the Prime Minister's decision of each year: the
// years below are the published decisions; the other years use the portal's default (one day before mùng 1 and
// four after) until an administrator records the decision. Compensatory days (Art. 111(3)) are derived, not
// stored.
const LABOUR_CODE_SOURCE =
  "https://lawnet.vn/ngan-hang-phap-luat/en/tu-van-phap-luat/van-hoa--xa-hoi/what-is-november-14-in-vietnam-do-employees-in-vietnam-receive-fully-paid-days-off-on-november-14-20-1101727";

export const TET_DECISIONS: Record<number, { firstDayOffset: number; sourceUrls: string[] }> = {
  // 31/01–04/02/2022 (29 tháng Chạp – mùng 4).
  2022: {
    firstDayOffset: -1,
    sourceUrls: [
      "https://en.baobinhthuan.com.vn/print/94428.html",
      "https://www.sggpnews.org.vn/national/ministry-submits-tet-holiday-schedule-to-prime-minister-96166.html",
    ],
  },
  // 20/01–24/01/2023, with 25–26/01 in compensation for the weekend (seven days 20–26/01).
  2023: {
    firstDayOffset: -2,
    sourceUrls: [
      "https://en.vietnamplus.vn/sevenday-tet-holiday-fixed-for-state-employees/244803.vnp",
      "https://www.sggpnews.org.vn/national/molisa-suggests-not-to-abuse-prolong-lunar-new-year-holiday-103831.html",
    ],
  },
  // 08/02–12/02/2024, with 13–14/02 in compensation (seven days 08–14/02).
  2024: {
    firstDayOffset: -2,
    sourceUrls: [
      "https://vietnamnews.vn/society/1636141/one-week-break-approved-for-tet-holiday-in-2024.html",
      "https://vietnaminsider.vn/consensus-on-7-day-lunar-new-year-holiday-in-2024/",
    ],
  },
  // 27/01–31/01/2025 (28 tháng Chạp – mùng 3).
  2025: { firstDayOffset: -2, sourceUrls: ["https://en.sggp.org.vn/prime-minister-approves-9-day-tet-break-for-2025-post114084.html"] },
  // 16/02–20/02/2026 (29 tháng Chạp – mùng 4).
  2026: {
    firstDayOffset: -1,
    sourceUrls: [
      "https://en.baochinhphu.vn/prime-minister-approves-9-day-lunar-new-year-holiday-in-2026-111251014090102864.htm",
      "https://www.vietnam.vn/en/cong-chuc-vien-chuc-nguoi-lao-dong-hai-phong-duoc-nghi-tet-binh-ngo-lien-tuc-9-ngay",
    ],
  },
};

export type DefaultHoliday = { date: Date; nameVi: string; nameEn: string; sourceUrls: string[] };

export function defaultPublicHolidays(fromYear = FIRST_REPORTING_YEAR, toYear = LAST_REPORTING_YEAR): DefaultHoliday[] {
  const holidays: DefaultHoliday[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    const decision = TET_DECISIONS[year];
    for (const holiday of statutoryHolidays(year, { tetFirstDayOffset: decision?.firstDayOffset })) {
      const sourceUrls = holiday.code === "TET" && decision ? decision.sourceUrls : [LABOUR_CODE_SOURCE];
      holidays.push({ date: holiday.date, nameVi: holiday.nameVi, nameEn: holiday.nameEn, sourceUrls });
    }
  }
  return holidays;
}

// The Government's day swaps 2022–2026 found in public sources (none were found for 2022 and 2023: their long
// breaks came from compensatory days alone). Each pair: a weekday off and the Saturday worked in exchange.
export type DefaultCalendarException = {
  date: string;
  kind: "WORKING_DAY" | "DAY_OFF";
  nameVi: string;
  documentVi: string;
  sourceUrl: string;
};

export const DEFAULT_CALENDAR_EXCEPTIONS: DefaultCalendarException[] = [
  {
    date: "2024-04-29",
    kind: "DAY_OFF",
    nameVi: "Nghỉ hoán đổi dịp 30/4 – 01/5/2024",
    documentVi: "Công văn 2450/VPCP-KGVX ngày 12/4/2024 của Văn phòng Chính phủ",
    sourceUrl: "https://baophapluat.vn/media/thu-tuong-chinh-phu-dong-y-nghi-5-ngay-lien-tiep-dip-304-va-15-post12513.html",
  },
  {
    date: "2024-05-04",
    kind: "WORKING_DAY",
    nameVi: "Làm bù cho ngày 29/4/2024",
    documentVi: "Công văn 2450/VPCP-KGVX ngày 12/4/2024 của Văn phòng Chính phủ",
    sourceUrl: "https://baophapluat.vn/media/thu-tuong-chinh-phu-dong-y-nghi-5-ngay-lien-tiep-dip-304-va-15-post12513.html",
  },
  {
    date: "2025-04-26",
    kind: "WORKING_DAY",
    nameVi: "Làm bù cho ngày 02/5/2025",
    documentVi: "Phương án nghỉ lễ năm 2025 được Thủ tướng Chính phủ đồng ý",
    sourceUrl: "https://en.baochinhphu.vn/three-days-off-in-celebration-for-hung-kings-commemoration-day-111250304153250976.htm",
  },
  {
    date: "2025-05-02",
    kind: "DAY_OFF",
    nameVi: "Nghỉ hoán đổi dịp 30/4 – 01/5/2025",
    documentVi: "Phương án nghỉ lễ năm 2025 được Thủ tướng Chính phủ đồng ý",
    sourceUrl: "https://en.baochinhphu.vn/three-days-off-in-celebration-for-hung-kings-commemoration-day-111250304153250976.htm",
  },
  {
    date: "2026-08-22",
    kind: "WORKING_DAY",
    nameVi: "Làm bù cho ngày 31/8/2026",
    documentVi: "Thông báo 9441/TB-BNV ngày 16/10/2025 của Bộ Nội vụ",
    sourceUrl: "https://www.vietnam.vn/en/cong-chuc-vien-chuc-nguoi-lao-dong-hai-phong-duoc-nghi-tet-binh-ngo-lien-tuc-9-ngay",
  },
  {
    date: "2026-08-31",
    kind: "DAY_OFF",
    nameVi: "Nghỉ hoán đổi dịp Quốc khánh 2026",
    documentVi: "Thông báo 9441/TB-BNV ngày 16/10/2025 của Bộ Nội vụ",
    sourceUrl: "https://www.vietnam.vn/en/cong-chuc-vien-chuc-nguoi-lao-dong-hai-phong-duoc-nghi-tet-binh-ngo-lien-tuc-9-ngay",
  },
];

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
  await client.calendarException.createMany({
    data: DEFAULT_CALENDAR_EXCEPTIONS.map((e) => ({ ...e, date: new Date(`${e.date}T00:00:00.000Z`) })),
    skipDuplicates: true,
  });

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

// Databases seeded before the calendar followed the Labour Code in full (holidays without Giỗ Tổ and the second
// National Day, Tết 2030 on the Chinese date 03/02, no day swaps, no former ministries' obligations) are brought
// up to date once: rows the earlier default generator wrote and the current one does not are removed, the
// current defaults are added, and administrators' own rows stay. Recorded by this setting.
export const CALENDAR_V2_SETTING = "reporting.calendarV2AppliedAt";

// The names the earlier generator gave its rows: only rows carrying one of them on the date it wrote are removed.
const FIRST_GENERATION_NAMES = new Set([
  "Tết Dương lịch",
  "Ngày Chiến thắng (30/4)",
  "Ngày Quốc tế Lao động",
  "Quốc khánh",
  "Tết Nguyên đán (ngày cuối năm Âm lịch)",
  "Tết Nguyên đán (mùng 1)",
  "Tết Nguyên đán (mùng 2)",
  "Tết Nguyên đán (mùng 3)",
  "Tết Nguyên đán (mùng 4)",
]);

export async function upgradeReportingCalendar(
  client: Client,
): Promise<{ removed: number; added: number; expectations: number; skipped: boolean }> {
  if (await client.appSetting.findUnique({ where: { key: CALENDAR_V2_SETTING } }))
    return { removed: 0, added: 0, expectations: 0, skipped: true };
  const wanted = new Set(defaultPublicHolidays().map((h) => isoDay(h.date)));
  const stale = (await client.publicHoliday.findMany({ select: { id: true, date: true, nameVi: true } })).filter(
    (row) => FIRST_GENERATION_NAMES.has(row.nameVi) && !wanted.has(isoDay(row.date)),
  );
  if (stale.length) await client.publicHoliday.deleteMany({ where: { id: { in: stale.map((row) => row.id) } } });
  const { count: added } = await client.publicHoliday.createMany({ data: defaultPublicHolidays(), skipDuplicates: true });
  await client.calendarException.createMany({
    data: DEFAULT_CALENDAR_EXCEPTIONS.map((e) => ({ ...e, date: new Date(`${e.date}T00:00:00.000Z`) })),
    skipDuplicates: true,
  });
  // Organizations added by this version (the former ministries) owe what their kind owes by default.
  const types = await client.reportType.findMany({ where: { periodKind: { in: DEFAULT_OWED_PERIOD_KINDS } }, select: { id: true } });
  const newcomers = await client.organization.findMany({
    where: { kind: { in: DEFAULT_OBLIGED_KINDS }, reportExpectations: { none: {} }, code: { startsWith: "FM-" } },
    select: { id: true },
  });
  const { count: expectations } = await client.reportExpectation.createMany({
    data: newcomers.flatMap((organization) => types.map((type) => ({ organizationId: organization.id, reportTypeId: type.id }))),
    skipDuplicates: true,
  });
  await client.appSetting.upsert({
    where: { key: CALENDAR_V2_SETTING },
    create: { key: CALENDAR_V2_SETTING, value: { at: new Date().toISOString(), removed: stale.length, added, expectations } },
    update: {},
  });
  return { removed: stale.length, added, expectations, skipped: false };
}
