import "server-only";
import { geoEqualEarth, geoPath } from "d3-geo";
import countries from "i18n-iso-countries";
import enNames from "i18n-iso-countries/langs/en.json";
import viNames from "i18n-iso-countries/langs/vi.json";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json";

// Natural Earth 1:110m country outlines (world-atlas) projected once per process to SVG path data, keyed by
// ISO 3166 alpha-2 (TopoJSON ids are ISO numeric). Rendering is then string work only: no geometry per request.
export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;

export type CountryShape = { code: string; d: string };

let cached: CountryShape[] | undefined;

export function worldCountryShapes(): CountryShape[] {
  if (cached) return cached;
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries);
  const projection = geoEqualEarth().fitSize([MAP_WIDTH, MAP_HEIGHT], collection);
  const path = geoPath(projection);
  const shapes: CountryShape[] = [];
  for (const f of collection.features) {
    const code = f.id === undefined ? undefined : countries.numericToAlpha2(String(f.id).padStart(3, "0"));
    const d = path(f);
    // Outlines without an ISO code (e.g. disputed areas in Natural Earth) are drawn but never counted.
    if (d) shapes.push({ code: code ?? "", d: d.replace(/(\.\d)\d+/g, "$1") });
  }
  cached = shapes;
  return shapes;
}

countries.registerLocale(viNames);
countries.registerLocale(enNames);

// A country's name in the reader's language (the code itself when the list has none).
export function countryName(code: string, locale: "vi" | "en"): string {
  return countries.getName(code, locale) ?? code;
}
