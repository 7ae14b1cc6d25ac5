import type { Metadata } from "next";
import { Suspense } from "react";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { DashboardFilterForm } from "@/components/dashboard/dashboard-filters";
import { DashboardNav } from "@/components/dashboard/dashboard-nav";
import { ExportLinks } from "@/components/dashboard/export-links";
import { FilterSummary } from "@/components/dashboard/filter-summary";
import { ScorecardTable } from "@/components/dashboard/scorecard-table";
import { WidgetSkeleton } from "@/components/dashboard/widget";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeading } from "@/components/ui/page-heading";
import { Pagination } from "@/components/ui/pagination";
import {
  dashboardSearch,
  isFilteredDashboard,
  pickDashboardFilters,
  withSearch,
  type ScorecardQuery,
} from "@/lib/domain/dashboard-filters";
import { parseScorecardQuery } from "@/lib/schemas/dashboard";
import type { SessionUser } from "@/lib/server/auth/session";
import { requirePagePermission, requireUser } from "@/lib/server/guards";
import { listScorecards } from "@/lib/server/queries/dashboard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard.scorecards");
  return { title: t("metaTitle") };
}

type SearchParams = Record<string, string | string[] | undefined>;

function hrefFor(query: ScorecardQuery, overrides: Partial<ScorecardQuery>): string {
  const next = { ...query, ...overrides };
  return withSearch(
    "/dashboard/organizations",
    dashboardSearch(pickDashboardFilters(next), {
      sort: next.sort === "name" ? undefined : next.sort,
      dir: next.dir === "asc" ? undefined : next.dir,
      page: next.page > 1 ? next.page : undefined,
    }),
  );
}

async function ScorecardResults({ user, query, now }: { user: SessionUser; query: ScorecardQuery; now: Date }) {
  const t = await getTranslations("dashboard.scorecards");
  const result = await listScorecards(user, query, now);
  const filterSearch = dashboardSearch({ year: query.year, taskGroup: query.taskGroup });
  return (
    <div className="space-y-3">
      <p aria-live="polite" className="text-sm text-slate-700" data-testid="scorecard-count">
        {t("resultCount", { count: result.total })}
      </p>
      {result.rows.length === 0 ? (
        <EmptyState title={isFilteredDashboard(query) ? t("emptyFiltered") : t("empty")} />
      ) : (
        <ScorecardTable
          rows={result.rows}
          sort={query.sort}
          dir={query.dir}
          hrefForSort={(sort, dir) => hrefFor(query, { sort, dir, page: 1 })}
          caption={t("tableCaption", { page: result.page, pageCount: result.pageCount })}
          pdfHref={(id) => withSearch(`/dashboard/organizations/${id}/export.pdf`, filterSearch)}
        />
      )}
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        hrefForPage={(page) => hrefFor(query, { page })}
        labels={{ navigation: t("pagination"), previous: t("previous"), next: t("next"), page: (page) => t("page", { page }) }}
      />
    </div>
  );
}

// Organization scorecards: sortable columns and pagination in the URL, filters by kind, region, task group, year.
export default async function ScorecardsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const user = await requireUser({ returnTo: "/dashboard/organizations" });
  requirePagePermission(user, "dashboard:read");
  const query = parseScorecardQuery(await searchParams);
  const t = await getTranslations("dashboard.scorecards");
  const tw = await getTranslations("dashboard.widgets");
  const filters = pickDashboardFilters(query);
  const search = dashboardSearch({ ...filters, period: undefined });
  const hidden: Record<string, string> = {};
  if (query.sort !== "name") hidden.sort = query.sort;
  if (query.dir !== "asc") hidden.dir = query.dir;
  return (
    <div className="space-y-6">
      <PageHeading eyebrow={t("eyebrow")} title={t("title")} description={<p>{t("intro")}</p>} />
      <DashboardNav current="scorecards" search={search} />
      <DashboardFilterForm action="/dashboard/organizations" filters={filters} hidden={hidden} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <FilterSummary filters={{ ...filters, period: undefined }} />
        <ExportLinks
          xlsxHref={withSearch(
            "/dashboard/export.xlsx",
            dashboardSearch({ ...filters, period: undefined }, { table: "scorecards", sort: query.sort, dir: query.dir }),
          )}
        />
      </div>
      <Suspense fallback={<WidgetSkeleton label={tw("loading", { name: t("title") })} lines={8} />}>
        <ScorecardResults user={user} query={query} now={new Date()} />
      </Suspense>
      <p className="text-sm text-slate-700">{t("note")}</p>
    </div>
  );
}
