import { getLocale, getTranslations } from "next-intl/server";
import { ConfidenceBadge, type ConfidenceLevel } from "@/components/ui/confidence-badge";
import { SourceLinks } from "@/components/ui/source-links";
import { Cell, DataTable, HeaderCell, RowHeaderCell } from "@/components/ui/table";
import { toLocale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";

export type IndicatorSeriesRow = {
  year: number;
  pathValue: number | null;
  observation: { value: number; confidence: ConfidenceLevel; sourceUrls: string[]; sourceNote: string | null } | null;
};

// The chart's figures as a table: the accessible equivalent, and the place where each value shows its sources.
// `pathFractionDigits`: a count's path is read in whole units (0), a rate's to two decimals.
export async function IndicatorSeriesTable({
  caption,
  rows,
  hasPath,
  pathFractionDigits = 2,
}: {
  caption: string;
  rows: IndicatorSeriesRow[];
  hasPath: boolean;
  pathFractionDigits?: number;
}) {
  const t = await getTranslations("indicators.detail");
  const locale = toLocale(await getLocale());
  return (
    <DataTable caption={caption}>
      <thead>
        <tr>
          <HeaderCell>{t("columns.year")}</HeaderCell>
          <HeaderCell className="text-right">{t("columns.value")}</HeaderCell>
          {hasPath && <HeaderCell className="text-right">{t("columns.pathValue")}</HeaderCell>}
          <HeaderCell>{t("columns.confidence")}</HeaderCell>
          <HeaderCell>{t("columns.sources")}</HeaderCell>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.year} data-testid={`series-row-${row.year}`}>
            <RowHeaderCell className="tabular-nums">{row.year}</RowHeaderCell>
            <Cell className="text-right font-semibold tabular-nums">
              {row.observation ? (
                formatNumber(row.observation.value, locale)
              ) : (
                <span className="whitespace-nowrap font-normal text-slate-600">{t("noObservation")}</span>
              )}
            </Cell>
            {hasPath && (
              <Cell className="text-right tabular-nums">
                {row.pathValue !== null ? (
                  formatNumber(row.pathValue, locale, pathFractionDigits)
                ) : (
                  <span className="whitespace-nowrap text-slate-600">{t("notApplicable")}</span>
                )}
              </Cell>
            )}
            <Cell>{row.observation && <ConfidenceBadge confidence={row.observation.confidence} />}</Cell>
            <Cell className="min-w-48">
              {row.observation && (
                <div className="space-y-1">
                  <SourceLinks urls={row.observation.sourceUrls} compact />
                  {row.observation.sourceNote && (
                    <p className="text-xs text-slate-700">{t("sourceNote", { note: row.observation.sourceNote })}</p>
                  )}
                </div>
              )}
            </Cell>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
