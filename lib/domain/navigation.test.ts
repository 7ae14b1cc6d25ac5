import { describe, expect, it } from "vitest";
import { navigationFor } from "./navigation";
import type { PolicyUser } from "./policy";
import type { Role } from "./roles";

const user = (role: Role, isActive = true): PolicyUser => ({ role, organizationId: "org", readableOrganizationIds: ["org"], isActive });
const hrefs = (u: PolicyUser | null) => navigationFor(u).map((link) => link.href);
const PUBLIC = ["/strategy", "/indicators", "/organizations"];

describe("header navigation by policy", () => {
  it("shows visitors the public pages only", () => {
    expect(hrefs(null)).toEqual(["/", ...PUBLIC]);
  });

  it("shows each role the pages its permissions open, in the same order as before", () => {
    expect(hrefs(user("ADMIN"))).toEqual([
      "/",
      "/dashboard",
      "/plans",
      "/reports",
      "/compliance",
      "/activities",
      "/unesco",
      "/map",
      "/timeline",
      ...PUBLIC,
      "/admin",
      "/audit",
    ]);
    expect(hrefs(user("STEERING_COMMITTEE"))).toEqual([
      "/",
      "/dashboard",
      "/plans",
      "/review",
      "/reports",
      "/compliance",
      "/activities",
      "/unesco",
      "/map",
      "/timeline",
      ...PUBLIC,
      "/audit",
    ]);
    expect(hrefs(user("ORG_EDITOR"))).toEqual([
      "/",
      "/workspace",
      "/plans",
      "/reports",
      "/activities",
      "/unesco",
      "/map",
      "/timeline",
      ...PUBLIC,
    ]);
    expect(hrefs(user("ORG_VIEWER"))).toEqual([
      "/",
      "/workspace",
      "/plans",
      "/reports",
      "/activities",
      "/unesco",
      "/map",
      "/timeline",
      ...PUBLIC,
    ]);
  });

  it("shows a deactivated account nothing beyond the public pages", () => {
    expect(hrefs(user("ADMIN", false))).toEqual(["/", ...PUBLIC]);
  });
});
