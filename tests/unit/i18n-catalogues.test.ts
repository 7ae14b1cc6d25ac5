import { describe, expect, it } from "vitest";
import { catalogues } from "@/lib/i18n/messages";

function keys(value: unknown, prefix = ""): string[] {
  if (value && typeof value === "object") {
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
  }
  return [prefix];
}

describe("message catalogues", () => {
  it("have the same keys in Vietnamese and English", () => {
    expect(keys(catalogues.en).sort()).toEqual(keys(catalogues.vi).sort());
  });

  it("have no empty strings", () => {
    for (const locale of ["vi", "en"] as const) {
      const empty = keys(catalogues[locale]).filter((k) => {
        const v = k.split(".").reduce<unknown>((o, part) => (o as Record<string, unknown>)[part], catalogues[locale]);
        return typeof v === "string" && v.trim() === "";
      });
      expect(empty, locale).toEqual([]);
    }
  });
});
