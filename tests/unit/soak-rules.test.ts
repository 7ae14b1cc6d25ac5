// The soak test's own rules (scripts/soak): they decide whether `npm test`'s soak tier passes, so they must
// be able to fail.
import { describe, expect, it } from "vitest";
import { memoryFigures } from "../../scripts/soak/figures";
import { ConflictRounds, type Op } from "../../scripts/soak/load";
import { markersInvariant } from "../../scripts/soak/verify";

const series = (mbAt: (second: number) => number, seconds = 60) =>
  Array.from({ length: seconds + 1 }, (_, s) => ({ atMs: s * 1000, mb: mbAt(s) }));

describe("memory rule", () => {
  it("passes a flat series with garbage-collection spikes and a warm-up climb", () => {
    const m = memoryFigures(
      series((s) => (s < 8 ? 200 + s * 6 : 250 + (s % 7 === 0 ? 40 : 0))),
      60_000,
    );
    expect(m.pass).toBe(true);
    expect(m.peakMb).toBe(290);
  });

  it("fails a steady leak", () => {
    const m = memoryFigures(
      series((s) => 240 + s * 1.5),
      60_000,
    ); // +90 MB a minute
    expect(m.pass).toBe(false);
    expect(m.growth).toBeGreaterThan(0.15);
  });

  it("fails when there is nothing after the warm-up to judge", () => {
    expect(
      memoryFigures(
        series(() => 250, 4),
        4_000,
      ).pass,
    ).toBe(false);
  });
});

describe("markers invariant", () => {
  const op = (marker: string, status: number): Op => ({ kind: "task.progress", userId: "u", status, ms: 1, atMs: 0, marker });
  const ops = [op("a", 201), op("b", 201), op("c", 409)];

  it("holds when each accepted write is stored once and each refused one not at all", () => {
    expect(
      markersInvariant(
        "x",
        ops,
        new Map([
          ["a", 1],
          ["b", 1],
        ]),
      ).pass,
    ).toBe(true);
  });

  it.each([
    [
      "an accepted write stored twice",
      new Map([
        ["a", 2],
        ["b", 1],
      ]),
    ],
    ["an accepted write lost", new Map([["a", 1]])],
    [
      "a refused write stored",
      new Map([
        ["a", 1],
        ["b", 1],
        ["c", 1],
      ]),
    ],
    [
      "a row no client was told about",
      new Map([
        ["a", 1],
        ["b", 1],
        ["z", 1],
      ]),
    ],
  ])("fails with %s", (_, stored) => {
    expect(markersInvariant("x", ops, stored).pass).toBe(false);
  });
});

describe("conflict rounds", () => {
  it("gives every member of a round the same base and never overlaps two rounds of one task", async () => {
    const rounds = new ConflictRounds(20, 3, new Promise(() => {}));
    let reads = 0;
    let writing = 0;
    let overlapped = false;
    const member = async () => {
      const { id, base, done } = await rounds.join("task", async () => ({ version: ++reads, code: "T" }));
      writing++;
      if (writing > 3) overlapped = true;
      await new Promise((r) => setTimeout(r, 10));
      writing--;
      done();
      return { id, version: base!.version };
    };
    const results = await Promise.all(Array.from({ length: 6 }, member));
    expect(new Set(results.map((r) => r.id)).size).toBe(2);
    for (const id of [1, 2]) expect(new Set(results.filter((r) => r.id === id).map((r) => r.version)).size).toBe(1);
    expect(reads).toBe(2);
    expect(overlapped).toBe(false);
  });
});
