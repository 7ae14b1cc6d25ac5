import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { IndicatorChart } from "@/components/charts/indicator-chart";
import { IndicatorFactsPanel } from "@/components/indicators/indicator-facts";
import { MethodCard } from "@/components/indicators/method-card";
import { IndicatorSeriesTable } from "@/components/indicators/indicator-series-table";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeading } from "@/components/ui/page-heading";
import { buildIndicatorSeries, resolvePath } from "@/lib/domain/indicator-path";
import { toLocale } from "@/lib/i18n/config";
import { formatNumber, pickLocalized } from "@/lib/i18n/format";
import { cachedReference } from "@/lib/server/cache/reference-cache";
import { getIndicatorByCode, listIndicatorsByObjective } from "@/lib/server/queries/indicators";
import { TextLink } from "@/components/ui/text-link";

type Props = { params: Promise<{ code: string }> };

// Metadata and page read the same indicator once per request, from memory once per data version (a write is
// seen on the next request, on every instance). Only codes in the (cached) indicator list get an entry, so
// requests for made-up codes cannot push the dashboards' roll-ups out of the shared cache.
const loadIndicator = cache(async (code: string) => {
  await connection();
  const groups = await cachedReference("indicators", () => listIndicatorsByObjective(null));
  if (!groups.some((group) => group.indicators.some((indicator) => indicator.code === code))) return null;
  return cachedReference(`indicator:${code}`, () => getIndicatorByCode(null, code));
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { code } = await params;
  const indicator = await loadIndicator(code);
  if (!indicator) return {};
  const locale = toLocale(await getLocale());
  return { title: pickLocalized(locale, indicator.nameVi, indicator.nameEn) };
}

export default async function IndicatorPage({ params }: Props) {
  const { code } = await params;
  const indicator = await loadIndicator(code);
  if (!indicator) notFound();

  const t = await getTranslations("indicators.detail");
  const locale = toLocale(await getLocale());
  const name = pickLocalized(locale, indicator.nameVi, indicator.nameEn);
  const unit = pickLocalized(locale, indicator.unitVi, indicator.unitEn);
  const rows = buildIndicatorSeries(indicator.observations, indicator);
  const hasPath = resolvePath(indicator) !== null;
  const target =
    indicator.targetValue !== null && indicator.targetYear !== null ? { year: indicator.targetYear, value: indicator.targetValue } : null;
  const summary = t("chartSummary", {
    name,
    unit,
    latest: indicator.latest
      ? t("chartSummaryLatest", { value: formatNumber(indicator.latest.value, locale), year: indicator.latest.year })
      : "",
    target: target ? t("chartSummaryTarget", { value: formatNumber(target.value, locale), year: target.year }) : "",
  }).replace(/\s+/g, " ");

  return (
    <div className="space-y-8">
      <div>
        <TextLink href="/indicators" className="text-sm">
          <span aria-hidden="true">← </span>
          {t("backToList")}
        </TextLink>
      </div>
      <PageHeading
        eyebrow={t("eyebrow", { code: indicator.code })}
        title={name}
        description={locale === "vi" ? undefined : <p lang="vi">{indicator.nameVi}</p>}
      />
      <IndicatorFactsPanel indicator={indicator} />

      <Card as="section" className="space-y-4">
        <h2 id="series-heading" className="text-lg font-semibold text-slate-900">
          {t("seriesHeading")}
        </h2>
        {indicator.observations.length === 0 ? (
          <EmptyState title={t("emptySeriesTitle")}>{t("emptySeriesBody")}</EmptyState>
        ) : (
          <>
            <p className="max-w-3xl text-sm text-slate-700">{t("seriesIntro")}</p>
            {!hasPath && <p className="text-sm text-slate-700">{t("noPath")}</p>}
            <IndicatorChart
              series={rows.map((row) => ({ year: row.year, value: row.observation?.value ?? null, pathValue: row.pathValue }))}
              target={target}
              summary={summary}
            />
            <IndicatorSeriesTable
              caption={t("tableCaption", { name, unit })}
              rows={rows}
              hasPath={hasPath}
              pathFractionDigits={indicator.measure === "RATE" ? 2 : 0}
            />
          </>
        )}
      </Card>

      <MethodCard indicator={indicator} />
    </div>
  );
}
