import { describe, expect, it } from "vitest";
import { colorFor, MAP_NO_DATA, MAP_STEPS, mapBins } from "./map-choropleth";

describe("mapBins", () => {
  it.each([
    [0, []],
    [1, [[1, 1]]],
    [
      3,
      [
        [1, 1],
        [2, 2],
        [3, 3],
      ],
    ],
    [
      10,
      [
        [1, 2],
        [3, 4],
        [5, 6],
        [7, 8],
        [9, 10],
      ],
    ],
    [
      7,
      [
        [1, 1],
        [2, 3],
        [4, 4],
        [5, 6],
        [7, 7],
      ],
    ],
  ])("max %i → %j", (max, expected) => {
    expect(mapBins(max).map((b) => [b.from, b.to])).toEqual(expected);
  });

  it("covers every count from 1 to the maximum exactly once", () => {
    for (const max of [1, 2, 5, 9, 37, 250]) {
      const bins = mapBins(max);
      for (let n = 1; n <= max; n++) expect(bins.filter((b) => n >= b.from && n <= b.to)).toHaveLength(1);
    }
  });

  it("uses the lightest and darkest steps at the ends, and no colour for zero", () => {
    const bins = mapBins(10);
    expect(colorFor(1, bins)).toBe(MAP_STEPS[0]);
    expect(colorFor(10, bins)).toBe(MAP_STEPS[4]);
    expect(colorFor(0, bins)).toBe(MAP_NO_DATA);
    expect(mapBins(2).map((b) => b.color)).toEqual([MAP_STEPS[0], MAP_STEPS[4]]);
  });
});
