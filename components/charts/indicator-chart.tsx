import { useLocale, useTranslations } from "next-intl";
import { toLocale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";
import { INDICATOR_COLOURS as COLOURS, type IndicatorChartPoint } from "./indicator-colours";
import { LazyPlot } from "./lazy-plot";

export type { IndicatorChartPoint } from "./indicator-colours";

const HEIGHT = 320;

// An indicator's observations against its path and 2030 target. Server-rendered figure and legend; the lines
// are a lazily loaded plot (the page's table holds every figure), drawn once the page is idle since the
// chart is what the page is about.
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
  const hasPath = series.some((point) => point.pathValue !== null);
  const targetLabel = target ? t("target", { year: target.year, value: formatNumber(target.value, locale) }) : null;
  const labels = { observed: t("observed"), path: t("path"), year: t("year"), target: targetLabel };

  return (
    <figure className="space-y-3" data-testid="indicator-chart">
      <div role="img" aria-label={summary} className="w-full">
        <LazyPlot height={HEIGHT} when="idle" plot={{ kind: "indicator", props: { series, target, height: HEIGHT, locale, labels } }} />
      </div>
      <figcaption>
        <span className="sr-only">{t("legend")}</span>
        <ul className="flex flex-wrap gap-x-6 gap-y-2 text-sm text-slate-800">
          <li className="flex items-center gap-2">
            <svg width="32" height="12" aria-hidden="true">
              <line x1="0" y1="6" x2="32" y2="6" stroke={COLOURS.observed} strokeWidth="3" />
              <circle cx="16" cy="6" r="4" fill={COLOURS.observed} />
            </svg>
            {labels.observed}
          </li>
          {hasPath && (
            <li className="flex items-center gap-2">
              <svg width="32" height="12" aria-hidden="true">
                <line x1="0" y1="6" x2="32" y2="6" stroke={COLOURS.path} strokeWidth="2" strokeDasharray="6 4" />
              </svg>
              {labels.path}
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
