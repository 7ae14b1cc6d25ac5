import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { CountryMissions } from "@/components/map/country-missions";
import { CountryCountTable, WorldMap, type MapCountry } from "@/components/map/world-map";
import { EmptyState } from "@/components/ui/empty-state";
import { TextLink } from "@/components/ui/text-link";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { PageHeading } from "@/components/ui/page-heading";
import { ACTIVITY_KINDS } from "@/lib/domain/activity-kinds";
import { mapBins } from "@/lib/domain/map-choropleth";
import { toLocale } from "@/lib/i18n/config";
import { worldMapQuerySchema } from "@/lib/schemas/world-map";
import { requirePagePermission, requireUser } from "@/lib/server/guards";
import { countryName, MAP_HEIGHT, MAP_WIDTH, worldCountryShapes } from "@/lib/server/map/world-geometry";
import { countActivitiesByCountry, listMissionsByCountry } from "@/lib/server/queries/world-map";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("worldMap");
  return { title: t("metaTitle") };
}

const single = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function WorldMapPage({ searchParams }: Props) {
  await connection();
  const user = await requireUser({ returnTo: "/map" });
  requirePagePermission(user, "activity:read");
  const params = await searchParams;
  const parsed = worldMapQuerySchema.safeParse({
    year: single(params.year),
    kind: single(params.kind),
    taskGroup: single(params.taskGroup),
    organizationId: single(params.organizationId),
  });
  const query = parsed.success ? parsed.data : {};
  // A country chosen from the table: its missions, shown above the map.
  const country = single(params.country)?.slice(0, 2).toUpperCase();
  const chosen = country && /^[A-Z]{2}$/.test(country) ? country : null;
  const [t, tk, locale, counts, missions] = await Promise.all([
    getTranslations("worldMap"),
    getTranslations("activities.kinds"),
    getLocale(),
    countActivitiesByCountry(user, query),
    listMissionsByCountry(user),
  ]);
  const lang = toLocale(locale);
  const countOf = new Map(counts.map((c) => [c.countryCode, c.count]));
  const countries: MapCountry[] = worldCountryShapes().map((s) => ({
    code: s.code,
    d: s.d,
    name: s.code ? countryName(s.code, lang) : "",
    count: countOf.get(s.code) ?? 0,
  }));
  const bins = mapBins(counts.reduce((max, c) => Math.max(max, c.count), 0));
  const missionsOf = new Map(missions.map((m) => [m.countryCode, m.missions.length]));
  // Countries with activities (most first), then those with only a mission.
  const rows = [...counts.map((c) => c.countryCode), ...missions.map((m) => m.countryCode).filter((code) => !countOf.has(code))].map(
    (code) => ({ code, name: countryName(code, lang), count: countOf.get(code) ?? 0, missions: missionsOf.get(code) ?? 0 }),
  );
  // The country's activities in the register, with the map's own filters carried over.
  const hrefFor = (code: string) => {
    const p = new URLSearchParams({ countryCode: code });
    if (query.year) p.set("year", String(query.year));
    if (query.kind) p.set("kind", query.kind);
    if (query.taskGroup) p.set("taskGroup", query.taskGroup);
    if (query.organizationId) p.set("organizationId", query.organizationId);
    return `/activities?${p.toString()}`;
  };
  const countryHrefFor = (code: string) => {
    const p = new URLSearchParams({ country: code });
    if (query.year) p.set("year", String(query.year));
    return `/map?${p.toString()}#country-missions`;
  };
  const chosenMissions = chosen ? (missions.find((m) => m.countryCode === chosen)?.missions ?? []) : [];
  const thisYear = new Date().getUTCFullYear();
  const years = Array.from({ length: thisYear - 2021 + 2 }, (_, i) => 2021 + i);

  return (
    <div className="space-y-6">
      <PageHeading title={t("title")} description={<p>{t("intro")}</p>} />
      <FilterForm
        action="/map"
        label={t("filters.legend")}
        isFiltered={Boolean(query.year || query.kind || query.taskGroup || query.organizationId)}
        applyLabel={t("filters.apply")}
      >
        <FilterSelect id="map-year" name="year" label={t("filters.year")} defaultValue={query.year ? String(query.year) : ""}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect id="map-kind" name="kind" label={t("filters.kind")} defaultValue={query.kind ?? ""} width="wide">
          {ACTIVITY_KINDS.map((k) => (
            <option key={k} value={k}>
              {tk(k)}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect id="map-task-group" name="taskGroup" label={t("filters.taskGroup")} defaultValue={query.taskGroup ?? ""}>
          {[1, 2, 3, 4, 5].map((n) => (
            <option key={n} value={`TG${n}`}>
              {n}
            </option>
          ))}
        </FilterSelect>
      </FilterForm>
      {chosen ? (
        <section
          aria-labelledby="country-missions-title"
          className="space-y-2 rounded-lg border border-slate-200 bg-white p-4"
          data-testid="country-panel"
        >
          <h2 id="country-missions-title" className="text-lg font-semibold text-slate-900">
            {countryName(chosen, lang)}
          </h2>
          <p>
            <TextLink href={hrefFor(chosen)}>{t("countryActivities", { count: countOf.get(chosen) ?? 0 })}</TextLink>
          </p>
          <CountryMissions
            missions={chosenMissions.map((m) => ({
              id: m.id,
              name: lang === "en" && m.nameEn ? m.nameEn : m.nameVi,
              isResident: m.isResident,
            }))}
          />
        </section>
      ) : null}
      <WorldMap countries={countries} bins={bins} width={MAP_WIDTH} height={MAP_HEIGHT} hrefFor={hrefFor} />
      {counts.length === 0 ? <EmptyState title={t("empty")} /> : null}
      {rows.length > 0 ? <CountryCountTable rows={rows} bins={bins} hrefFor={hrefFor} countryHrefFor={countryHrefFor} /> : null}
      {missions.length === 0 ? <p className="text-sm text-slate-700">{t("missionsNote")}</p> : null}
    </div>
  );
}
