"use client";

import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import type { Locale } from "@/lib/i18n/config";
import { formatPercent } from "@/lib/i18n/format";

export type TrendLinePlotProps = { points: { label: string; value: number | null }[]; seriesLabel: string; height: number; locale: Locale };

// The Recharts part of components/charts/trend-line-chart.tsx, loaded only when the chart comes into view.
export default function TrendLinePlot({ points, seriesLabel, height, locale }: TrendLinePlotProps) {
  const format = (value: unknown) => (typeof value === "number" ? formatPercent(value, locale) : "");
  return (
    <LineChart
      data={points}
      responsive
      style={{ width: "100%", height }}
      margin={{ top: 16, right: 24, bottom: 8, left: 8 }}
      accessibilityLayer={false}
    >
      <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" />
      <XAxis dataKey="label" stroke="#334155" tick={{ fill: "#334155", fontSize: 11 }} interval="preserveStartEnd" />
      <YAxis domain={[0, 100]} tickFormatter={format} width={56} stroke="#334155" tick={{ fill: "#334155", fontSize: 12 }} />
      <Tooltip formatter={(value) => [format(value), seriesLabel]} />
      <Line
        type="linear"
        dataKey="value"
        name={seriesLabel}
        stroke="#0072b2"
        strokeWidth={3}
        dot={{ r: 4, fill: "#0072b2" }}
        isAnimationActive={false}
      />
    </LineChart>
  );
}
