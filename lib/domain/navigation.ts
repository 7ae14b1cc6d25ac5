// The header's links and who sees each, decided by the policy (`can`, `scopeOf`) rather than by role names: a
// link is shown when the page behind it would let the user in. The pages check the policy themselves.
import { can, scopeOf, type PolicyUser } from "./policy";

export type NavigationKey =
  | "home"
  | "dashboard"
  | "workspace"
  | "plans"
  | "review"
  | "reports"
  | "compliance"
  | "activities"
  | "unesco"
  | "map"
  | "timeline"
  | "strategy"
  | "indicators"
  | "organizations"
  | "admin"
  | "audit";

type NavigationEntry = { key: NavigationKey; href: string; isVisible: (user: PolicyUser | null) => boolean };

const always = () => true;

// In display order.
const ENTRIES: readonly NavigationEntry[] = [
  { key: "home", href: "/", isVisible: always },
  { key: "dashboard", href: "/dashboard", isVisible: (user) => user !== null && can(user, "dashboard:read") },
  // An organization's own page: for users whose plans are those of their organization.
  { key: "workspace", href: "/workspace", isVisible: (user) => user !== null && scopeOf(user, "plan:read") === "own" },
  { key: "plans", href: "/plans", isVisible: (user) => user !== null && can(user, "plan:read") },
  { key: "review", href: "/review", isVisible: (user) => user !== null && can(user, "plan:review") },
  { key: "reports", href: "/reports", isVisible: (user) => user !== null && can(user, "report:read") },
  // Compliance compares every organization's reporting: for users who may read every organization's reports.
  { key: "compliance", href: "/compliance", isVisible: (user) => user !== null && scopeOf(user, "report:read") === "all" },
  { key: "activities", href: "/activities", isVisible: (user) => user !== null && can(user, "activity:read") },
  { key: "unesco", href: "/unesco", isVisible: (user) => user !== null && can(user, "unesco:read") },
  { key: "map", href: "/map", isVisible: (user) => user !== null && can(user, "activity:read") },
  { key: "timeline", href: "/timeline", isVisible: (user) => user !== null && can(user, "activity:read") },
  { key: "strategy", href: "/strategy", isVisible: always },
  { key: "indicators", href: "/indicators", isVisible: always },
  { key: "organizations", href: "/organizations", isVisible: always },
  { key: "admin", href: "/admin", isVisible: (user) => user !== null && can(user, "user:manage") },
  { key: "audit", href: "/audit", isVisible: (user) => user !== null && can(user, "audit:read") },
];

export function navigationFor(user: PolicyUser | null): { key: NavigationKey; href: string }[] {
  return ENTRIES.filter((entry) => entry.isVisible(user)).map(({ key, href }) => ({ key, href }));
}
