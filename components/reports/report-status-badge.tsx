import { useTranslations } from "next-intl";

export type ReportStatusValue = "DRAFT" | "SUBMITTED" | "RETURNED" | "ACCEPTED";
export const REPORT_STATUSES: readonly ReportStatusValue[] = ["DRAFT", "SUBMITTED", "RETURNED", "ACCEPTED"];

// Words and a symbol, never colour alone.
const styles: Record<ReportStatusValue, { symbol: string; className: string }> = {
  DRAFT: { symbol: "✎", className: "border-slate-400 bg-slate-100" },
  SUBMITTED: { symbol: "⇪", className: "border-cb-blue bg-cb-blue/10" },
  RETURNED: { symbol: "↩", className: "border-cb-vermillion bg-cb-vermillion/10" },
  ACCEPTED: { symbol: "✓", className: "border-cb-green bg-cb-green/10" },
};

export function ReportStatusBadge({ status }: { status: ReportStatusValue }) {
  const t = useTranslations("reports.status");
  const style = styles[status];
  return (
    <span data-report-status={status} className={`badge ${style.className}`}>
      <span aria-hidden="true">{style.symbol}</span>
      {t(status)}
    </span>
  );
}
