import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { ObjectiveCard } from "@/components/strategy/objective-card";
import { StrategyIdentityCard } from "@/components/strategy/strategy-identity";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeading } from "@/components/ui/page-heading";
import { toLocale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/format";
import { cachedReference } from "@/lib/server/cache/reference-cache";
import { getStrategy } from "@/lib/server/queries/strategy";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("strategy");
  return { title: t("metaTitle") };
}

export default async function StrategyPage() {
  await connection();
  const t = await getTranslations("strategy");
  const locale = toLocale(await getLocale());
  // Reference content: read once per data version (a write is seen on the next request, on every instance).
  const strategy = await cachedReference("strategy", () => getStrategy(null));

  if (!strategy) {
    return (
      <>
        <PageHeading title={t("metaTitle")} />
        <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>
      </>
    );
  }

  const general = strategy.objectives.filter((objective) => objective.level === "GENERAL");
  const specific = strategy.objectives.filter((objective) => objective.level === "SPECIFIC");

  return (
    <div className="space-y-8">
      <PageHeading
        eyebrow={`${t("eyebrow")} · ${strategy.number}`}
        title={pickLocalized(locale, strategy.titleVi, strategy.titleEn)}
        description={<p>{t("intro")}</p>}
      />
      <StrategyIdentityCard strategy={strategy} />

      {general.length > 0 && (
        <section aria-labelledby="general-objective-heading" className="space-y-3">
          <h2 id="general-objective-heading" className="text-xl font-semibold text-slate-900">
            {t("generalObjectiveHeading")}
          </h2>
          {general.map((objective) => (
            <ObjectiveCard key={objective.id} objective={objective} headingLevel="h3" />
          ))}
        </section>
      )}

      {specific.length > 0 && (
        <section aria-labelledby="specific-objectives-heading" className="space-y-3">
          <h2 id="specific-objectives-heading" className="text-xl font-semibold text-slate-900">
            {t("specificObjectivesHeading")}
          </h2>
          <p className="max-w-3xl text-slate-700">{t("specificObjectivesIntro")}</p>
          <ol className="grid gap-4 lg:grid-cols-2">
            {specific.map((objective) => (
              <li key={objective.id} className="flex">
                <ObjectiveCard objective={objective} headingLevel="h3" />
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
