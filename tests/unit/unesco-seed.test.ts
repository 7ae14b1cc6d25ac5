// The UNESCO-titles series derived from the seeded pipeline must agree with the dated counts in the reference
// data: one source of truth, consistent by construction.
import { describe, expect, it } from "vitest";
import { categoryOf, deriveUnescoTitleSeries, UNESCO_CATEGORIES } from "@/lib/domain/unesco-pipeline";
import referenceData from "@/prisma/seed-data/reference-data.json";
import { buildSeedDossiers, UNESCO_DEADLINE_RULES } from "@/prisma/seed/unesco";

const dossiers = buildSeedDossiers();
const series = deriveUnescoTitleSeries(dossiers, 2025);
const at = (year: number, category: string) => series.find((p) => p.year === year && p.category === category)?.cumulative;

describe("seeded UNESCO dossiers", () => {
  it("match the end-2025 count of every category", () => {
    const counts = referenceData.unesco_titles.category_counts_end_2025;
    for (const category of UNESCO_CATEGORIES) expect(at(2025, category), category).toBe(counts[category]);
  });

  it("match the May 2023 breakdown (titles inscribed up to 2022)", () => {
    const may2023 = referenceData.unesco_titles.totals_by_date.find((t) => t.as_of === "2023-05");
    for (const [category, n] of Object.entries(may2023?.breakdown ?? {})) expect(at(2022, category), category).toBe(n);
  });

  it("match every dated item's year in the reference list", () => {
    for (const item of referenceData.unesco_titles.items) {
      if (item.category === "CELEBRATED_PERSON") continue;
      const d = dossiers.find((x) => x.elementEn === item.name_en);
      expect(d?.inscribedYear, item.name_en).toBe(item.year_first);
      expect(d && categoryOf(d.programme)).toBe(item.category);
    }
  });

  it("every dossier has a source and the extension does not add a title", () => {
    for (const d of dossiers) expect(d.sourceUrls.length, d.elementEn).toBeGreaterThan(0);
    expect(dossiers.filter((d) => d.isExtension).length).toBe(1);
  });

  it("every programme has a cycle rule; unverified ones are marked", () => {
    expect(new Set(UNESCO_DEADLINE_RULES.map((r) => r.programme)).size).toBe(11);
    for (const r of UNESCO_DEADLINE_RULES) if (r.sourceUrls.length === 0) expect(r.confidence).toBe("UNCONFIRMED");
  });
});
