import { useTranslations } from "next-intl";
import { colorFor, MAP_NO_DATA, type MapBin } from "@/lib/domain/map-choropleth";
import { Cell, DataTable, HeaderCell, RowHeaderCell } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";

export type MapCountry = { code: string; d: string; name: string; count: number };

// The choropleth as server-rendered SVG. Each country with activities is a link to its activities with an
// accessible name ("Nhật Bản: 3 hoạt động"), reached with Tab; countries without activities are drawn only.
// The legend and the table beside it carry the same numbers, so colour is never the only cue.
export function WorldMap({
  countries,
  bins,
  width,
  height,
  hrefFor,
}: {
  countries: readonly MapCountry[];
  bins: readonly MapBin[];
  width: number;
  height: number;
  hrefFor: (code: string) => string;
}) {
  const t = useTranslations("worldMap");
  const withActivities = countries.filter((c) => c.count > 0 && c.code);
  return (
    <figure className="space-y-3">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-label={t("mapLabel")}
        className="h-auto w-full rounded-lg border border-slate-200 bg-sky-50"
        data-testid="world-map"
      >
        <g aria-hidden="true">
          {countries
            .filter((c) => !(c.count > 0 && c.code))
            .map((c, i) => (
              <path key={`${c.code}-${i}`} d={c.d} fill={MAP_NO_DATA} stroke="#94a3b8" strokeWidth={0.4} />
            ))}
        </g>
        {withActivities.map((c) => (
          <a
            key={c.code}
            href={hrefFor(c.code)}
            aria-label={t("countryLabel", { country: c.name, count: c.count })}
            className="group focus:outline-none"
            data-country={c.code}
          >
            <title>{t("countryLabel", { country: c.name, count: c.count })}</title>
            <path
              d={c.d}
              fill={colorFor(c.count, bins)}
              stroke="#1e293b"
              strokeWidth={0.6}
              className="group-hover:stroke-[2] group-focus:stroke-[3] group-focus:[stroke:#d55e00]"
            />
          </a>
        ))}
      </svg>
      <figcaption>
        <ul className="flex flex-wrap items-center gap-3 text-sm" aria-label={t("legend")}>
          <li className="flex items-center gap-1">
            <span aria-hidden="true" className="inline-block h-4 w-6 border border-slate-400" style={{ background: MAP_NO_DATA }} />
            {t("legendNone")}
          </li>
          {bins.map((b) => (
            <li key={b.step} className="flex items-center gap-1">
              <span aria-hidden="true" className="inline-block h-4 w-6 border border-slate-400" style={{ background: b.color }} />
              {b.from === b.to ? t("legendOne", { n: b.from }) : t("legendRange", { from: b.from, to: b.to })}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

// One row per country with activities or a representative mission: the activities link to the register, the
// missions count to the country's page listing the missions accredited there.
export function CountryCountTable({
  rows,
  hrefFor,
  countryHrefFor,
  bins,
}: {
  rows: readonly { code: string; name: string; count: number; missions: number }[];
  hrefFor: (code: string) => string;
  countryHrefFor: (code: string) => string;
  bins: readonly MapBin[];
}) {
  const t = useTranslations("worldMap");
  return (
    <DataTable caption={t("tableCaption")}>
      <thead>
        <tr>
          <HeaderCell>{t("country")}</HeaderCell>
          <HeaderCell className="text-right">{t("activities")}</HeaderCell>
          <HeaderCell className="text-right">{t("missions")}</HeaderCell>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const color = colorFor(r.count, bins);
          return (
            <tr key={r.code} className="border-t border-slate-200">
              <RowHeaderCell>
                <span
                  aria-hidden="true"
                  className="mr-2 inline-block h-3 w-4 border border-slate-400 align-middle"
                  style={{ background: color }}
                />
                {r.count > 0 ? <TextLink href={hrefFor(r.code)}>{r.name}</TextLink> : r.name}
              </RowHeaderCell>
              <Cell className="text-right tabular-nums">{r.count}</Cell>
              <Cell className="text-right tabular-nums">
                {r.missions > 0 ? (
                  <TextLink href={countryHrefFor(r.code)} aria-label={t("missionsLabel", { country: r.name, count: r.missions })}>
                    {r.missions}
                  </TextLink>
                ) : (
                  0
                )}
              </Cell>
            </tr>
          );
        })}
      </tbody>
    </DataTable>
  );
}
