import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { ProgressStatusBadge } from "@/components/dashboard/status-badges";
import { Card } from "@/components/ui/card";
import { computeIndicatorProgress } from "@/lib/domain/dashboard-rollups";
import { progressModelOf, THRESHOLDS, type Direction, type Measure } from "@/lib/domain/progress-status";
import { toLocale } from "@/lib/i18n/config";
import { formatNumber, formatPercent, pickLocalized } from "@/lib/i18n/format";
import { linkClass } from "@/components/ui/text-link";

// Where the method comes from: Statistics Canada's progress methodology, as Open SDG (sdg-build
// ProgressMeasure.py) implements it.
export const METHOD_SOURCES = [
  { href: "https://sdgcif-data-canada-oddcic-donnee.github.io/methodology", key: "sourceStatCan" },
  { href: "https://open-sdg.readthedocs.io/en/latest/progress/", key: "sourceOpenSdg" },
] as const;

export type MethodCardIndicator = {
  direction: Direction;
  measure: Measure;
  unitVi: string;
  unitEn: string;
  baselineYear: number | null;
  baselineValue: number | null;
  targetYear: number | null;
  targetValue: number | null;
  observations: readonly { year: number; value: number }[];
};

function Row({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="grid grid-cols-[minmax(0,14rem)_minmax(0,1fr)] gap-2 border-b border-slate-100 py-1.5">
      <dt className="text-sm text-slate-700">{label}</dt>
      <dd className="text-sm text-slate-900 tabular-nums" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}

// The transparent calculation behind an indicator's progress status (the manner of Open SDG's
// indicator_calculation_components): every input, every rate, the ratio, the thresholds and the status.
export async function MethodCard({ indicator }: { indicator: MethodCardIndicator }) {
  const t = await getTranslations("dashboard.method");
  const locale = toLocale(await getLocale());
  const unit = pickLocalized(locale, indicator.unitVi, indicator.unitEn);
  const result = computeIndicatorProgress({ ...indicator, observations: [...indicator.observations] });
  const targetYear = indicator.targetYear ?? 2030;
  const value = (v: number, year: number) => t("valueInYear", { value: formatNumber(v, locale), unit, year });
  const rate = (r: number | null) =>
    r === null || !Number.isFinite(r)
      ? t("notApplicable")
      : t("perYear", { rate: `${r > 0 ? "+" : r < 0 ? "−" : ""}${formatPercent(Math.abs(r) * 100, locale)}` });
  const hasTarget = indicator.targetValue !== null;
  const model = progressModelOf(indicator.measure);
  const isLinear = model === "LINEAR";
  const change = (v: number | null) =>
    v === null || !Number.isFinite(v)
      ? t("notApplicable")
      : t("changePerYear", { value: `${v > 0 ? "+" : v < 0 ? "−" : ""}${formatNumber(Math.abs(v), locale, 2)}`, unit });
  return (
    <Card as="section" className="space-y-4" id="progress-method">
      <div className="space-y-1">
        <h2 className="text-lg font-semibold text-slate-900">{t("heading")}</h2>
        <p className="max-w-3xl text-sm text-slate-700">{hasTarget ? t("introTarget") : t("introNoTarget")}</p>
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <dl data-testid="method-card">
          <Row label={t("model")} testId="method-model">
            {t(`modelValue.${model}`)}
          </Row>
          <Row label={t("status")} testId="method-status">
            <ProgressStatusBadge status={result.status} />
            {result.status === "INSUFFICIENT_DATA" && <span className="mt-1 block text-xs text-slate-700">{t("insufficient")}</span>}
            {result.achievedYear !== null && (
              <span className="mt-1 block text-xs text-slate-700" data-testid="method-achieved-year">
                {t("achievedSince", { year: result.achievedYear })}
              </span>
            )}
          </Row>
          <Row label={t("baseline")} testId="method-baseline">
            {result.base
              ? value(result.base.value, result.base.year)
              : indicator.baselineValue !== null && indicator.baselineYear !== null
                ? value(indicator.baselineValue, indicator.baselineYear)
                : t("none")}
          </Row>
          <Row label={t("latest")} testId="method-latest">
            {result.current ? value(result.current.value, result.current.year) : t("none")}
          </Row>
          <Row label={t("target")} testId="method-target">
            {hasTarget ? value(indicator.targetValue!, targetYear) : t("noTarget")}
          </Row>
          <Row label={t("direction")}>{t(`directionValue.${indicator.direction}`)}</Row>
          <Row label={isLinear ? t("observedChange") : t("observedRate")} testId="method-observed-rate">
            {isLinear ? change(result.observedChangePerYear) : rate(result.observedRate)}
          </Row>
          {hasTarget && (
            <Row label={isLinear ? t("requiredChange") : t("requiredRate")} testId="method-required-rate">
              {isLinear ? change(result.requiredChangePerYear) : rate(result.requiredRate)}
            </Row>
          )}
          <Row label={hasTarget ? t("ratio") : t("ratioNoTarget")} testId="method-ratio">
            {result.ratio === null
              ? t("notApplicable")
              : Number.isFinite(result.ratio)
                ? hasTarget
                  ? formatNumber(result.ratio, locale, 2)
                  : rate(result.ratio)
                : t("notApplicable")}
          </Row>
          <Row label={t("projection", { year: targetYear })} testId="method-projection">
            {result.projection === null ? t("notApplicable") : value(result.projection, targetYear)}
          </Row>
          {hasTarget && (
            <Row label={isLinear ? t("neededChange") : t("requiredAnnualChange")} testId="method-required-change">
              {result.status === "TARGET_ACHIEVED"
                ? t("alreadyAchieved")
                : isLinear
                  ? change(result.neededChangePerYear)
                  : rate(result.requiredAnnualChange)}
            </Row>
          )}
        </dl>
        <div className="space-y-3 text-sm text-slate-800">
          <h3 className="font-semibold text-slate-900">{t("thresholdsHeading")}</h3>
          {hasTarget ? (
            <>
              <p>{isLinear ? t("formulaLinear") : t("formula")}</p>
              <ul className="space-y-1.5" data-testid="method-thresholds">
                <li className="flex flex-wrap items-center gap-2">
                  <ProgressStatusBadge status="TARGET_ACHIEVED" />{" "}
                  {t(indicator.direction === "INCREASE" ? "ruleAchievedIncrease" : "ruleAchievedDecrease")}
                </li>
                <li className="flex flex-wrap items-center gap-2">
                  <ProgressStatusBadge status="SUBSTANTIAL" />{" "}
                  {t("ruleSubstantial", { substantial: formatNumber(THRESHOLDS.substantial, locale) })}
                </li>
                <li className="flex flex-wrap items-center gap-2">
                  <ProgressStatusBadge status="MODERATE" />{" "}
                  {t("ruleModerate", {
                    moderate: formatNumber(THRESHOLDS.moderate, locale),
                    substantial: formatNumber(THRESHOLDS.substantial, locale),
                  })}
                </li>
                <li className="flex flex-wrap items-center gap-2">
                  <ProgressStatusBadge status="LIMITED" />{" "}
                  {t("ruleLimited", {
                    limited: formatNumber(THRESHOLDS.limited, locale),
                    moderate: formatNumber(THRESHOLDS.moderate, locale),
                  })}
                </li>
                <li className="flex flex-wrap items-center gap-2">
                  <ProgressStatusBadge status="DETERIORATION" />{" "}
                  {t("ruleDeterioration", { limited: formatNumber(THRESHOLDS.limited, locale) })}
                </li>
              </ul>
            </>
          ) : (
            <p>{t("noTargetRule")}</p>
          )}
          <p>{isLinear ? t("projectionNoteLinear") : t("projectionNote")}</p>
          <h3 className="font-semibold text-slate-900">{t("modelsHeading")}</h3>
          <ul className="list-disc space-y-1.5 pl-5" data-testid="method-models">
            <li>{t("modelRule.LINEAR")}</li>
            <li>{t("modelRule.CAGR")}</li>
          </ul>
          <p>
            {t("sourcesLabel")}{" "}
            {METHOD_SOURCES.map((source, index) => (
              <span key={source.href}>
                {index > 0 && "; "}
                <a href={source.href} rel="noopener noreferrer" className={linkClass}>
                  {t(source.key)}
                </a>
              </span>
            ))}
            .
          </p>
        </div>
      </div>
    </Card>
  );
}
