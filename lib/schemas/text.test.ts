import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseLocalizedNumber } from "@/lib/domain/report-form";
import { singleLineText } from "./plans";
import { boundedArray, boundedString } from "./text";

describe("zod 4's order of checks (why boundedString aborts)", () => {
  it("runs a refinement even after max() failed, unless max() aborts", () => {
    let plainRuns = 0;
    z.string()
      .max(3)
      .refine(() => ++plainRuns > 0)
      .safeParse("too long");
    expect(plainRuns).toBe(1);

    let boundedRuns = 0;
    const result = boundedString(3)
      .refine(() => ++boundedRuns > 0)
      .safeParse("too long");
    expect(boundedRuns).toBe(0);
    expect(result.error?.issues.map((i) => i.message)).toEqual(["too_long"]);
  });

  it("trims only after a first bound, and still measures the trimmed text", () => {
    expect(boundedString(5).safeParse("  abc  ").data).toBe("abc");
    expect(boundedString(5).safeParse(`${" ".repeat(5_000)}abc`).success).toBe(false);
  });

  it("looks at one element more than an array allows, not at 700,000 of them", () => {
    const elements = new Array(700_000).fill({});
    const element = z.object({ a: z.string() });
    const started = performance.now();
    const result = boundedArray(element, 10).safeParse(elements);
    expect(performance.now() - started).toBeLessThan(20);
    expect(result.success).toBe(false);
  });
});

describe("the patterns the outside test froze", () => {
  it("finds HTML tags as before", () => {
    for (const tag of ["<b>", "</a>", "<!-- x -->", "x <img src=x onerror=alert(1)> y", "<a<b>"])
      expect(singleLineText(500).safeParse(tag).success).toBe(false);
    for (const text of ["a < b", "1 <2", "<", "Hợp tác <-> giao lưu", "<a"]) expect(singleLineText(500).safeParse(text).success).toBe(true);
  });

  it("checks 96k characters of unclosed '<a' in milliseconds (3.7 s before), long or within the bound", () => {
    const started = performance.now();
    singleLineText(500).safeParse("<a".repeat(48_000));
    singleLineText(200_000).safeParse("<a".repeat(48_000));
    expect(performance.now() - started).toBeLessThan(50);
  });

  it("reads 60,000 digits that are not a number in milliseconds (2.8 s before)", () => {
    const started = performance.now();
    expect(parseLocalizedNumber(`${"1".repeat(60_000)}x`, "vi")).toBeNull();
    expect(parseLocalizedNumber(`${"1".repeat(39)}x`, "en")).toBeNull();
    expect(performance.now() - started).toBeLessThan(50);
  });
});
