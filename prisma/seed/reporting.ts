// The reporting calendar's data: the periods of every active report type with their deadlines, the default
// public holidays and the Government's day swaps, and who owes which report. Used by the seed and, inside their
// transactions, by the administration services whenever a deadline rule, a holiday or a day swap changes (so it
// must not import `server-only`).
import type { OrganizationKind, PeriodKind, Prisma } from "../../lib/generated/prisma/client";
import { statutoryHolidays } from "../../lib/domain/holidays";
import {
  buildWorkingCalendar,
  deadlineByRule,
  isoDay,
  periodsOfYear,
  type DeadlineRule,
  type Period,
  type WorkingCalendar,
} from "../../lib/domain/reporting-calendar";

// A PrismaClient or a transaction client: both offer the delegates used here.
type Client = Prisma.TransactionClient;

export const FIRST_REPORTING_YEAR = 2022; // the first full year of Decision 2013/QĐ-TTg (30/11/2021)
export const LAST_REPORTING_YEAR = 2030;

export type SyncReportingPeriodsResult = { created: number; updated: number };

const sameDay = (a: Date, b: Date) => isoDay(a) === isoDay(b);

type ReportTypeRule = {
  deadlineRule: "WORKING_DAYS_AFTER_CUTOFF" | "DAY_OF_LAST_MONTH" | "FIXED_DATE";
  deadlineWorkingDays: number;
  deadlineDay: number | null;
  deadlineMonth: number | null;
};

// The stored rule of a report type as the domain's DeadlineRule. A rule missing its day falls back to the
// working-days rule rather than failing the whole calendar.
export function deadlineRuleOf(type: ReportTypeRule): DeadlineRule {
  if (type.deadlineRule === "DAY_OF_LAST_MONTH" && type.deadlineDay != null) return { kind: "DAY_OF_LAST_MONTH", day: type.deadlineDay };
  if (type.deadlineRule === "FIXED_DATE" && type.deadlineDay != null && type.deadlineMonth != null) {
    return { kind: "FIXED_DATE", month: type.deadlineMonth, day: type.deadlineDay };
  }
  return { kind: "WORKING_DAYS_AFTER_CUTOFF", workingDays: type.deadlineWorkingDays };
}

// The working calendar as stored: the holidays table (compensatory days are derived from it) and the day swaps.
export async function loadWorkingCalendar(client: Client): Promise<WorkingCalendar> {
  const [holidayRows, exceptionRows] = await Promise.all([
    client.publicHoliday.findMany({ select: { date: true } }),
    client.calendarException.findMany({ select: { date: true, kind: true }, orderBy: { date: "asc" } }),
  ]);
  return buildWorkingCalendar(
    holidayRows.map((row) => isoDay(row.date)),
    exceptionRows.map((row) => ({ date: isoDay(row.date), kind: row.kind })),
  );
}

function deadlineOrNull(period: Period, rule: DeadlineRule, calendar: WorkingCalendar): Date | null {
  try {
    return deadlineByRule(period, rule, calendar);
  } catch {
    return null;
  }
}

// Creates every missing period of every active report type for the years, and moves the cut-off windows and
// deadlines of existing periods when the deadline rule, the holidays or the day swaps changed. Ad-hoc types get
// the one period their request sets (once its cut-off and deadline are recorded). Never deletes a period:
// reports may be attached to it.
export async function syncReportingPeriods(
  client: Client,
  { fromYear = FIRST_REPORTING_YEAR, toYear = LAST_REPORTING_YEAR }: { fromYear?: number; toYear?: number } = {},
): Promise<SyncReportingPeriodsResult> {
  const types = await client.reportType.findMany({ where: { isActive: true } });
  if (types.length === 0) return { created: 0, updated: 0 };
  const calendar = await loadWorkingCalendar(client);
  const existing = await client.reportingPeriod.findMany({
    where: { kind: { in: [...new Set(types.map((t) => t.periodKind))] } },
    select: { id: true, kind: true, year: true, number: true, reportTypeId: true, cutoffStart: true, cutoffEnd: true, deadline: true },
  });
  const byKey = new Map(existing.map((row) => [`${row.kind}:${row.year}:${row.number}`, row]));

  const missing: Prisma.ReportingPeriodCreateManyInput[] = [];
  let updated = 0;
  const upsert = async (period: Period, typeId: string, deadline: Date, row: (typeof existing)[number] | undefined) => {
    const values = { reportTypeId: typeId, cutoffStart: period.cutoffStart, cutoffEnd: period.cutoffEnd, deadline };
    if (!row) {
      missing.push({ kind: period.kind, year: period.year, number: period.number, ...values });
    } else if (
      row.reportTypeId !== typeId ||
      !sameDay(row.cutoffStart, period.cutoffStart) ||
      !sameDay(row.cutoffEnd, period.cutoffEnd) ||
      !sameDay(row.deadline, deadline)
    ) {
      await client.reportingPeriod.update({ where: { id: row.id }, data: values });
      updated++;
    }
  };
  for (const type of types) {
    if (type.periodKind === "AD_HOC") {
      if (!type.adHocCutoffStart || !type.adHocCutoffEnd || !type.adHocDeadline || type.adHocDeadline <= type.adHocCutoffEnd) continue;
      const year = type.adHocCutoffEnd.getUTCFullYear();
      const own = existing.find((row) => row.reportTypeId === type.id);
      const taken = existing.filter((row) => row.kind === "AD_HOC" && row.year === year).map((row) => row.number);
      const number = own && own.year === year ? own.number : Math.max(0, ...taken, ...missing.filter((m) => m.kind === "AD_HOC" && m.year === year).map((m) => m.number)) + 1;
      await upsert({ kind: "AD_HOC", year, number, cutoffStart: type.adHocCutoffStart, cutoffEnd: type.adHocCutoffEnd }, type.id, type.adHocDeadline, own);
      continue;
    }
    const rule = deadlineRuleOf(type);
    for (let year = fromYear; year <= toYear; year++) {
      for (const period of periodsOfYear(type.periodKind, year)) {
        const deadline = deadlineOrNull(period, rule, calendar) ?? deadlineByRule(period, { kind: "WORKING_DAYS_AFTER_CUTOFF", workingDays: type.deadlineWorkingDays }, calendar);
        await upsert(period, type.id, deadline, byKey.get(`${period.kind}:${period.year}:${period.number}`));
      }
    }
  }
  // skipDuplicates: a concurrent sync that created the same period first is not an error.
  const created = missing.length ? (await client.reportingPeriod.createMany({ data: missing, skipDuplicates: true })).count : 0;
  return { created, updated };
}

// ───────────── Defaults ─────────────

// Public holidays 2022–2030 per the Labour Code 2019, Art. 112(1), with lunar dates from the Vietnamese calendar
// (lib/domain/holidays.ts). Where the five days of Tết fall is the Prime Minister's decision of each year: the
// years below are the published decisions; the other years use the portal's default (one day before mùng 1 and
// four after) until an administrator records the decision. Compensatory days (Art. 111(3)) are derived, not
// stored.
const LABOUR_CODE_SOURCE = "https://lawnet.vn/ngan-hang-phap-luat/en/tu-van-phap-luat/van-hoa--xa-hoi/what-is-november-14-in-vietnam-do-employees-in-vietnam-receive-fully-paid-days-off-on-november-14-20-1101727";

export const TET_DECISIONS: Record<number, { firstDayOffset: number; sourceUrls: string[] }> = {
  // 31/01–04/02/2022 (29 tháng Chạp – mùng 4).
  2022: { firstDayOffset: -1, sourceUrls: ["https://en.baobinhthuan.com.vn/print/94428.html", "https://www.sggpnews.org.vn/national/ministry-submits-tet-holiday-schedule-to-prime-minister-96166.html"] },
  // 20/01–24/01/2023, with 25–26/01 in compensation for the weekend (seven days 20–26/01).
  2023: { firstDayOffset: -2, sourceUrls: ["https://en.vietnamplus.vn/sevenday-tet-holiday-fixed-for-state-employees/244803.vnp", "https://www.sggpnews.org.vn/national/molisa-suggests-not-to-abuse-prolong-lunar-new-year-holiday-103831.html"] },
  // 08/02–12/02/2024, with 13–14/02 in compensation (seven days 08–14/02).
  2024: { firstDayOffset: -2, sourceUrls: ["https://vietnamnews.vn/society/1636141/one-week-break-approved-for-tet-holiday-in-2024.html", "https://vietnaminsider.vn/consensus-on-7-day-lunar-new-year-holiday-in-2024/"] },
  // 27/01–31/01/2025 (28 tháng Chạp – mùng 3).
  2025: { firstDayOffset: -2, sourceUrls: ["https://en.sggp.org.vn/prime-minister-approves-9-day-tet-break-for-2025-post114084.html"] },
  // 16/02–20/02/2026 (29 tháng Chạp – mùng 4).
  2026: { firstDayOffset: -1, sourceUrls: ["https://en.baochinhphu.vn/prime-minister-approves-9-day-lunar-new-year-holiday-in-2026-111251014090102864.htm", "https://www.vietnam.vn/en/cong-chuc-vien-chuc-nguoi-lao-dong-hai-phong-duoc-nghi-tet-binh-ngo-lien-tuc-9-ngay"] },
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
export type DefaultCalendarException = { date: string; kind: "WORKING_DAY" | "DAY_OFF"; nameVi: string; documentVi: string; sourceUrl: string };

export const DEFAULT_CALENDAR_EXCEPTIONS: DefaultCalendarException[] = [
  { date: "2024-04-29", kind: "DAY_OFF", nameVi: "Nghỉ hoán đổi dịp 30/4 – 01/5/2024", documentVi: "Công văn 2450/VPCP-KGVX ngày 12/4/2024 của Văn phòng Chính phủ", sourceUrl: "https://baophapluat.vn/media/thu-tuong-chinh-phu-dong-y-nghi-5-ngay-lien-tiep-dip-304-va-15-post12513.html" },
  { date: "2024-05-04", kind: "WORKING_DAY", nameVi: "Làm bù cho ngày 29/4/2024", documentVi: "Công văn 2450/VPCP-KGVX ngày 12/4/2024 của Văn phòng Chính phủ", sourceUrl: "https://baophapluat.vn/media/thu-tuong-chinh-phu-dong-y-nghi-5-ngay-lien-tiep-dip-304-va-15-post12513.html" },
  { date: "2025-04-26", kind: "WORKING_DAY", nameVi: "Làm bù cho ngày 02/5/2025", documentVi: "Phương án nghỉ lễ năm 2025 được Thủ tướng Chính phủ đồng ý", sourceUrl: "https://en.baochinhphu.vn/three-days-off-in-celebration-for-hung-kings-commemoration-day-111250304153250976.htm" },
  { date: "2025-05-02", kind: "DAY_OFF", nameVi: "Nghỉ hoán đổi dịp 30/4 – 01/5/2025", documentVi: "Phương án nghỉ lễ năm 2025 được Thủ tướng Chính phủ đồng ý", sourceUrl: "https://en.baochinhphu.vn/three-days-off-in-celebration-for-hung-kings-commemoration-day-111250304153250976.htm" },
  { date: "2026-08-22", kind: "WORKING_DAY", nameVi: "Làm bù cho ngày 31/8/2026", documentVi: "Thông báo 9441/TB-BNV ngày 16/10/2025 của Bộ Nội vụ", sourceUrl: "https://www.vietnam.vn/en/cong-chuc-vien-chuc-nguoi-lao-dong-hai-phong-duoc-nghi-tet-binh-ngo-lien-tuc-9-ngay" },
  { date: "2026-08-31", kind: "DAY_OFF", nameVi: "Nghỉ hoán đổi dịp Quốc khánh 2026", documentVi: "Thông báo 9441/TB-BNV ngày 16/10/2025 của Bộ Nội vụ", sourceUrl: "https://www.vietnam.vn/en/cong-chuc-vien-chuc-nguoi-lao-dong-hai-phong-duoc-nghi-tet-binh-ngo-lien-tuc-9-ngay" },
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

export async function upgradeReportingCalendar(client: Client): Promise<{ removed: number; added: number; expectations: number; skipped: boolean }> {
  if (await client.appSetting.findUnique({ where: { key: CALENDAR_V2_SETTING } })) return { removed: 0, added: 0, expectations: 0, skipped: true };
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
