import { useLocale, useTranslations } from "next-intl";
import { toLocale } from "@/lib/i18n/config";
import { LazyPlot } from "./lazy-plot";

export type RateBarDatum = { label: string; value: number | null; colour?: string };

// One value per category as horizontal bars, each labelled with its value (percentages 0–100, or counts).
// Server-rendered figure with a fixed-height box; the bars are drawn by a lazily loaded plot.
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
  const height = Math.max(110, data.length * 36 + 48);
  return (
    <figure data-testid={testId}>
      <div role="img" aria-label={summary} className="w-full">
        <LazyPlot
          height={height}
          plot={{ kind: "rateBar", props: { rows: data, kind, colour, labelWidth, height, locale, noValueText: tc("noValue") } }}
        />
      </div>
    </figure>
  );
}
