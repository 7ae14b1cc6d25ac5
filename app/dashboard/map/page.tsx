import type { Metadata } from "next";
import { Suspense } from "react";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { DashboardFilterForm } from "@/components/dashboard/dashboard-filters";
import { DashboardNav } from "@/components/dashboard/dashboard-nav";
import { FilterSummary } from "@/components/dashboard/filter-summary";
import { formatRate } from "@/lib/domain/dashboard-format";
import { TileMap, type MapTile } from "@/components/dashboard/tile-map";
import { DataTableDetails, WidgetSkeleton } from "@/components/dashboard/widget";
import { Card } from "@/components/ui/card";
import { PageHeading } from "@/components/ui/page-heading";
import { Cell, DataTable, HeaderCell, RowHeaderCell } from "@/components/ui/table";
import { dashboardSearch, pickDashboardFilters, withSearch, type DashboardFilters } from "@/lib/domain/dashboard-filters";
import { MAP_MEASURES, rateBandOf, type MapMeasure } from "@/lib/domain/dashboard-rollups";
import { placeTiles } from "@/lib/domain/province-tiles";
import { toLocale } from "@/lib/i18n/config";
import { parseMapQuery } from "@/lib/schemas/dashboard";
import type { SessionUser } from "@/lib/server/auth/session";
import { requirePagePermission, requireUser } from "@/lib/server/guards";
import { listProvinceScorecards } from "@/lib/server/queries/dashboard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard.map");
  return { title: t("metaTitle") };
}

type SearchParams = Record<string, string | string[] | undefined>;

async function ProvinceMap({
  user,
  filters,
  measure,
  now,
}: {
  user: SessionUser;
  filters: DashboardFilters;
  measure: MapMeasure;
  now: Date;
}) {
  const t = await getTranslations("dashboard.map");
  const tp = await getTranslations("dashboard.planState");
  const locale = toLocale(await getLocale());
  const rows = await listProvinceScorecards(user, filters, now);
  const scorecardSearch = dashboardSearch({ ...filters, period: undefined, orgKind: "provinces" }, { sort: "code" });
  const items: MapTile[] = rows.map((row) => {
    const name = row.organization.shortNameVi ?? row.organization.nameVi;
    const rate = measure === "complete" ? row.completionRate : row.timeliness;
    return {
      code: row.organization.code,
      name,
      valueText: measure === "plan" ? tp(row.planState) : formatRate(rate, locale),
      band: measure === "plan" ? row.planState : rateBandOf(rate),
      href: `${withSearch("/dashboard/organizations", scorecardSearch)}#org-${row.organization.code}`,
    };
  });
  const caption = t("caption", { measure: t(`measures.${measure}`) });
  return (
    <div className="grid gap-6 lg:grid-cols-[auto_minmax(0,1fr)]">
      <TileMap tiles={placeTiles(items)} measure={measure} caption={caption} />
      <div className="space-y-2">
        <p className="text-sm text-slate-700">{t(`explain.${measure}`)}</p>
        <DataTableDetails>
          <DataTable caption={caption}>
            <thead>
              <tr>
                <HeaderCell>{t("columns.province")}</HeaderCell>
                <HeaderCell>{t(`measures.${measure}`)}</HeaderCell>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.code}>
                  <RowHeaderCell>{item.name}</RowHeaderCell>
                  <Cell className="tabular-nums">{item.valueText}</Cell>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </DataTableDetails>
      </div>
    </div>
  );
}

// The 34 provinces and cities as a tile map coloured by a chosen measure, each tile writing its value.
export default async function MapPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const user = await requireUser({ returnTo: "/dashboard/map" });
  requirePagePermission(user, "dashboard:read");
  const query = parseMapQuery(await searchParams);
  const filters = { ...pickDashboardFilters(query), orgKind: undefined, period: undefined };
  const t = await getTranslations("dashboard.map");
  const tw = await getTranslations("dashboard.widgets");
  return (
    <div className="space-y-6">
      <PageHeading eyebrow={t("eyebrow")} title={t("title")} description={<p>{t("intro")}</p>} />
      <DashboardNav current="map" search={dashboardSearch(filters)} />
      <DashboardFilterForm action="/dashboard/map" filters={filters} showOrganizationKind={false}>
        <div>
          <label htmlFor="filter-measure" className="block text-sm font-medium text-slate-800">
            {t("measure")}
          </label>
          <select
            id="filter-measure"
            name="measure"
            defaultValue={query.measure}
            className="mt-1 w-full rounded border border-slate-400 bg-white px-3 py-2"
          >
            {MAP_MEASURES.map((measure) => (
              <option key={measure} value={measure}>
                {t(`measures.${measure}`)}
              </option>
            ))}
          </select>
        </div>
      </DashboardFilterForm>
      <FilterSummary filters={filters} />
      <Card as="section" className="space-y-4">
        <h2 className="text-lg font-semibold text-slate-900">{t("heading", { measure: t(`measures.${query.measure}`) })}</h2>
        <Suspense fallback={<WidgetSkeleton label={tw("loading", { name: t("title") })} lines={8} />}>
          <ProvinceMap user={user} filters={filters} measure={query.measure} now={new Date()} />
        </Suspense>
      </Card>
    </div>
  );
}
