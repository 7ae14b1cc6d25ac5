"use client";

import { useLocale, useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from "recharts";
import { toLocale } from "@/lib/i18n/config";
import { formatNumber, formatPercent } from "@/lib/i18n/format";

export type RateBarDatum = { label: string; value: number | null; colour?: string };

// One value per category as horizontal bars, each labelled with its value (percentages 0–100, or counts).
export function RateBarChart({
  data,
  summary,
  kind = "percent",
  colour = "#0072b2",
  labelWidth = 96,
  testId,
}: {
  data: RateBarDatum[];
  summary: string;
  kind?: "percent" | "count";
  colour?: string;
  labelWidth?: number;
  testId?: string;
}) {
  const tc = useTranslations("dashboard.charts");
  const locale = toLocale(useLocale());
  const format = (value: unknown) => (typeof value === "number" ? (kind === "percent" ? formatPercent(value, locale) : formatNumber(value, locale, 0)) : tc("noValue"));
  const height = Math.max(110, data.length * 36 + 48);
  const rows = data.map((d) => ({ ...d, shown: d.value ?? 0, valueText: format(d.value) }));
  return (
    <figure data-testid={testId}>
      <div role="img" aria-label={summary} className="w-full">
        <BarChart data={rows} layout="vertical" responsive style={{ width: "100%", height }} margin={{ top: 8, right: 56, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={kind === "percent" ? [0, 100] : [0, "auto"]} allowDecimals={false} tickFormatter={format} stroke="#334155" tick={{ fill: "#334155", fontSize: 12 }} />
          <YAxis type="category" dataKey="label" width={labelWidth} stroke="#334155" tick={{ fill: "#334155", fontSize: 12 }} />
          <Tooltip formatter={(_value, _name, item) => [format((item?.payload as RateBarDatum | undefined)?.value ?? null), ""]} />
          <Bar dataKey="shown" isAnimationActive={false} fill={colour}>
            {rows.map((row) => (
              <Cell key={row.label} fill={row.colour ?? colour} />
            ))}
            <LabelList dataKey="valueText" position="right" fill="#0f172a" fontSize={12} />
          </Bar>
        </BarChart>
      </div>
    </figure>
  );
}
