import { useLocale, useTranslations } from "next-intl";
import { toLocale } from "@/lib/i18n/config";
import { formatPercent } from "@/lib/i18n/format";
import type { TaskStatus as TaskStatusValue } from "@/lib/domain/enums";

export type { TaskStatus as TaskStatusValue } from "@/lib/domain/enums";

// Words and a symbol, never colour alone.
const styles: Record<TaskStatusValue, { symbol: string; className: string }> = {
  NOT_STARTED: { symbol: "○", className: "border-slate-400 bg-slate-100" },
  IN_PROGRESS: { symbol: "◐", className: "border-cb-blue bg-cb-blue/10" },
  COMPLETED: { symbol: "✓", className: "border-cb-green bg-cb-green/10" },
  DELAYED: { symbol: "⚠", className: "border-cb-vermillion bg-cb-vermillion/10" },
  CANCELLED: { symbol: "✕", className: "border-slate-500 bg-white" },
};

export function TaskStatusBadge({ status }: { status: TaskStatusValue }) {
  const t = useTranslations("plans.taskStatus");
  const style = styles[status];
  return (
    <span data-status={status} className={`badge ${style.className}`}>
      <span aria-hidden="true">{style.symbol}</span>
      {t(status)}
    </span>
  );
}

// The percentage is the text; the bar only repeats it for the eye.
export function ProgressValue({ progress }: { progress: number }) {
  const locale = toLocale(useLocale());
  const clamped = Math.min(100, Math.max(0, progress));
  return (
    <span className="progress">
      <span aria-hidden="true" className="progress-track">
        <span className="progress-fill" style={{ width: `${clamped}%` }} />
      </span>
      <span className="tabular-nums">{formatPercent(clamped, locale)}</span>
    </span>
  );
}
