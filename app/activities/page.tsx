import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { inputClass, primaryButtonClass } from "@/components/ui/form-field";
import { PageHeading } from "@/components/ui/page-heading";
import { Pagination } from "@/components/ui/pagination";
import { ACTIVITY_KINDS, ACTIVITY_STATUSES } from "@/lib/domain/activity-kinds";
import { can } from "@/lib/domain/policy";
import { formatDate } from "@/lib/i18n/format";
import { activityListQuerySchema } from "@/lib/schemas/activities";
import { requirePagePermission, requireUser } from "@/lib/server/guards";
import { listActivities } from "@/lib/server/queries/activities";

const PAGE_SIZE = 50;
const FILTER_KEYS = ["q", "year", "kind", "status", "countryCode", "place", "organizationId", "taskGroup", "indicator"] as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("activities.list");
  return { title: t("title") };
}

type SearchParams = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => ((Array.isArray(value) ? value[0] : value) ?? "").slice(0, 200);

// The filters as typed in the URL; anything the schema refuses is dropped rather than answered with an error page,
// so a drill-down link (e.g. ?indicator=EVENTS_ABROAD&year=2026&taskGroup=TG3) always lands on a list.
function parseFilters(params: SearchParams): Record<string, string> {
  const filters: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = first(params[key]);
    if (value && activityListQuerySchema.shape[key].safeParse(value).success) filters[key] = value;
  }
  return filters;
}

function hrefFor(filters: Record<string, string>, page: number): string {
  const params = new URLSearchParams(filters);
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `/activities?${search}` : "/activities";
}

// The register as the user may read it: the Steering Committee, administrators and MOFA see every activity, other
// organizations those they lead or co-organize.
export default async function ActivitiesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const user = await requireUser({ returnTo: "/activities" });
  requirePagePermission(user, "activity:read");
  const t = await getTranslations("activities");
  const params = await searchParams;
  const filters = parseFilters(params);
  const requested = Math.max(1, Number.parseInt(first(params.page), 10) || 1);
  const { activities, total } = await listActivities(user, {
    ...filters,
    limit: PAGE_SIZE,
    offset: Math.min(requested - 1, 20_000) * PAGE_SIZE,
  });
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(requested, pageCount);
  return (
    <div className="space-y-6">
      <PageHeading title={t("list.title")} description={<p>{t("list.intro")}</p>}>
        {can(user, "activity:create", { organizationId: user.organizationId }) && (
          <p>
            <Link
              href="/activities/new"
              className="inline-block rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark"
              data-testid="new-activity-link"
            >
              {t("list.new")}
            </Link>{" "}
            <Link
              href="/activities/import"
              className="ml-2 inline-block rounded border border-slate-400 bg-white px-4 py-2 font-medium text-slate-900 hover:border-brand"
            >
              {t("import.link")}
            </Link>
          </p>
        )}
      </PageHeading>
      {filters.indicator && (
        <p className="rounded border border-slate-200 bg-slate-50 p-3 text-sm" data-testid="activity-drilldown">
          {t("list.drilldown", { indicator: t(`indicators.${filters.indicator}`) })} — {t("indicators.portalDefinition")}
        </p>
      )}
      <form method="get" action="/activities" className="grid gap-3 sm:grid-cols-3 lg:grid-cols-6" aria-label={t("list.filters")}>
        {filters.indicator && <input type="hidden" name="indicator" value={filters.indicator} />}
        {filters.taskGroup && <input type="hidden" name="taskGroup" value={filters.taskGroup} />}
        {filters.organizationId && <input type="hidden" name="organizationId" value={filters.organizationId} />}
        <label className="text-sm">
          {t("fields.q")}
          <input name="q" maxLength={200} defaultValue={filters.q ?? ""} className={inputClass} />
        </label>
        <label className="text-sm">
          {t("fields.year")}
          <input name="year" inputMode="numeric" maxLength={4} defaultValue={filters.year ?? ""} className={inputClass} />
        </label>
        <label className="text-sm">
          {t("fields.kind")}
          <select name="kind" defaultValue={filters.kind ?? ""} className={inputClass}>
            <option value="">—</option>
            {ACTIVITY_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          {t("fields.status")}
          <select name="status" defaultValue={filters.status ?? ""} className={inputClass}>
            <option value="">—</option>
            {ACTIVITY_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          {t("fields.place")}
          <select name="place" defaultValue={filters.place ?? ""} className={inputClass}>
            <option value="">{t("places.any")}</option>
            <option value="ABROAD">{t("places.ABROAD")}</option>
            <option value="VIETNAM">{t("places.VIETNAM")}</option>
          </select>
        </label>
        <div className="flex items-end gap-2">
          <button type="submit" className={primaryButtonClass}>
            {t("list.apply")}
          </button>
          <Link href="/activities" className="text-sm text-cb-blue underline">
            {t("list.clear")}
          </Link>
        </div>
      </form>
      <p aria-live="polite" className="text-sm text-slate-700" data-testid="activity-count">
        {t("list.total", { count: total })}
      </p>
      {activities.length === 0 ? (
        <EmptyState title={t("list.empty")} />
      ) : (
        <div
          role="region"
          aria-label={t("list.caption", { page, pageCount })}
          tabIndex={0}
          className="overflow-x-auto rounded-lg border border-slate-200 shadow-sm"
        >
          <table className="min-w-full text-sm">
            <caption className="sr-only">{t("list.caption", { page, pageCount })}</caption>
            <thead className="bg-slate-50 text-left">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {t("fields.titleVi")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("fields.kind")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("fields.startDate")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("fields.place")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("fields.leadOrganization")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("fields.status")}
                </th>
              </tr>
            </thead>
            <tbody>
              {activities.map((a) => (
                <tr key={a.id} className="border-t border-slate-200" data-testid="activity-row">
                  <td className="px-3 py-2">
                    <Link href={`/activities/${a.id}`} className="text-cb-blue underline">
                      {a.titleVi}
                    </Link>
                  </td>
                  <td className="px-3 py-2">{t(`kinds.${a.kind}`)}</td>
                  <td className="px-3 py-2">
                    {formatDate(a.startDate)} – {formatDate(a.endDate)}
                  </td>
                  <td className="px-3 py-2">
                    {a.countryCode}
                    {a.city ? `, ${a.city}` : ""}
                    {a.province ? `, ${a.province.nameVi}` : ""}
                  </td>
                  <td className="px-3 py-2">{a.leadOrganization.nameVi}</td>
                  <td className="px-3 py-2">{t(`statuses.${a.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        page={page}
        pageCount={pageCount}
        hrefForPage={(p) => hrefFor(filters, p)}
        labels={{
          navigation: t("list.pagination"),
          previous: t("list.previous"),
          next: t("list.next"),
          page: (p) => t("list.page", { page: p }),
        }}
      />
    </div>
  );
}
