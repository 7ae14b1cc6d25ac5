import { describe, expect, it } from "vitest";
import { formatAverage, formatCount, formatIsoDay, formatPeriod, formatRate, formatSignedRate } from "./dashboard-format";

describe("dashboard formatting", () => {
  it.each([
    [0.4, "vi", "40%"],
    [1 / 3, "vi", "33,3%"],
    [1 / 3, "en", "33.3%"],
    [0, "en", "0%"],
    [null, "vi", "—"],
    [Number.POSITIVE_INFINITY, "vi", "—"],
  ] as const)("rate %s in %s → %s", (rate, locale, text) => {
    expect(formatRate(rate, locale)).toBe(text);
  });
  it("writes signed growth rates, averages, counts, periods and days", () => {
    expect(formatSignedRate(0.0321, "vi")).toBe("+3,2%");
    expect(formatSignedRate(-0.01, "en")).toBe("−1%");
    expect(formatAverage(58, "vi")).toBe("58%");
    expect(formatCount(1234, "vi")).toBe("1.234");
    expect(formatPeriod({ kind: "SEMIANNUAL", year: 2026, number: 1 }, "vi")).toBe("6 tháng đầu năm 2026");
    expect(formatIsoDay("2026-06-19")).toBe("19/06/2026");
  });
});
