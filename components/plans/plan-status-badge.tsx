import { useTranslations } from "next-intl";

import type { PlanStatus } from "@/lib/domain/plan-workflow";

export type PlanStatusValue = PlanStatus;

// Words and a symbol, never colour alone.
const styles: Record<PlanStatusValue, { symbol: string; className: string }> = {
  DRAFT: { symbol: "✎", className: "border-slate-400 bg-slate-100" },
  AWAITING_LEADER: { symbol: "✍", className: "border-slate-500 bg-slate-50" },
  SENT: { symbol: "…", className: "border-cb-blue bg-cb-blue/10" },
  RECORDED: { symbol: "✓", className: "border-cb-green bg-cb-green/10" },
  APPROVED: { symbol: "✓", className: "border-cb-green bg-cb-green/10" },
  COMMENTED: { symbol: "↩", className: "border-cb-vermillion bg-cb-vermillion/10" },
  REVISION: { symbol: "↻", className: "border-cb-orange bg-cb-orange/15" },
};

export function PlanStatusBadge({ status }: { status: PlanStatusValue }) {
  const t = useTranslations("workspace.planStatus");
  const style = styles[status];
  return (
    <span data-status={status} data-testid="plan-status" className={`badge text-sm ${style.className}`}>
      <span aria-hidden="true">{style.symbol}</span>
      {t(status)}
    </span>
  );
}
