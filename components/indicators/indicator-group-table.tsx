import { getLocale, getTranslations } from "next-intl/server";
import { ConfidenceBadge, type ConfidenceLevel } from "@/components/ui/confidence-badge";
import { Cell, DataTable, HeaderCell, RowHeaderCell } from "@/components/ui/table";
import { toLocale } from "@/lib/i18n/config";
import { formatNumber, pickLocalized } from "@/lib/i18n/format";
import { TextLink } from "@/components/ui/text-link";

export type IndicatorListItem = {
  code: string;
  nameVi: string;
  nameEn: string;
  unitVi: string;
  unitEn: string;
  isReportable: boolean;
  latest: { year: number; value: number; confidence: ConfidenceLevel } | null;
  targetYear: number | null;
  targetValue: number | null;
  targetConfidence: ConfidenceLevel | null;
};

// The indicators of one objective: a heading (anchored, so the strategy page can link here) and a table.
export async function IndicatorGroupTable({
  anchorId,
  heading,
  indicators,
}: {
  anchorId: string;
  heading: string;
  indicators: IndicatorListItem[];
}) {
  const t = await getTranslations("indicators");
  const locale = toLocale(await getLocale());
  return (
    <section aria-labelledby={`${anchorId}-heading`} id={anchorId} className="scroll-mt-4 space-y-3">
      <h2 id={`${anchorId}-heading`} className="text-lg font-semibold leading-snug text-slate-900">
        {heading}
      </h2>
      <DataTable caption={t("tableCaption", { group: heading })} isCaptionHidden isFixedLayout>
        <thead>
          <tr>
            <HeaderCell className="w-[34%]">{t("columns.indicator")}</HeaderCell>
            <HeaderCell className="w-[12%]">{t("columns.unit")}</HeaderCell>
            <HeaderCell className="w-[20%]">{t("columns.latest")}</HeaderCell>
            <HeaderCell className="w-[18%]">{t("columns.target")}</HeaderCell>
            <HeaderCell className="w-[16%]">{t("columns.reportable")}</HeaderCell>
          </tr>
        </thead>
        <tbody>
          {indicators.map((indicator) => (
            <tr key={indicator.code} data-testid={`indicator-row-${indicator.code}`}>
              <RowHeaderCell>
                <TextLink href={`/indicators/${encodeURIComponent(indicator.code)}`}>
                  {pickLocalized(locale, indicator.nameVi, indicator.nameEn)}
                </TextLink>
                <span className="code-line">{indicator.code}</span>
              </RowHeaderCell>
              <Cell>{pickLocalized(locale, indicator.unitVi, indicator.unitEn)}</Cell>
              <Cell>
                {indicator.latest ? (
                  <div className="space-y-1">
                    <div className="font-semibold tabular-nums">
                      {t("valueInYear", { value: formatNumber(indicator.latest.value, locale), year: indicator.latest.year })}
                    </div>
                    <ConfidenceBadge confidence={indicator.latest.confidence} />
                  </div>
                ) : (
                  <span className="text-slate-600">{t("noValue")}</span>
                )}
              </Cell>
              <Cell>
                {indicator.targetValue !== null && indicator.targetYear !== null ? (
                  <div className="space-y-1">
                    <div className="font-semibold tabular-nums">
                      {t("valueInYear", { value: formatNumber(indicator.targetValue, locale), year: indicator.targetYear })}
                    </div>
                    {indicator.targetConfidence && <ConfidenceBadge confidence={indicator.targetConfidence} />}
                  </div>
                ) : (
                  <span className="text-slate-600">{t("noTarget")}</span>
                )}
              </Cell>
              <Cell>{indicator.isReportable ? t("reportableYes") : t("reportableNo")}</Cell>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </section>
  );
}
