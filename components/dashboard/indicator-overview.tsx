import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { RateBarChart } from "@/components/charts/rate-bar-chart";
import { ConfidenceBadge } from "@/components/ui/confidence-badge";
import { EmptyState } from "@/components/ui/empty-state";
import { SourceLinks } from "@/components/ui/source-links";
import { Cell, DataTable, HeaderCell, RowHeaderCell } from "@/components/ui/table";
import { PROGRESS_STATUSES } from "@/lib/domain/dashboard-rollups";
import type { IndicatorOverview } from "@/lib/domain/dashboard-types";
import { toLocale } from "@/lib/i18n/config";
import { formatNumber, pickLocalized } from "@/lib/i18n/format";
import { PROGRESS_STYLES, ProgressStatusBadge } from "./status-badges";
import { DataTableDetails } from "./widget";
import { objectiveLabel } from "@/lib/i18n/glossary";

// Headline indicators: latest national value with its source and confidence, the target, and the progress
// status in words; a bar chart of how many indicators are in each status.
// `tablesHref`: where the data tables are (the overview's tables view); null when this page is that view.
export async function IndicatorOverviewPanel({ data, tablesHref }: { data: IndicatorOverview; tablesHref: string | null }) {
  const t = await getTranslations("dashboard.indicators");
  const ts = await getTranslations("dashboard.status");
  const locale = toLocale(await getLocale());
  if (data.indicators.length === 0) return <EmptyState title={t("empty")} />;
  const chartData = PROGRESS_STATUSES.map((status) => ({
    label: `${PROGRESS_STYLES[status].symbol} ${ts(status)}`,
    value: data.statusCounts[status],
    colour: PROGRESS_STYLES[status].colour,
  }));
  const summary = t("chartSummary", {
    total: data.indicators.length,
    counts: PROGRESS_STATUSES.filter((s) => data.statusCounts[s] > 0)
      .map((s) => `${ts(s)}: ${data.statusCounts[s]}`)
      .join("; "),
  });
  return (
    <div className="space-y-4">
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
        <div className="space-y-2">
          <h3 className="text-sm font-semibold text-slate-800">{t("chartTitle")}</h3>
          <RateBarChart data={chartData} summary={summary} kind="count" labelWidth={170} testId="indicator-status-chart" />
          <DataTableDetails open={tablesHref === null} deferredHref={tablesHref ?? undefined}>
            <DataTable caption={t("chartTitle")}>
              <thead>
                <tr>
                  <HeaderCell>{t("columns.status")}</HeaderCell>
                  <HeaderCell className="text-right">{t("columns.count")}</HeaderCell>
                </tr>
              </thead>
              <tbody>
                {PROGRESS_STATUSES.map((status) => (
                  <tr key={status}>
                    <RowHeaderCell>
                      <ProgressStatusBadge status={status} />
                    </RowHeaderCell>
                    <Cell className="text-right tabular-nums">{data.statusCounts[status]}</Cell>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          </DataTableDetails>
        </div>
        <DataTable caption={t("tableCaption")} isCaptionHidden>
          <thead>
            <tr>
              <HeaderCell>{t("columns.indicator")}</HeaderCell>
              <HeaderCell>{t("columns.latest")}</HeaderCell>
              <HeaderCell>{t("columns.target")}</HeaderCell>
              <HeaderCell>{t("columns.status")}</HeaderCell>
            </tr>
          </thead>
          <tbody>
            {data.indicators.map((indicator) => (
              <tr key={indicator.code} data-testid={`headline-${indicator.code}`}>
                <RowHeaderCell>
                  <Link href={`/indicators/${encodeURIComponent(indicator.code)}`} className="text-link">
                    {pickLocalized(locale, indicator.nameVi, indicator.nameEn)}
                  </Link>
                  <span className="code-line">
                    {indicator.code}
                    {indicator.objectiveCode ? ` · ${objectiveLabel(indicator.objectiveCode, locale)}` : ""}
                  </span>
                </RowHeaderCell>
                <Cell>
                  {indicator.latest ? (
                    <div className="space-y-1">
                      <div className="font-semibold tabular-nums">
                        {t("valueInYear", {
                          value: formatNumber(indicator.latest.value, locale),
                          year: indicator.latest.year,
                          unit: pickLocalized(locale, indicator.unitVi, indicator.unitEn),
                        })}
                      </div>
                      <ConfidenceBadge confidence={indicator.latest.confidence} />
                      <SourceLinks urls={indicator.latest.sourceUrls} compact />
                    </div>
                  ) : (
                    <span className="text-slate-600">{t("noValue")}</span>
                  )}
                </Cell>
                <Cell>
                  {indicator.targetValue !== null && indicator.targetYear !== null ? (
                    <div className="space-y-1">
                      <span className="tabular-nums">
                        {t("targetInYear", { value: formatNumber(indicator.targetValue, locale), year: indicator.targetYear })}
                      </span>
                      {indicator.targetConfidence && <ConfidenceBadge confidence={indicator.targetConfidence} />}
                    </div>
                  ) : (
                    <span className="text-slate-600">{t("noTarget")}</span>
                  )}
                </Cell>
                <Cell>
                  <ProgressStatusBadge status={indicator.progress.status} />
                </Cell>
              </tr>
            ))}
          </tbody>
        </DataTable>
      </div>
    </div>
  );
}
