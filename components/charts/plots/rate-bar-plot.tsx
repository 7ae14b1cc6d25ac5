"use client";

import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from "recharts";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber, formatPercent } from "@/lib/i18n/format";

export type RateBarPlotProps = {
  rows: { label: string; value: number | null; colour?: string }[];
  kind: "percent" | "count";
  colour: string;
  labelWidth: number;
  height: number;
  locale: Locale;
  noValueText: string;
};

// The Recharts part of components/charts/rate-bar-chart.tsx, loaded only when the chart comes into view.
export default function RateBarPlot({ rows, kind, colour, labelWidth, height, locale, noValueText }: RateBarPlotProps) {
  const format = (value: unknown) =>
    typeof value === "number" ? (kind === "percent" ? formatPercent(value, locale) : formatNumber(value, locale, 0)) : noValueText;
  const data = rows.map((d) => ({ ...d, shown: d.value ?? 0, valueText: format(d.value) }));
  return (
    <BarChart
      data={data}
      layout="vertical"
      responsive
      style={{ width: "100%", height }}
      margin={{ top: 8, right: 56, bottom: 8, left: 8 }}
      accessibilityLayer={false}
    >
      <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" horizontal={false} />
      <XAxis
        type="number"
        domain={kind === "percent" ? [0, 100] : [0, "auto"]}
        allowDecimals={false}
        tickFormatter={format}
        stroke="#334155"
        tick={{ fill: "#334155", fontSize: 12 }}
      />
      <YAxis type="category" dataKey="label" width={labelWidth} stroke="#334155" tick={{ fill: "#334155", fontSize: 12 }} />
      <Tooltip formatter={(_value, _name, item) => [format((item?.payload as { value?: number | null } | undefined)?.value ?? null), ""]} />
      <Bar dataKey="shown" isAnimationActive={false} fill={colour}>
        {data.map((row) => (
          <Cell key={row.label} fill={row.colour ?? colour} />
        ))}
        <LabelList dataKey="valueText" position="right" fill="#0f172a" fontSize={12} />
      </Bar>
    </BarChart>
  );
}
