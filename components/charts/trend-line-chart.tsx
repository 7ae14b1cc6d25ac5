import { useLocale } from "next-intl";
import { toLocale } from "@/lib/i18n/config";
import { LazyPlot } from "./lazy-plot";

export type TrendPoint = { label: string; value: number | null };

const HEIGHT = 260;

// A share (0–100 %) per period as a line with markers; gaps where a period has no value. Server-rendered
// figure and legend; the line is a lazily loaded plot.
export function TrendLineChart({
  points,
  summary,
  seriesLabel,
  testId,
}: {
  points: TrendPoint[];
  summary: string;
  seriesLabel: string;
  testId?: string;
}) {
  const locale = toLocale(useLocale());
  return (
    <figure data-testid={testId}>
      <div role="img" aria-label={summary} className="w-full">
        <LazyPlot height={HEIGHT} plot={{ kind: "trendLine", props: { points, seriesLabel, height: HEIGHT, locale } }} />
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
