import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { IndicatorGroupTable } from "@/components/indicators/indicator-group-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeading } from "@/components/ui/page-heading";
import { toLocale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/format";
import { cachedReference } from "@/lib/server/cache/reference-cache";
import { listIndicatorsByObjective } from "@/lib/server/queries/indicators";
import { objectiveLabel } from "@/lib/i18n/glossary";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("indicators");
  return { title: t("metaTitle") };
}

export default async function IndicatorsPage() {
  await connection();
  const t = await getTranslations("indicators");
  const locale = toLocale(await getLocale());
  // Reference content: read once per data version (a write is seen on the next request, on every instance).
  const groups = await cachedReference("indicators", () => listIndicatorsByObjective(null));

  return (
    <div className="space-y-8">
      <PageHeading title={t("metaTitle")} description={<p>{t("intro")}</p>} />
      {groups.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>
      ) : (
        groups.map((group) => (
          <IndicatorGroupTable
            key={group.objective?.code ?? "ungrouped"}
            anchorId={group.objective ? `objective-${group.objective.code}` : "objective-none"}
            heading={
              group.objective
                ? t("objectiveHeading", {
                    code: objectiveLabel(group.objective.code, locale),
                    title: pickLocalized(locale, group.objective.titleVi, group.objective.titleEn),
                  })
                : t("ungroupedHeading")
            }
            indicators={group.indicators}
          />
        ))
      )}
    </div>
  );
}
