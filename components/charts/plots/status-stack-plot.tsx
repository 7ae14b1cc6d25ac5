"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";
import { TASK_STATUS_COLOURS, TASK_STATUS_ORDER, type StatusStackRow, type TaskStatusKey } from "../task-status-colours";

export type StatusStackPlotProps = { rows: StatusStackRow[]; height: number; locale: Locale; statusLabels: Record<TaskStatusKey, string> };

// The Recharts part of components/charts/status-stack-chart.tsx, loaded only when the chart comes into view.
export default function StatusStackPlot({ rows, height, locale, statusLabels }: StatusStackPlotProps) {
  return (
    <BarChart
      data={rows}
      layout="vertical"
      responsive
      style={{ width: "100%", height }}
      margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
      accessibilityLayer={false}
    >
      <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" allowDecimals={false} stroke="#334155" tick={{ fill: "#334155", fontSize: 12 }} />
      <YAxis type="category" dataKey="label" width={64} stroke="#334155" tick={{ fill: "#334155", fontSize: 12 }} />
      <Tooltip formatter={(value, name) => [formatNumber(Number(value), locale), statusLabels[name as TaskStatusKey] ?? String(name)]} />
      {TASK_STATUS_ORDER.map((status) => (
        <Bar
          key={status}
          dataKey={status}
          name={status}
          stackId="tasks"
          fill={TASK_STATUS_COLOURS[status]}
          stroke="#ffffff"
          strokeWidth={1}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
}
