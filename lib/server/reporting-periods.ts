// The reporting periods of every active report type, kept in step with the deadline rules, the holidays and the
// Government's day swaps. Used by the administration services inside their transactions and by the seed
// (prisma/seed/reporting.ts), so it does not import `server-only` (the seed runs outside Next.js); it is server
// code all the same.
import type { Prisma } from "../generated/prisma/client";
import {
  buildWorkingCalendar,
  deadlineByRule,
  isoDay,
  periodsOfYear,
  type DeadlineRule,
  type Period,
  type WorkingCalendar,
} from "../domain/reporting-calendar";

// A PrismaClient or a transaction client: both offer the delegates used here.
export type Client = Prisma.TransactionClient;

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
      const number =
        own && own.year === year
          ? own.number
          : Math.max(0, ...taken, ...missing.filter((m) => m.kind === "AD_HOC" && m.year === year).map((m) => m.number)) + 1;
      await upsert(
        { kind: "AD_HOC", year, number, cutoffStart: type.adHocCutoffStart, cutoffEnd: type.adHocCutoffEnd },
        type.id,
        type.adHocDeadline,
        own,
      );
      continue;
    }
    const rule = deadlineRuleOf(type);
    for (let year = fromYear; year <= toYear; year++) {
      for (const period of periodsOfYear(type.periodKind, year)) {
        const deadline =
          deadlineOrNull(period, rule, calendar) ??
          deadlineByRule(period, { kind: "WORKING_DAYS_AFTER_CUTOFF", workingDays: type.deadlineWorkingDays }, calendar);
        await upsert(period, type.id, deadline, byKey.get(`${period.kind}:${period.year}:${period.number}`));
      }
    }
  }
  // skipDuplicates: a concurrent sync that created the same period first is not an error.
  const created = missing.length ? (await client.reportingPeriod.createMany({ data: missing, skipDuplicates: true })).count : 0;
  return { created, updated };
}
