"use client";

import { useLocale } from "next-intl";
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { toLocale } from "@/lib/i18n/config";
import { formatPercent } from "@/lib/i18n/format";

export type TrendPoint = { label: string; value: number | null };

// A share (0–100 %) per period as a line with markers; gaps where a period has no value.
export function TrendLineChart({ points, summary, seriesLabel, testId }: { points: TrendPoint[]; summary: string; seriesLabel: string; testId?: string }) {
  const locale = toLocale(useLocale());
  const format = (value: unknown) => (typeof value === "number" ? formatPercent(value, locale) : "");
  return (
    <figure data-testid={testId}>
      <div role="img" aria-label={summary} className="w-full">
        <LineChart data={points} responsive style={{ width: "100%", height: 260 }} margin={{ top: 16, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" />
          <XAxis dataKey="label" stroke="#334155" tick={{ fill: "#334155", fontSize: 11 }} interval="preserveStartEnd" />
          <YAxis domain={[0, 100]} tickFormatter={format} width={56} stroke="#334155" tick={{ fill: "#334155", fontSize: 12 }} />
          <Tooltip formatter={(value) => [format(value), seriesLabel]} />
          <Line type="linear" dataKey="value" name={seriesLabel} stroke="#0072b2" strokeWidth={3} dot={{ r: 4, fill: "#0072b2" }} isAnimationActive={false} />
        </LineChart>
      </div>
      <figcaption className="mt-1 flex items-center gap-2 text-sm text-slate-800">
        <svg width="32" height="12" aria-hidden="true">
          <line x1="0" y1="6" x2="32" y2="6" stroke="#0072b2" strokeWidth="3" />
          <circle cx="16" cy="6" r="4" fill="#0072b2" />
        </svg>
        {seriesLabel}
      </figcaption>
    </figure>
  );
}
