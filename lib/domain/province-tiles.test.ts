import { describe, expect, it } from "vitest";
import referenceData from "@/prisma/seed-data/reference-data.json";
import { PROVINCE_TILES, TILE_GRID, placeTiles } from "./province-tiles";

const seededCodes = (referenceData as { provinces: { items: { code: string }[] } }).provinces.items.map((p) => p.code).sort();

describe("province tile layout", () => {
  it("covers exactly the 34 provincial-level codes of the reference data", () => {
    expect(seededCodes).toHaveLength(34);
    expect(Object.keys(PROVINCE_TILES).sort()).toEqual(seededCodes);
  });

  it("puts every tile inside the grid, no two on the same square", () => {
    const squares = new Set<string>();
    for (const { row, column } of Object.values(PROVINCE_TILES)) {
      expect(row).toBeGreaterThanOrEqual(0);
      expect(row).toBeLessThan(TILE_GRID.rows);
      expect(column).toBeGreaterThanOrEqual(0);
      expect(column).toBeLessThan(TILE_GRID.columns);
      squares.add(`${row}:${column}`);
    }
    expect(squares.size).toBe(34);
  });

  it("uses every row, so the map has no empty band", () => {
    const rows = new Set(Object.values(PROVINCE_TILES).map((p) => p.row));
    expect(rows.size).toBe(TILE_GRID.rows);
  });

  it.each([
    ["Hà Nội is north of Huế", "P01", "P02"],
    ["Huế is north of TP Hồ Chí Minh", "P02", "P27"],
    ["Lai Châu is north of Cà Mau", "P03", "P33"],
  ])("%s", (_name, north, south) => {
    expect(PROVINCE_TILES[north]!.row).toBeLessThan(PROVINCE_TILES[south]!.row);
  });

  it("places items in reading order and keeps squares without data", () => {
    const tiles = placeTiles([
      { code: "P33", value: 1 },
      { code: "P03", value: 2 },
    ]);
    expect(tiles).toHaveLength(34);
    expect(tiles[0]!.code).toBe("P03");
    expect(tiles[0]!.item).toEqual({ code: "P03", value: 2 });
    expect(tiles.at(-1)!.code).toBe("P33");
    expect(tiles.filter((t) => t.item === null)).toHaveLength(32);
    for (let i = 1; i < tiles.length; i++) {
      const [a, b] = [tiles[i - 1]!, tiles[i]!];
      expect(a.row < b.row || (a.row === b.row && a.column < b.column)).toBe(true);
    }
  });
});
