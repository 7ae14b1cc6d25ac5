import { describe, expect, it } from "vitest";
import { diffRecords } from "./audit-diff";

describe("diffRecords", () => {
  it.each([
    {
      name: "creation lists every field",
      before: null,
      after: { a: 1, b: "x" },
      expected: { a: { before: null, after: 1 }, b: { before: null, after: "x" } },
    },
    {
      name: "unchanged fields are left out",
      before: { a: 1, b: "x" },
      after: { a: 1, b: "y" },
      expected: { b: { before: "x", after: "y" } },
    },
    { name: "dates compare by value", before: { d: new Date("2026-01-01") }, after: { d: new Date("2026-01-01") }, expected: {} },
    { name: "bigint becomes a string", before: { money: 1n }, after: { money: 2n }, expected: { money: { before: "1", after: "2" } } },
    {
      name: "bookkeeping fields are ignored",
      before: { updatedAt: new Date(1), version: 1, passwordHash: "a" },
      after: { updatedAt: new Date(2), version: 2, passwordHash: "b" },
      expected: {},
    },
    { name: "deletion", before: { a: 1 }, after: null, expected: { a: { before: 1, after: null } } },
  ])("$name", ({ before, after, expected }) => {
    expect(diffRecords(before, after)).toEqual(expected);
  });
});
