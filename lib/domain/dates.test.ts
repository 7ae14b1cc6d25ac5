import { describe, expect, it } from "vitest";
import { parseCalendarDate, parseVndAmount, toIsoDate } from "./dates";

describe("parseCalendarDate", () => {
  it.each([
    { input: "01/04/2022", expected: "2022-04-01" },
    { input: "1/4/2022", expected: "2022-04-01" },
    { input: "2022-04-01", expected: "2022-04-01" },
    { input: "29/02/2024", expected: "2024-02-29" },
    { input: "29/02/2025", expected: null },
    { input: "31/04/2026", expected: null },
    { input: "00/01/2026", expected: null },
    { input: "12/13/2026", expected: null },
    { input: "2026-02-30", expected: null },
    { input: "ngày 1/4/2022", expected: null },
    { input: "", expected: null },
    { input: "01/01/99999", expected: null },
  ])("$input → $expected", ({ input, expected }) => {
    const parsed = parseCalendarDate(input);
    expect(parsed ? toIsoDate(parsed) : null).toBe(expected);
  });
});

describe("parseVndAmount", () => {
  it.each([
    { input: "1.500.000", expected: 1_500_000n },
    { input: "1 500 000 đ", expected: 1_500_000n },
    { input: "0", expected: 0n },
    { input: 250000, expected: 250_000n },
    { input: "-5", expected: -5n },
    { input: "1,5", expected: null },
    { input: "abc", expected: null },
    { input: 1.5, expected: null },
    { input: "9999999999999999999", expected: null },
  ])("$input → $expected", ({ input, expected }) => {
    expect(parseVndAmount(input)).toBe(expected);
  });
});
