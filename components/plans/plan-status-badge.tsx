import { useTranslations } from "next-intl";

export type PlanStatusValue = "DRAFT" | "SUBMITTED" | "RETURNED" | "APPROVED" | "REVISION";

// Words and a symbol, never colour alone.
const styles: Record<PlanStatusValue, { symbol: string; className: string }> = {
  DRAFT: { symbol: "✎", className: "border-slate-400 bg-slate-100" },
  SUBMITTED: { symbol: "…", className: "border-cb-blue bg-cb-blue/10" },
  RETURNED: { symbol: "↩", className: "border-cb-vermillion bg-cb-vermillion/10" },
  APPROVED: { symbol: "✓", className: "border-cb-green bg-cb-green/10" },
  REVISION: { symbol: "↻", className: "border-cb-orange bg-cb-orange/15" },
};

export function PlanStatusBadge({ status }: { status: PlanStatusValue }) {
  const t = useTranslations("workspace.planStatus");
  const style = styles[status];
  return (
    <span data-status={status} data-testid="plan-status" className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full border px-2 py-0.5 text-sm font-medium text-slate-900 ${style.className}`}>
      <span aria-hidden="true">{style.symbol}</span>
      {t(status)}
    </span>
  );
}
