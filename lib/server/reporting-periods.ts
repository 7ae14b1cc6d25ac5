// The reporting periods of every active report type, kept in step with the deadline rules and holidays. Used by
// the administration services inside their transactions and by the seed (prisma/seed/reporting.ts), so it does
// not import `server-only` (the seed runs outside Next.js); it is server code all the same.
import { deadlineFor, isoDay, periodsOfYear } from "../domain/reporting-calendar";
import type { Prisma } from "../generated/prisma/client";

// A PrismaClient or a transaction client: both offer the delegates used here.
export type Client = Prisma.TransactionClient;

export const FIRST_REPORTING_YEAR = 2022; // the first full year of Decision 2013/QĐ-TTg (30/11/2021)
export const LAST_REPORTING_YEAR = 2030;

export type SyncReportingPeriodsResult = { created: number; updated: number };

const sameDay = (a: Date, b: Date) => isoDay(a) === isoDay(b);

// Creates every missing period of every active report type for the years, and moves the cut-off windows and
// deadlines of existing periods when the deadline rule or the holidays table changed. Never deletes a period:
// reports may be attached to it.
export async function syncReportingPeriods(
  client: Client,
  { fromYear = FIRST_REPORTING_YEAR, toYear = LAST_REPORTING_YEAR }: { fromYear?: number; toYear?: number } = {},
): Promise<SyncReportingPeriodsResult> {
  const types = await client.reportType.findMany({ where: { isActive: true }, select: { id: true, periodKind: true, deadlineWorkingDays: true } });
  if (types.length === 0) return { created: 0, updated: 0 };
  const holidayRows = await client.publicHoliday.findMany({ select: { date: true } });
  const holidays = new Set(holidayRows.map((row) => isoDay(row.date)));
  const existing = await client.reportingPeriod.findMany({
    where: { kind: { in: types.map((t) => t.periodKind) }, year: { gte: fromYear, lte: toYear } },
    select: { id: true, kind: true, year: true, number: true, reportTypeId: true, cutoffStart: true, cutoffEnd: true, deadline: true },
  });
  const byKey = new Map(existing.map((row) => [`${row.kind}:${row.year}:${row.number}`, row]));

  const missing: Prisma.ReportingPeriodCreateManyInput[] = [];
  let updated = 0;
  for (const type of types) {
    for (let year = fromYear; year <= toYear; year++) {
      for (const period of periodsOfYear(type.periodKind, year)) {
        const deadline = deadlineFor(period, type.deadlineWorkingDays, holidays);
        const row = byKey.get(`${period.kind}:${period.year}:${period.number}`);
        const values = { reportTypeId: type.id, cutoffStart: period.cutoffStart, cutoffEnd: period.cutoffEnd, deadline };
        if (!row) {
          missing.push({ kind: period.kind, year: period.year, number: period.number, ...values });
        } else if (
          row.reportTypeId !== type.id ||
          !sameDay(row.cutoffStart, period.cutoffStart) ||
          !sameDay(row.cutoffEnd, period.cutoffEnd) ||
          !sameDay(row.deadline, deadline)
        ) {
          await client.reportingPeriod.update({ where: { id: row.id }, data: values });
          updated++;
        }
      }
    }
  }
  // skipDuplicates: a concurrent sync that created the same period first is not an error.
  const created = missing.length ? (await client.reportingPeriod.createMany({ data: missing, skipDuplicates: true })).count : 0;
  return { created, updated };
}
