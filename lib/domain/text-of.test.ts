import { describe, expect, it } from "vitest";
import { textOf } from "./text-of";

describe("textOf", () => {
  it("shows primitives as themselves and absent values as nothing", () => {
    expect(textOf("Hà Nội")).toBe("Hà Nội");
    expect(textOf(12.5)).toBe("12.5");
    expect(textOf(true)).toBe("true");
    expect(textOf(10n ** 20n)).toBe("100000000000000000000");
    expect(textOf(null)).toBe("");
    expect(textOf(undefined)).toBe("");
  });

  it("never shows [object Object]", () => {
    expect(textOf({ a: 1 })).toBe('{"a":1}');
    expect(textOf([1, "b"])).toBe("1,b");
    expect(textOf(new Date(Date.UTC(2030, 0, 2)))).toBe("2030-01-02T00:00:00.000Z");
    expect(textOf({ toString: () => "1234.50" })).toBe("1234.50");
  });
});
