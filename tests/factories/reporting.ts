// Reporting-calendar data for integration tests: the report types as the seed creates them, optionally the
// default holidays and obligations, the periods, and progress reports in a chosen state.
import type { PeriodKind } from "@/lib/domain/reporting-calendar";
import { db } from "@/lib/server/db";
import { seedReportTypes } from "../../prisma/seed/report-types";
import { seedReportingDefaults, syncReportingPeriods } from "../../prisma/seed/reporting";

// QUARTERLY, SEMIANNUAL and ANNUAL with the seed's default of 5 working days; with `defaults`, the seed's
// holidays and obligations too; then every period 2022–2030.
export async function createReportingCalendar({ defaults = true }: { defaults?: boolean } = {}) {
  await db.$transaction(async (tx) => {
    await seedReportTypes(tx);
    if (defaults) await seedReportingDefaults(tx);
    await syncReportingPeriods(tx);
  });
  const types = await db.reportType.findMany();
  const byKind = (kind: PeriodKind) => {
    const type = types.find((t) => t.periodKind === kind);
    if (!type) throw new Error(`no report type for ${kind}`);
    return type;
  };
  return { quarterly: byKind("QUARTERLY"), semiannual: byKind("SEMIANNUAL"), annual: byKind("ANNUAL") };
}

export async function findPeriod(kind: PeriodKind, year: number, number = 1) {
  return db.reportingPeriod.findUniqueOrThrow({ where: { kind_year_number: { kind, year, number } } });
}

export function isoDayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export async function deadlineOf(kind: PeriodKind, year: number, number = 1): Promise<string> {
  return isoDayOf((await findPeriod(kind, year, number)).deadline);
}

// A progress report of the organization for the period: submitted (firstSubmittedAt set) or still a draft.
export async function createProgressReport(organizationId: string, periodId: string, { submittedAt }: { submittedAt?: Date } = {}) {
  return db.progressReport.create({
    data: {
      organizationId,
      periodId,
      status: submittedAt ? "SUBMITTED" : "DRAFT",
      submissionNumber: submittedAt ? 1 : 0,
      firstSubmittedAt: submittedAt ?? null,
      submittedAt: submittedAt ?? null,
    },
  });
}

export async function createEditor(organizationId: string, email: string, { isActive = true }: { isActive?: boolean } = {}) {
  return db.user.create({ data: { email, name: email.split("@")[0]!, role: "ORG_EDITOR", organizationId, isActive } });
}
