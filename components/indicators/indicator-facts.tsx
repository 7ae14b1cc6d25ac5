import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { ConfidenceBadge, type ConfidenceLevel } from "@/components/ui/confidence-badge";
import { SourceLinks } from "@/components/ui/source-links";
import { toLocale } from "@/lib/i18n/config";
import { formatNumber, pickLocalized } from "@/lib/i18n/format";
import { objectiveLabel } from "@/lib/i18n/glossary";
import { TextLink } from "@/components/ui/text-link";

export type IndicatorFacts = {
  nameVi: string;
  nameEn: string;
  unitVi: string;
  unitEn: string;
  direction: "INCREASE" | "DECREASE";
  measure: "COUNT" | "RANK" | "RATE";
  isPortalDefined: boolean;
  aggregation: "SUM" | "AVERAGE" | "MAX" | "NATIONAL_ONLY";
  isReportable: boolean;
  objective: { code: string; titleVi: string; titleEn: string } | null;
  sourceUrls: string[];
  confidence: ConfidenceLevel;
  latest: { year: number; value: number; confidence: ConfidenceLevel } | null;
  baselineYear: number | null;
  baselineValue: number | null;
  targetYear: number | null;
  targetValue: number | null;
  targetConfidence: ConfidenceLevel | null;
  targetSourceUrls: string[];
  targetNote: string | null;
};

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div>
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="mt-0.5 text-slate-900" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}

export async function IndicatorFactsPanel({ indicator }: { indicator: IndicatorFacts }) {
  const t = await getTranslations("indicators");
  const locale = toLocale(await getLocale());
  const unit = pickLocalized(locale, indicator.unitVi, indicator.unitEn);
  const valueInYear = (value: number, year: number) => t("valueInYear", { value: formatNumber(value, locale), year });
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Card as="section" className="space-y-4">
        <h2 className="text-lg font-semibold text-slate-900">{t("detail.definitionHeading")}</h2>
        <dl className="grid gap-3 sm:grid-cols-2">
          {locale === "en" && (
            <Fact label={t("detail.nameVi")}>
              <span lang="vi">{indicator.nameVi}</span>
            </Fact>
          )}
          <Fact label={t("detail.measure")} testId="indicator-measure">
            {t(`measure.${indicator.measure}`)}
          </Fact>
          <Fact label={t("detail.unit")} testId="indicator-unit">
            {unit}
          </Fact>
          <Fact label={t("detail.direction")}>{t(`direction.${indicator.direction}`)}</Fact>
          <Fact label={t("detail.aggregation")}>{t(`aggregation.${indicator.aggregation}`)}</Fact>
          <Fact label={t("detail.reportable")}>{indicator.isReportable ? t("reportableYes") : t("reportableNo")}</Fact>
          <Fact label={t("detail.objective")}>
            {indicator.objective ? (
              <TextLink href={`/strategy#objective-${indicator.objective.code}`}>
                {`${objectiveLabel(indicator.objective.code, locale)}: ${pickLocalized(locale, indicator.objective.titleVi, indicator.objective.titleEn)}`}
              </TextLink>
            ) : (
              t("detail.noObjective")
            )}
          </Fact>
          <Fact label={t("detail.confidence")}>
            <ConfidenceBadge confidence={indicator.confidence} />
          </Fact>
          <Fact label={t("detail.definedBy")} testId="indicator-defined-by">
            {indicator.isPortalDefined ? t("detail.definedByPortal") : t("detail.definedBySource")}
          </Fact>
        </dl>
        <SourceLinks urls={indicator.sourceUrls} />
      </Card>

      <Card as="section" className="space-y-4">
        <h2 className="text-lg font-semibold text-slate-900">{t("detail.targetHeading")}</h2>
        <dl className="grid gap-3 sm:grid-cols-2">
          <Fact label={t("detail.latest")} testId="indicator-latest">
            {indicator.latest ? (
              <span className="flex flex-wrap items-center gap-2">
                <span className="text-lg font-semibold tabular-nums">{valueInYear(indicator.latest.value, indicator.latest.year)}</span>
                <ConfidenceBadge confidence={indicator.latest.confidence} />
              </span>
            ) : (
              t("noValue")
            )}
          </Fact>
          <Fact label={t("detail.baseline")} testId="indicator-baseline">
            {indicator.baselineValue !== null && indicator.baselineYear !== null ? (
              <span className="font-semibold tabular-nums">{valueInYear(indicator.baselineValue, indicator.baselineYear)}</span>
            ) : (
              t("detail.noBaseline")
            )}
          </Fact>
          <Fact label={t("detail.target")} testId="indicator-target">
            {indicator.targetValue !== null && indicator.targetYear !== null ? (
              <span className="font-semibold tabular-nums">{valueInYear(indicator.targetValue, indicator.targetYear)}</span>
            ) : (
              t("noTarget")
            )}
          </Fact>
          {indicator.targetConfidence && (
            <Fact label={t("detail.targetConfidence")} testId="indicator-target-confidence">
              <ConfidenceBadge confidence={indicator.targetConfidence} />
            </Fact>
          )}
        </dl>
        {indicator.targetNote && (
          <div className="rounded-md border-l-4 border-cb-orange bg-amber-50 px-3 py-2 text-sm text-slate-900">
            <p className="font-medium">{t("detail.targetNote")}</p>
            <p data-testid="indicator-target-note">{indicator.targetNote}</p>
          </div>
        )}
        {indicator.targetSourceUrls.length > 0 ? (
          <SourceLinks urls={indicator.targetSourceUrls} label={t("detail.targetSources")} />
        ) : (
          indicator.targetValue !== null && (
            <p className="text-sm text-slate-700">
              <span className="font-medium">{t("detail.targetSources")}:</span> {t("detail.noTargetSources")}
            </p>
          )
        )}
      </Card>
    </div>
  );
}
