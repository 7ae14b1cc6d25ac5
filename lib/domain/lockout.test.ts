import { describe, expect, it } from "vitest";
import { lockedUntil, type Attempt } from "./lockout";

const T0 = new Date("2026-03-02T08:00:00Z").getTime();
const min = (m: number) => new Date(T0 + m * 60_000);
const fail = (m: number): Attempt => ({ at: min(m), succeeded: false });
const ok = (m: number): Attempt => ({ at: min(m), succeeded: true });

describe("lockedUntil", () => {
  it.each([
    { name: "no attempts", attempts: [], now: 0, expected: null },
    { name: "four failures", attempts: [fail(0), fail(1), fail(2), fail(3)], now: 4, expected: null },
    { name: "five failures within 15 minutes", attempts: [fail(0), fail(1), fail(2), fail(3), fail(4)], now: 5, expected: 19 },
    { name: "five failures exactly 15 minutes apart", attempts: [fail(0), fail(5), fail(10), fail(12), fail(15)], now: 16, expected: 30 },
    { name: "five failures spread over 16 minutes", attempts: [fail(0), fail(5), fail(10), fail(12), fail(16)], now: 17, expected: null },
    { name: "lock expires after 15 minutes", attempts: [fail(0), fail(1), fail(2), fail(3), fail(4)], now: 19, expected: null },
    { name: "a success resets the count", attempts: [fail(0), fail(1), fail(2), ok(3), fail(4), fail(5)], now: 6, expected: null },
    { name: "unordered input", attempts: [fail(4), fail(0), fail(3), fail(1), fail(2)], now: 5, expected: 19 },
    {
      name: "later burst extends",
      attempts: [fail(0), fail(1), fail(2), fail(3), fail(4), fail(20), fail(21), fail(22), fail(23), fail(24)],
      now: 25,
      expected: 39,
    },
  ])("$name", ({ attempts, now, expected }) => {
    const result = lockedUntil(attempts, min(now));
    expect(result?.toISOString() ?? null).toBe(expected === null ? null : min(expected).toISOString());
  });
});
