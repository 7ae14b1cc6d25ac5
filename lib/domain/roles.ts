import type { Role } from "./enums";

export { ROLES, type Role } from "./enums";

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
