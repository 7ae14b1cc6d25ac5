// Who may do what: a role → permission table (data) and one predicate, `can`. Every page, server action and
// API handler asks the same question through lib/server/guards.ts, against the loaded resource; the UI uses
// the same predicate only to hide what would be refused.
import type { Role } from "./roles";

export type Action =
  | "strategy:read"
  | "organization:read"
  | "plan:read"
  | "plan:create"
  | "plan:update"
  | "plan:submit"
  | "plan:send"
  | "plan:review"
  | "task:read"
  | "task:update"
  | "task:log-progress"
  | "task:contribute"
  | "report:read"
  | "report:update"
  | "report:submit"
  | "report:review"
  | "reminder:send"
  | "dashboard:read"
  | "audit:read"
  | "user:manage"
  | "organization:manage"
  | "reference:manage"
  | "token:manage-own"
  | "activity:read"
  | "activity:create"
  | "activity:update"
  | "activity:add-evidence"
  | "activity:join"
  // An administrator lists and revokes any user's personal API tokens (e.g. of a departed official).
  | "token:manage-any"
  | "unesco:read"
  | "unesco:create"
  | "unesco:update";

// "all": any organization's resource. "own": resources of the actor's organization; for reads also of the
// organizations it succeeded (a province reads the plans and reports of the provinces it absorbed).
export type Scope = "all" | "own";

export const PERMISSIONS: Record<Role, Partial<Record<Action, Scope>>> = {
  ADMIN: {
    "strategy:read": "all",
    "organization:read": "all",
    "plan:read": "all",
    "task:read": "all",
    "report:read": "all",
    "dashboard:read": "all",
    "audit:read": "all",
    "user:manage": "all",
    "organization:manage": "all",
    "reference:manage": "all",
    "reminder:send": "all",
    "token:manage-own": "own",
    "activity:read": "all",
    "token:manage-any": "all",
    "unesco:read": "all",
  },
  // The Steering Committee's standing body at MOFA (its department for cultural diplomacy): records other
  // bodies' plans or comments on them, approves only MOFA units' plans (the workflow decides which applies),
  // receives reports or sends them back for completion.
  STEERING_COMMITTEE: {
    "strategy:read": "all",
    "organization:read": "all",
    "plan:read": "all",
    "plan:review": "all",
    "task:read": "all",
    "report:read": "all",
    "report:review": "all",
    "reminder:send": "all",
    "dashboard:read": "all",
    "audit:read": "all",
    "token:manage-own": "own",
    "activity:read": "all",
    "unesco:read": "all",
  },
  // The unit leader: everything the officer does, and the sending of plans and reports, which the officer
  // cannot do alone (the person who drafts is not the person who signs).
  ORG_LEADER: {
    "strategy:read": "all",
    "organization:read": "all",
    "plan:read": "own",
    "plan:create": "own",
    "plan:update": "own",
    "plan:submit": "own",
    "plan:send": "own",
    "task:read": "own",
    "task:update": "own",
    "task:log-progress": "own",
    "task:contribute": "own",
    "report:read": "own",
    "report:update": "own",
    "report:submit": "own",
    "token:manage-own": "own",
    "activity:read": "own",
    "activity:create": "own",
    "activity:update": "own",
    "activity:add-evidence": "own",
    "activity:join": "own",
    "unesco:read": "all",
    "unesco:create": "own",
    "unesco:update": "own",
  },
  // The officer drafts plans and reports and submits them to the leader; "plan:submit" is that submission.
  ORG_EDITOR: {
    "strategy:read": "all",
    "organization:read": "all",
    "plan:read": "own",
    "plan:create": "own",
    "plan:update": "own",
    "plan:submit": "own",
    "task:read": "own",
    "task:update": "own",
    "task:log-progress": "own",
    "task:contribute": "own",
    "report:read": "own",
    "report:update": "own",
    "token:manage-own": "own",
    "activity:read": "own",
    "activity:create": "own",
    "activity:update": "own",
    "activity:add-evidence": "own",
    "activity:join": "own",
    "unesco:read": "all",
    "unesco:create": "own",
    "unesco:update": "own",
  },
  ORG_VIEWER: {
    "strategy:read": "all",
    "organization:read": "all",
    "plan:read": "own",
    "task:read": "own",
    "report:read": "own",
    "token:manage-own": "own",
    "activity:read": "own",
    "unesco:read": "all",
  },
};

export const ALL_ACTIONS = [...new Set(Object.values(PERMISSIONS).flatMap((p) => Object.keys(p)))].sort() as Action[];

export type PolicyUser = {
  role: Role;
  organizationId: string;
  // The actor's organization and every organization it succeeded (filled when the session is loaded).
  readableOrganizationIds: readonly string[];
  isActive: boolean;
  // The actor's organization kind (sessions carry it): MOFA units read every activity of the register.
  organization?: { kind: string };
};

// A resource the action targets. Omit it for actions on collections (e.g. "may this user create plans at all").
// A task also names the organizations that coordinate it: they may read it and add a note of their own
// contribution ("task:contribute"), though it belongs to the lead organization's plan. An activity also names its
// co-organizers: they read it and add evidence; only the lead (organizationId) edits it.
export type PolicyResource = { organizationId: string; coordinatorOrganizationIds?: readonly string[]; coOrganizerIds?: readonly string[] };

const READ_ACTIONS = new Set<Action>([
  "plan:read",
  "task:read",
  "report:read",
  "organization:read",
  "strategy:read",
  "dashboard:read",
  "audit:read",
  "activity:read",
]);
// Actions a co-organizer of an activity shares with its lead.
const CO_ORGANIZER_ACTIONS = new Set<Action>(["activity:read", "activity:add-evidence"]);

export function scopeOf(user: PolicyUser, action: Action): Scope | undefined {
  if (!user.isActive) return undefined;
  const scope = PERMISSIONS[user.role][action];
  // The Ministry of Foreign Affairs follows every activity of the register, whichever organization leads it.
  if (action === "activity:read" && scope && user.organization?.kind === "MOFA_UNIT") return "all";
  // MOFA's editors keep every UNESCO dossier up to date alongside the lead province or ministry.
  if ((action === "unesco:create" || action === "unesco:update") && scope && user.organization?.kind === "MOFA_UNIT") return "all";
  return scope;
}

export function can(user: PolicyUser, action: Action, resource?: PolicyResource): boolean {
  const scope = scopeOf(user, action);
  if (!scope) return false;
  if (action === "task:contribute") return !!resource?.coordinatorOrganizationIds?.includes(user.organizationId);
  if (scope === "all" || !resource) return true;
  if (action === "task:read" && resource.coordinatorOrganizationIds?.includes(user.organizationId)) return true;
  const organizations = CO_ORGANIZER_ACTIONS.has(action)
    ? [resource.organizationId, ...(resource.coOrganizerIds ?? [])]
    : [resource.organizationId];
  if (READ_ACTIONS.has(action)) return organizations.some((id) => user.readableOrganizationIds.includes(id));
  return organizations.includes(user.organizationId);
}

// Which organizations' rows a list query may return: undefined = all of them.
export function readableOrganizations(user: PolicyUser, action: Action): readonly string[] | undefined {
  const scope = scopeOf(user, action);
  if (!scope) return [];
  return scope === "all" ? undefined : user.readableOrganizationIds;
}
