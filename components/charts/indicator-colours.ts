// Okabe–Ito colours from app/globals.css @theme; each series also differs by line style and markers. Shared by
// the server-rendered legend and the lazily loaded plot.
export const INDICATOR_COLOURS = { observed: "#0072b2", path: "#e69f00", target: "#d55e00", grid: "#e2e8f0", axis: "#334155" };

export type IndicatorChartPoint = { year: number; value: number | null; pathValue: number | null };
