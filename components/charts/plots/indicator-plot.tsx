"use client";

import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";
import { INDICATOR_COLOURS, type IndicatorChartPoint } from "../indicator-colours";
import { textOf } from "@/lib/domain/text-of";

export type IndicatorPlotProps = {
  series: IndicatorChartPoint[];
  target: { year: number; value: number } | null;
  height: number;
  locale: Locale;
  labels: { observed: string; path: string; year: string; target: string | null };
};

// The Recharts part of components/charts/indicator-chart.tsx, loaded only when the chart comes into view.
export default function IndicatorPlot({ series, target, height, locale, labels }: IndicatorPlotProps) {
  const format = (value: unknown) => (typeof value === "number" ? formatNumber(value, locale) : "");
  const hasPath = series.some((point) => point.pathValue !== null);
  return (
    <LineChart
      data={series}
      responsive
      style={{ width: "100%", height }}
      margin={{ top: 16, right: 24, bottom: 8, left: 8 }}
      accessibilityLayer={false}
    >
      <CartesianGrid stroke={INDICATOR_COLOURS.grid} strokeDasharray="3 3" />
      <XAxis dataKey="year" stroke={INDICATOR_COLOURS.axis} tick={{ fill: INDICATOR_COLOURS.axis, fontSize: 12 }} />
      <YAxis stroke={INDICATOR_COLOURS.axis} tick={{ fill: INDICATOR_COLOURS.axis, fontSize: 12 }} tickFormatter={format} width={72} />
      <Tooltip
        formatter={(value, name) => [format(value), name === "pathValue" ? labels.path : labels.observed]}
        labelFormatter={(label) => `${labels.year} ${textOf(label)}`}
      />
      {target && (
        <ReferenceLine
          y={target.value}
          stroke={INDICATOR_COLOURS.target}
          strokeWidth={2}
          ifOverflow="extendDomain"
          label={{ value: labels.target ?? "", position: "insideTopRight", fill: "#7a2e00", fontSize: 12 }}
        />
      )}
      {hasPath && (
        <Line
          type="linear"
          dataKey="pathValue"
          name="pathValue"
          stroke={INDICATOR_COLOURS.path}
          strokeWidth={2}
          strokeDasharray="6 4"
          dot={false}
          connectNulls
          isAnimationActive={false}
        />
      )}
      <Line
        type="linear"
        dataKey="value"
        name="value"
        stroke={INDICATOR_COLOURS.observed}
        strokeWidth={3}
        dot={{ r: 4, fill: INDICATOR_COLOURS.observed }}
        activeDot={{ r: 6 }}
        isAnimationActive={false}
      />
    </LineChart>
  );
}
