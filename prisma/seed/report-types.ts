// The report types the portal knows. The deadline is a configurable default, not law: Decree 09/2019/NĐ-CP only
// requires at least one working day after the data cut-off (Art. 8(5)); Art. 13(1) has ministries and provinces
// report to the Government by the 25th of the period's last month, which administrators can choose instead.
// Six-month (first half) and annual reports are in use by default; quarterly and nine-month exist for
// administrators to switch on. The Strategy's reviews are ad-hoc reports with their own request: they stay
// inactive until an administrator records the request's cut-off, deadline and outline (none is set here: the
// dates are not in a public source the portal could cite).
import type { PeriodKind, Prisma } from "../../lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

const DEFAULT_DEADLINE_WORKING_DAYS = 5;

const REPORT_TYPES: Array<{ code: string; periodKind: PeriodKind; nameVi: string; nameEn: string; isActive: boolean }> = [
  { code: "QUARTERLY", periodKind: "QUARTERLY", nameVi: "Báo cáo quý", nameEn: "Quarterly report", isActive: true },
  { code: "SEMIANNUAL", periodKind: "SEMIANNUAL", nameVi: "Báo cáo 6 tháng đầu năm", nameEn: "First-half report", isActive: true },
  { code: "NINE_MONTH", periodKind: "NINE_MONTH", nameVi: "Báo cáo 9 tháng", nameEn: "Nine-month report", isActive: false },
  { code: "ANNUAL", periodKind: "ANNUAL", nameVi: "Báo cáo năm", nameEn: "Annual report", isActive: true },
  {
    code: "SO_KET_3_NAM",
    periodKind: "AD_HOC",
    nameVi: "Báo cáo sơ kết 3 năm thực hiện Chiến lược",
    nameEn: "Three-year interim review of the Strategy",
    isActive: false,
  },
  {
    code: "GIUA_KY",
    periodKind: "AD_HOC",
    nameVi: "Báo cáo giữa kỳ thực hiện Chiến lược",
    nameEn: "Mid-term report on the Strategy",
    isActive: false,
  },
  {
    code: "TONG_KET_2030",
    periodKind: "AD_HOC",
    nameVi: "Báo cáo tổng kết thực hiện Chiến lược đến năm 2030",
    nameEn: "Final review of the Strategy (2030)",
    isActive: false,
  },
];

export async function seedReportTypes(tx: Tx): Promise<void> {
  for (const { isActive, ...type } of REPORT_TYPES) {
    // Deadline, basis and active flag are administrators' settings once created: a later seed run leaves them alone.
    await tx.reportType.upsert({
      where: { code: type.code },
      create: { ...type, isActive, deadlineWorkingDays: DEFAULT_DEADLINE_WORKING_DAYS },
      update: { nameVi: type.nameVi, nameEn: type.nameEn, periodKind: type.periodKind },
    });
  }
}
