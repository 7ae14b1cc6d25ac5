import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DELIVERY_HIGH, DELIVERY_LOW } from "@/lib/domain/dashboard-rollups";
import type { DeliveryOutcome, DivergenceFlag } from "@/lib/domain/dashboard-types";
import { toLocale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/format";
import { formatRate } from "@/lib/domain/dashboard-format";
import { ProgressStatusBadge } from "./status-badges";
import { objectiveLabel } from "@/lib/i18n/glossary";

// Objectives where delivery (task completion) and outcome (indicator progress) diverge.
export async function DeliveryOutcomePanel({ data }: { data: DeliveryOutcome }) {
  const t = await getTranslations("dashboard.flags");
  const locale = toLocale(await getLocale());
  const list = (flags: DivergenceFlag[], testId: string, empty: string) =>
    flags.length === 0 ? (
      <p className="text-sm text-slate-700">{empty}</p>
    ) : (
      <ul className="space-y-2" data-testid={testId}>
        {flags.map((flag) => (
          <li key={flag.objectiveCode} className="rounded border border-slate-200 bg-slate-50 p-3 text-sm">
            <p className="font-medium text-slate-900">
              <span aria-hidden="true">⚑ </span>
              <Link href={`/objectives/${flag.objectiveCode}`} className="text-link">
                {`${objectiveLabel(flag.objectiveCode, locale)}: ${pickLocalized(locale, flag.titleVi, flag.titleEn)}`}
              </Link>
            </p>
            <p className="mt-1 text-slate-800">
              {t("completion", { rate: formatRate(flag.completionRate, locale), count: flag.taskCount })}
            </p>
            <ul className="mt-1 flex flex-wrap gap-2">
              {flag.indicators.map((indicator) => (
                <li key={indicator.code} className="flex items-center gap-1">
                  <Link href={`/indicators/${indicator.code}`} className="font-mono text-xs text-cb-blue underline underline-offset-2">
                    {indicator.code}
                  </Link>
                  <ProgressStatusBadge status={indicator.status} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    );
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <section aria-labelledby="delivery-ahead-heading" className="space-y-2">
        <h3 id="delivery-ahead-heading" className="font-semibold text-slate-900">
          {t("deliveryAheadHeading")}
        </h3>
        <p className="text-sm text-slate-700">{t("deliveryAheadRule", { high: formatRate(DELIVERY_HIGH, locale) })}</p>
        {list(data.deliveryAhead, "flags-delivery-ahead", t("none"))}
      </section>
      <section aria-labelledby="outcome-ahead-heading" className="space-y-2">
        <h3 id="outcome-ahead-heading" className="font-semibold text-slate-900">
          {t("outcomeAheadHeading")}
        </h3>
        <p className="text-sm text-slate-700">{t("outcomeAheadRule", { low: formatRate(DELIVERY_LOW, locale) })}</p>
        {list(data.outcomeAhead, "flags-outcome-ahead", t("none"))}
      </section>
    </div>
  );
}
