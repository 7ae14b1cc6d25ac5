// Mirrors the Prisma enum `Role` without importing Prisma into the domain layer.
// ORG_LEADER (lãnh đạo đơn vị) reviews an officer's draft and authorizes sending it; ORG_EDITOR (the officer) drafts.
export const ROLES = ["ADMIN", "STEERING_COMMITTEE", "ORG_LEADER", "ORG_EDITOR", "ORG_VIEWER"] as const;
export type Role = (typeof ROLES)[number];

// Where each role lands after signing in.
export function homePathFor(role: Role): string {
  switch (role) {
    case "ADMIN":
      return "/admin";
    case "STEERING_COMMITTEE":
      return "/dashboard";
    default:
      return "/workspace";
  }
}
