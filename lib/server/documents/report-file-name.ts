import "server-only";
import type { ReportSummaryDto } from "../queries/reports";

// e.g. bao-cao-P01-SEMIANNUAL-2026-1.docx
export function reportFileName(report: Pick<ReportSummaryDto, "organization" | "period">, extension: "docx" | "pdf"): string {
  return `bao-cao-${report.organization.code}-${report.period.kind}-${report.period.year}-${report.period.number}.${extension}`;
}
