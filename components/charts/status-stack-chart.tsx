import { useLocale, useTranslations } from "next-intl";
import { toLocale } from "@/lib/i18n/config";
import { LazyPlot } from "./lazy-plot";
import { TASK_STATUS_COLOURS, TASK_STATUS_ORDER, type StatusStackRow, type TaskStatusKey } from "./task-status-colours";

// Tasks by status for each category (objective, task group, phase) as horizontal stacked bars. The legend
// names each status and the table beside the chart has every count; the bars are a lazily loaded plot.
export function StatusStackChart({ rows, summary, testId }: { rows: StatusStackRow[]; summary: string; testId?: string }) {
  const t = useTranslations("plans.taskStatus");
  const tc = useTranslations("dashboard.charts");
  const locale = toLocale(useLocale());
  const height = Math.max(120, rows.length * 40 + 48);
  const statusLabels = Object.fromEntries(TASK_STATUS_ORDER.map((status) => [status, t(status)])) as Record<TaskStatusKey, string>;
  return (
    <figure className="space-y-2" data-testid={testId}>
      <div role="img" aria-label={summary} className="w-full">
        <LazyPlot height={height} plot={{ kind: "statusStack", props: { rows, height, locale, statusLabels } }} />
      </div>
      <figcaption>
        <span className="sr-only">{tc("legend")}</span>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-800">
          {TASK_STATUS_ORDER.map((status) => (
            <li key={status} className="flex items-center gap-1.5">
              <svg width="14" height="14" aria-hidden="true">
                <rect width="14" height="14" fill={TASK_STATUS_COLOURS[status]} stroke="#334155" strokeWidth="1" />
              </svg>
              {statusLabels[status]}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
