// The periodic report types of Decree 09/2019/NĐ-CP used by the portal. The deadline is a configurable default:
// the Decree only requires at least one working day after the data cut-off (Art. 8(5)).
import type { PeriodKind, Prisma } from "../../lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

const DEFAULT_DEADLINE_WORKING_DAYS = 5;

const REPORT_TYPES: Array<{ code: string; periodKind: PeriodKind; nameVi: string; nameEn: string }> = [
  { code: "QUARTERLY", periodKind: "QUARTERLY", nameVi: "Báo cáo quý", nameEn: "Quarterly report" },
  { code: "SEMIANNUAL", periodKind: "SEMIANNUAL", nameVi: "Báo cáo 6 tháng", nameEn: "Six-month report" },
  { code: "ANNUAL", periodKind: "ANNUAL", nameVi: "Báo cáo năm", nameEn: "Annual report" },
];

export async function seedReportTypes(tx: Tx): Promise<void> {
  for (const type of REPORT_TYPES) {
    // Deadline and active flag are administrators' settings once created: a later seed run leaves them alone.
    await tx.reportType.upsert({
      where: { code: type.code },
      create: { ...type, deadlineWorkingDays: DEFAULT_DEADLINE_WORKING_DAYS },
      update: { nameVi: type.nameVi, nameEn: type.nameEn, periodKind: type.periodKind },
    });
  }
}
