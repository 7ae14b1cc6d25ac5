import { useTranslations } from "next-intl";
import type { ProgressStatus } from "@/lib/domain/progress-status";
import type { PlanState, RateBand } from "@/lib/domain/dashboard-rollups";

// Words and a symbol, never colour alone (the colours are the Okabe–Ito palette of app/globals.css).
const badgeClass = "badge";

export const PROGRESS_STYLES: Record<ProgressStatus, { symbol: string; className: string; colour: string }> = {
  TARGET_ACHIEVED: { symbol: "★", className: "border-cb-green bg-cb-green/15", colour: "#009e73" },
  SUBSTANTIAL: { symbol: "▲", className: "border-cb-blue bg-cb-blue/10", colour: "#0072b2" },
  MODERATE: { symbol: "◆", className: "border-cb-sky bg-cb-sky/20", colour: "#56b4e9" },
  LIMITED: { symbol: "▽", className: "border-cb-orange bg-cb-orange/15", colour: "#e69f00" },
  DETERIORATION: { symbol: "▼", className: "border-cb-vermillion bg-cb-vermillion/10", colour: "#d55e00" },
  INSUFFICIENT_DATA: { symbol: "?", className: "border-slate-400 bg-slate-100", colour: "#94a3b8" },
};

export function ProgressStatusBadge({ status }: { status: ProgressStatus }) {
  const t = useTranslations("dashboard.status");
  const style = PROGRESS_STYLES[status];
  return (
    <span data-progress-status={status} className={`${badgeClass} ${style.className}`}>
      <span aria-hidden="true">{style.symbol}</span>
      {t(status)}
    </span>
  );
}

export type ComplianceValue = "ON_TIME" | "LATE" | "MISSING" | "RETURNED" | "NOT_DUE";

export const COMPLIANCE_STYLES: Record<ComplianceValue, { symbol: string; className: string; colour: string }> = {
  ON_TIME: { symbol: "✓", className: "border-cb-green bg-cb-green/15", colour: "#009e73" },
  LATE: { symbol: "◷", className: "border-cb-orange bg-cb-orange/15", colour: "#e69f00" },
  MISSING: { symbol: "✕", className: "border-cb-vermillion bg-cb-vermillion/10", colour: "#d55e00" },
  RETURNED: { symbol: "↩", className: "border-cb-purple bg-cb-purple/15", colour: "#cc79a7" },
  NOT_DUE: { symbol: "…", className: "border-slate-400 bg-slate-100", colour: "#94a3b8" },
};

export function ComplianceBadge({ status }: { status: ComplianceValue }) {
  const t = useTranslations("dashboard.compliance");
  const style = COMPLIANCE_STYLES[status];
  return (
    <span data-compliance={status} className={`${badgeClass} ${style.className}`}>
      <span aria-hidden="true">{style.symbol}</span>
      {t(status)}
    </span>
  );
}

export const PLAN_STATE_STYLES: Record<PlanState, { symbol: string; className: string }> = {
  APPROVED: { symbol: "✓", className: "border-cb-green bg-cb-green/15" },
  SUBMITTED: { symbol: "◐", className: "border-cb-blue bg-cb-blue/10" },
  IN_PREPARATION: { symbol: "✎", className: "border-cb-orange bg-cb-orange/15" },
  NONE: { symbol: "✕", className: "border-cb-vermillion bg-white" },
};

export function PlanStateBadge({ state }: { state: PlanState }) {
  const t = useTranslations("dashboard.planState");
  const style = PLAN_STATE_STYLES[state];
  return (
    <span data-plan-state={state} className={`${badgeClass} ${style.className}`}>
      <span aria-hidden="true">{style.symbol}</span>
      {t(state)}
    </span>
  );
}

// Bands of a share (tile map, scorecards): light tints so dark text stays readable, plus a bar-count symbol.
export const BAND_STYLES: Record<RateBand, { symbol: string; className: string }> = {
  HIGH: { symbol: "▮▮▮▮", className: "border-cb-green bg-cb-green/35" },
  GOOD: { symbol: "▮▮▮▯", className: "border-cb-blue bg-cb-sky/35" },
  FAIR: { symbol: "▮▮▯▯", className: "border-cb-orange bg-cb-yellow/50" },
  LOW: { symbol: "▮▯▯▯", className: "border-cb-vermillion bg-cb-vermillion/25" },
  NO_DATA: { symbol: "▯▯▯▯", className: "border-dashed border-slate-400 bg-white" },
};
