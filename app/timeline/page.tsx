import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { CreateFeedForm, RevokeFeedForm } from "@/components/timeline/calendar-feed-forms";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeading } from "@/components/ui/page-heading";
import { Cell, DataTable, HeaderCell, RowHeaderCell } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";
import { toLocale } from "@/lib/i18n/config";
import { requirePagePermission, requireUser } from "@/lib/server/guards";
import { countryName } from "@/lib/server/map/world-geometry";
import { listUpcomingActivities, TIMELINE_DAYS } from "@/lib/server/queries/activity-timeline";
import { listOwnCalendarFeeds } from "@/lib/server/services/calendar-feeds";
import { createCalendarFeedAction, revokeCalendarFeedAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("timeline");
  return { title: t("metaTitle") };
}

function formatDay(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

export default async function TimelinePage() {
  await connection();
  const user = await requireUser({ returnTo: "/timeline" });
  requirePagePermission(user, "activity:read");
  const [t, tk, locale, activities, feeds] = await Promise.all([
    getTranslations("timeline"),
    getTranslations("activities.kinds"),
    getLocale(),
    listUpcomingActivities(user, new Date()),
    listOwnCalendarFeeds(user),
  ]);
  const lang = toLocale(locale);
  const name = (o: { nameVi: string; nameEn: string | null }) => (lang === "en" && o.nameEn ? o.nameEn : o.nameVi);

  return (
    <div className="space-y-6">
      <PageHeading title={t("title")} description={<p>{t("intro", { days: TIMELINE_DAYS })}</p>} />
      {activities.length === 0 ? (
        <EmptyState title={t("empty", { days: TIMELINE_DAYS })} />
      ) : (
        <DataTable caption={t("caption", { days: TIMELINE_DAYS })}>
          <thead>
            <tr>
              <HeaderCell>{t("dates")}</HeaderCell>
              <HeaderCell>{t("activity")}</HeaderCell>
              <HeaderCell>{t("place")}</HeaderCell>
              <HeaderCell>{t("lead")}</HeaderCell>
            </tr>
          </thead>
          <tbody>
            {activities.map((a) => (
              <tr key={a.id} className="border-t border-slate-200">
                <RowHeaderCell>
                  {a.startDate === a.endDate ? formatDay(a.startDate) : `${formatDay(a.startDate)} – ${formatDay(a.endDate)}`}
                </RowHeaderCell>
                <Cell>
                  <TextLink href={`/activities/${a.id}`}>{lang === "en" && a.titleEn ? a.titleEn : a.titleVi}</TextLink>
                  <span className="block text-xs text-slate-600">{tk(a.kind)}</span>
                </Cell>
                <Cell>{[a.city, countryName(a.countryCode, lang)].filter(Boolean).join(", ")}</Cell>
                <Cell>{name(a.lead)}</Cell>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <section aria-labelledby="calendar-feeds" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="calendar-feeds" className="font-semibold text-slate-900">
          {t("feeds.title")}
        </h2>
        <p className="text-sm text-slate-700">{t("feeds.intro")}</p>
        <CreateFeedForm action={createCalendarFeedAction} />
        {feeds.length > 0 ? (
          <ul className="space-y-2 text-sm">
            {feeds.map((f) => {
              const label = `${f.organization ? name(f.organization) : t("feeds.scopeAll")} (${f.prefix}…)`;
              return (
                <li key={f.id} className="flex flex-wrap items-center gap-3">
                  <span>{label}</span>
                  <RevokeFeedForm action={revokeCalendarFeedAction} feedId={f.id} label={label} />
                </li>
              );
            })}
          </ul>
        ) : null}
      </section>
    </div>
  );
}
