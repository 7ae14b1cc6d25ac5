"use client";

import { useLocale, useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { toLocale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";

export const TASK_STATUS_ORDER = ["COMPLETED", "IN_PROGRESS", "NOT_STARTED", "DELAYED", "CANCELLED"] as const;
type StatusKey = (typeof TASK_STATUS_ORDER)[number];

// Okabe–Ito colours (app/globals.css); the legend names each status and the table beside the chart has every count.
export const TASK_STATUS_COLOURS: Record<StatusKey, string> = {
  COMPLETED: "#009e73",
  IN_PROGRESS: "#0072b2",
  NOT_STARTED: "#f0e442",
  DELAYED: "#d55e00",
  CANCELLED: "#cc79a7",
};

export type StatusStackRow = { label: string } & Record<StatusKey, number>;

// Tasks by status for each category (objective, task group, phase) as horizontal stacked bars.
export function StatusStackChart({ rows, summary, testId }: { rows: StatusStackRow[]; summary: string; testId?: string }) {
  const t = useTranslations("plans.taskStatus");
  const tc = useTranslations("dashboard.charts");
  const locale = toLocale(useLocale());
  const height = Math.max(120, rows.length * 40 + 48);
  return (
    <figure className="space-y-2" data-testid={testId}>
      <div role="img" aria-label={summary} className="w-full">
        <BarChart data={rows} layout="vertical" responsive style={{ width: "100%", height }} margin={{ top: 8, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} stroke="#334155" tick={{ fill: "#334155", fontSize: 12 }} />
          <YAxis type="category" dataKey="label" width={64} stroke="#334155" tick={{ fill: "#334155", fontSize: 12 }} />
          <Tooltip formatter={(value, name) => [formatNumber(Number(value), locale), t(String(name) as StatusKey)]} />
          {TASK_STATUS_ORDER.map((status) => (
            <Bar key={status} dataKey={status} name={status} stackId="tasks" fill={TASK_STATUS_COLOURS[status]} stroke="#ffffff" strokeWidth={1} isAnimationActive={false} />
          ))}
        </BarChart>
      </div>
      <figcaption>
        <span className="sr-only">{tc("legend")}</span>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-800">
          {TASK_STATUS_ORDER.map((status) => (
            <li key={status} className="flex items-center gap-1.5">
              <svg width="14" height="14" aria-hidden="true">
                <rect width="14" height="14" fill={TASK_STATUS_COLOURS[status]} stroke="#334155" strokeWidth="1" />
              </svg>
              {t(status)}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
