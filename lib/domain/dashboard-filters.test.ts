import { describe, expect, it } from "vitest";
import {
  clampPage,
  dashboardSearch,
  includesInactiveOrganizations,
  organizationGroupOf,
  organizationKindsFor,
  pageCountOf,
} from "./dashboard-filters";

describe("dashboard filters", () => {
  it("maps groups to organization kinds; no group means every implementing kind", () => {
    expect(organizationKindsFor("ministries")).toEqual(["MINISTRY", "MINISTERIAL_AGENCY"]);
    expect(organizationKindsFor("provinces")).toEqual(["PROVINCE", "CITY"]);
    expect(organizationKindsFor()).toHaveLength(7);
    expect(organizationKindsFor()).not.toContain("STEERING_COMMITTEE");
  });

  it("finds the group of a kind", () => {
    expect(organizationGroupOf("CITY")).toBe("provinces");
    expect(organizationGroupOf("REPRESENTATIVE_MISSION")).toBe("mofa");
    expect(organizationGroupOf("STEERING_COMMITTEE")).toBeNull();
  });

  it("includes deactivated units only when former provinces are asked for", () => {
    expect(includesInactiveOrganizations("former")).toBe(true);
    expect(includesInactiveOrganizations()).toBe(false);
    expect(includesInactiveOrganizations("provinces")).toBe(false);
  });

  it("writes a shareable query string without empty values", () => {
    expect(dashboardSearch({})).toBe("");
    expect(dashboardSearch({ year: 2025, orgKind: "provinces", taskGroup: "TG3" })).toBe("year=2025&orgKind=provinces&taskGroup=TG3");
    expect(dashboardSearch({ region: "MEKONG_DELTA" }, { sort: "timeliness", dir: "desc", page: undefined })).toBe(
      "region=MEKONG_DELTA&sort=timeliness&dir=desc",
    );
  });

  it.each([
    [0, 50, 1, 1],
    [50, 50, 2, 1],
    [51, 50, 2, 2],
    [120, 50, 9, 3],
    [120, 50, 0, 1],
  ])("total %i, size %i, page %i → page %i", (total, size, page, expected) => {
    expect(clampPage(page, total, size)).toBe(expected);
    expect(pageCountOf(total, size)).toBeGreaterThanOrEqual(expected);
  });
});
