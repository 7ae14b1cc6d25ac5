import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RATE_BANDS, RATE_BAND_BOUNDS, type MapMeasure, type PlanState, type RateBand } from "@/lib/domain/dashboard-rollups";
import { TILE_GRID, type PlacedTile } from "@/lib/domain/province-tiles";
import { BAND_STYLES, PLAN_STATE_STYLES } from "./status-badges";

export type MapTile = {
  code: string;
  name: string;
  // The value written in the tile ("40%", "Đã phê duyệt").
  valueText: string;
  band: RateBand | PlanState;
  href: string;
};

const PLAN_TILE_CLASSES: Record<PlanState, string> = {
  APPROVED: "border-cb-green bg-cb-green/35",
  SUBMITTED: "border-cb-blue bg-cb-sky/35",
  IN_PREPARATION: "border-cb-orange bg-cb-yellow/50",
  NONE: "border-cb-vermillion border-dashed bg-white",
};

function tileStyle(band: RateBand | PlanState): { className: string; symbol: string } {
  if (band in PLAN_TILE_CLASSES)
    return { className: PLAN_TILE_CLASSES[band as PlanState], symbol: PLAN_STATE_STYLES[band as PlanState].symbol };
  return BAND_STYLES[band as RateBand];
}

// The 34 provinces and cities as equal tiles placed by rough geography. Each tile writes its value and a
// symbol for its band, so colour is never the only cue, and links to the organization's scorecard row.
export async function TileMap({ tiles, measure, caption }: { tiles: PlacedTile<MapTile>[]; measure: MapMeasure; caption: string }) {
  const t = await getTranslations("dashboard.map");
  const tb = await getTranslations("dashboard.band");
  const tp = await getTranslations("dashboard.planState");
  const legend =
    measure === "plan"
      ? (Object.keys(PLAN_TILE_CLASSES) as PlanState[]).map((state) => ({ key: state, label: tp(state), ...tileStyle(state) }))
      : RATE_BANDS.map((band) => ({
          key: band,
          label: tb(band, {
            high: Math.round(RATE_BAND_BOUNDS.HIGH * 100),
            good: Math.round(RATE_BAND_BOUNDS.GOOD * 100),
            fair: Math.round(RATE_BAND_BOUNDS.FAIR * 100),
          }),
          ...tileStyle(band),
        }));
  return (
    <figure className="space-y-4">
      <figcaption className="sr-only">{caption}</figcaption>
      <ol
        className="grid gap-1.5"
        style={{
          gridTemplateColumns: `repeat(${TILE_GRID.columns}, minmax(0, 6.5rem))`,
          gridTemplateRows: `repeat(${TILE_GRID.rows}, auto)`,
        }}
        aria-label={caption}
        data-testid="tile-map"
      >
        {tiles.map((tile) => {
          const style = tile.item ? tileStyle(tile.item.band) : BAND_STYLES.NO_DATA;
          return (
            <li key={tile.code} style={{ gridRow: tile.row + 1, gridColumn: tile.column + 1 }}>
              {tile.item ? (
                <Link
                  href={tile.item.href}
                  className={`flex h-full min-h-16 flex-col justify-between rounded border-2 p-1.5 text-slate-900 hover:ring-2 hover:ring-cb-blue ${style.className}`}
                  data-testid={`tile-${tile.code}`}
                >
                  <span className="text-xs font-semibold leading-tight">{tile.item.name}</span>
                  <span className="flex items-center justify-between gap-1 text-xs">
                    <span className="font-semibold tabular-nums">{tile.item.valueText}</span>
                    <span aria-hidden="true" className="font-mono text-[9px]">
                      {style.symbol}
                    </span>
                  </span>
                </Link>
              ) : (
                <span className={`flex h-full min-h-16 flex-col rounded border-2 p-1.5 text-xs text-slate-600 ${style.className}`}>
                  {tile.code}
                  <span>{t("noUnit")}</span>
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <div>
        <h3 className="text-sm font-semibold text-slate-800">{t("legend")}</h3>
        <ul className="mt-1 flex flex-wrap gap-2 text-sm" data-testid="tile-legend">
          {legend.map((item) => (
            <li key={item.key} className={`flex items-center gap-1.5 rounded border-2 px-2 py-1 text-slate-900 ${item.className}`}>
              <span aria-hidden="true" className="font-mono text-[10px]">
                {item.symbol}
              </span>
              {item.label}
            </li>
          ))}
        </ul>
      </div>
    </figure>
  );
}
