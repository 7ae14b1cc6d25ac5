"use client";

import { useLocale, useTranslations } from "next-intl";
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { toLocale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";

export type IndicatorChartPoint = { year: number; value: number | null; pathValue: number | null };

// Okabe–Ito colours from app/globals.css @theme; each series also differs by line style and markers.
const COLOURS = { observed: "#0072b2", path: "#e69f00", target: "#d55e00", grid: "#e2e8f0", axis: "#334155" };

export function IndicatorChart({
  series,
  target,
  summary,
}: {
  series: IndicatorChartPoint[];
  target: { year: number; value: number } | null;
  // What the chart shows, in words, for screen readers (the table below holds every figure).
  summary: string;
}) {
  const t = useTranslations("indicators.chart");
  const locale = toLocale(useLocale());
  const format = (value: unknown) => (typeof value === "number" ? formatNumber(value, locale) : "");
  const hasPath = series.some((point) => point.pathValue !== null);
  const targetLabel = target ? t("target", { year: target.year, value: formatNumber(target.value, locale) }) : null;

  return (
    <figure className="space-y-3" data-testid="indicator-chart">
      <div role="img" aria-label={summary} className="w-full">
        <LineChart
          data={series}
          responsive
          style={{ width: "100%", height: 320 }}
          margin={{ top: 16, right: 24, bottom: 8, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke={COLOURS.grid} strokeDasharray="3 3" />
          <XAxis dataKey="year" stroke={COLOURS.axis} tick={{ fill: COLOURS.axis, fontSize: 12 }} />
          <YAxis stroke={COLOURS.axis} tick={{ fill: COLOURS.axis, fontSize: 12 }} tickFormatter={format} width={72} />
          <Tooltip
            formatter={(value, name) => [format(value), name === "pathValue" ? t("path") : t("observed")]}
            labelFormatter={(label) => `${t("year")} ${String(label)}`}
          />
          {target && (
            <ReferenceLine
              y={target.value}
              stroke={COLOURS.target}
              strokeWidth={2}
              ifOverflow="extendDomain"
              label={{ value: targetLabel ?? "", position: "insideTopRight", fill: "#7a2e00", fontSize: 12 }}
            />
          )}
          {hasPath && (
            <Line
              type="linear"
              dataKey="pathValue"
              name="pathValue"
              stroke={COLOURS.path}
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
            stroke={COLOURS.observed}
            strokeWidth={3}
            dot={{ r: 4, fill: COLOURS.observed }}
            activeDot={{ r: 6 }}
            isAnimationActive={false}
          />
        </LineChart>
      </div>
      <figcaption>
        <span className="sr-only">{t("legend")}</span>
        <ul className="flex flex-wrap gap-x-6 gap-y-2 text-sm text-slate-800">
          <li className="flex items-center gap-2">
            <svg width="32" height="12" aria-hidden="true">
              <line x1="0" y1="6" x2="32" y2="6" stroke={COLOURS.observed} strokeWidth="3" />
              <circle cx="16" cy="6" r="4" fill={COLOURS.observed} />
            </svg>
            {t("observed")}
          </li>
          {hasPath && (
            <li className="flex items-center gap-2">
              <svg width="32" height="12" aria-hidden="true">
                <line x1="0" y1="6" x2="32" y2="6" stroke={COLOURS.path} strokeWidth="2" strokeDasharray="6 4" />
              </svg>
              {t("path")}
            </li>
          )}
          {targetLabel && (
            <li className="flex items-center gap-2">
              <svg width="32" height="12" aria-hidden="true">
                <line x1="0" y1="6" x2="32" y2="6" stroke={COLOURS.target} strokeWidth="2" />
              </svg>
              {targetLabel}
            </li>
          )}
        </ul>
      </figcaption>
    </figure>
  );
}
