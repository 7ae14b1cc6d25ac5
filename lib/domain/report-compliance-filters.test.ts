import { describe, expect, it } from "vitest";
import { complianceSearch, isFilteredCompliance, organizationKindsOf, parseComplianceQuery } from "./report-compliance-filters";

describe("compliance filters in the URL", () => {
  it.each([
    { name: "no parameters: six-month reports 2022–2030", params: {}, expected: { kind: "SEMIANNUAL", fromYear: 2022, toYear: 2030 } },
    {
      name: "a chosen kind, group and region",
      params: { kind: "QUARTERLY", group: "provinces", region: "MEKONG_DELTA" },
      expected: { kind: "QUARTERLY", fromYear: 2022, toYear: 2030, group: "provinces", region: "MEKONG_DELTA" },
    },
    {
      name: "unknown values fall back",
      params: { kind: "WEEKLY", group: "all", region: "MARS", from: "20x4" },
      expected: { kind: "SEMIANNUAL", fromYear: 2022, toYear: 2030 },
    },
    {
      name: "years in the wrong order are swapped",
      params: { from: "2028", to: "2024" },
      expected: { kind: "SEMIANNUAL", fromYear: 2024, toYear: 2028 },
    },
    { name: "years are clamped", params: { from: "1990", to: "2999" }, expected: { kind: "SEMIANNUAL", fromYear: 2021, toYear: 2035 } },
    {
      name: "repeated parameters take the first",
      params: { kind: ["ANNUAL", "QUARTERLY"] },
      expected: { kind: "ANNUAL", fromYear: 2022, toYear: 2030 },
    },
  ])("$name", ({ params, expected }) => {
    expect(parseComplianceQuery(params)).toEqual(expected);
  });

  it("writes only what differs from the defaults", () => {
    expect(complianceSearch(parseComplianceQuery({}))).toBe("");
    expect(complianceSearch(parseComplianceQuery({ kind: "ANNUAL", from: "2025", group: "former" }))).toBe(
      "kind=ANNUAL&from=2025&group=former",
    );
    expect(isFilteredCompliance(parseComplianceQuery({ region: "SOUTHEAST" }))).toBe(true);
  });

  it("round-trips through the query string", () => {
    const query = parseComplianceQuery({ kind: "QUARTERLY", from: "2024", to: "2026", group: "ministries", region: "SOUTHEAST" });
    expect(parseComplianceQuery(Object.fromEntries(new URLSearchParams(complianceSearch(query))))).toEqual(query);
  });

  it("maps groups to organization kinds", () => {
    expect(organizationKindsOf(parseComplianceQuery({ group: "provinces" }))).toEqual(["PROVINCE", "CITY"]);
    expect(organizationKindsOf(parseComplianceQuery({ group: "ministries" }))).toEqual(["MINISTRY", "MINISTERIAL_AGENCY"]);
    expect(organizationKindsOf(parseComplianceQuery({}))).toBeUndefined();
  });
});
