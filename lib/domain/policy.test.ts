import { describe, expect, it } from "vitest";
import { ALL_ACTIONS, PERMISSIONS, can, readableOrganizations, type Action, type PolicyUser } from "./policy";
import { ROLES, type Role } from "./roles";

const OWN = "org-hanoi";
const PREDECESSOR = "org-former";
const OTHER = "org-hue";

function user(role: Role, isActive = true): PolicyUser {
  return { role, organizationId: OWN, readableOrganizationIds: [OWN, PREDECESSOR], isActive };
}

// The expected matrix, written out independently of the PERMISSIONS table: [action, own-org, other-org] per role.
const Y = true;
const N = false;
const expected: Record<Role, Record<Action, [own: boolean, other: boolean]>> = {
  ADMIN: {
    "unesco:read": [Y, Y],
    "unesco:create": [N, N],
    "unesco:update": [N, N],
    "activity:read": [Y, Y],
    "activity:create": [N, N],
    "activity:update": [N, N],
    "activity:add-evidence": [N, N],
    "activity:join": [N, N],
    "audit:read": [Y, Y],
    "dashboard:read": [Y, Y],
    "organization:manage": [Y, Y],
    "organization:read": [Y, Y],
    "plan:create": [N, N],
    "plan:read": [Y, Y],
    "plan:review": [N, N],
    "plan:send": [N, N],
    "plan:submit": [N, N],
    "plan:update": [N, N],
    "reference:manage": [Y, Y],
    "reminder:send": [Y, Y],
    "report:read": [Y, Y],
    "report:review": [N, N],
    "report:submit": [N, N],
    "report:update": [N, N],
    "strategy:read": [Y, Y],
    "task:contribute": [N, N],
    "task:log-progress": [N, N],
    "task:read": [Y, Y],
    "task:update": [N, N],
    "token:manage-any": [Y, Y],
    "token:manage-own": [Y, N],
    "user:manage": [Y, Y],
  },
  STEERING_COMMITTEE: {
    "unesco:read": [Y, Y],
    "unesco:create": [N, N],
    "unesco:update": [N, N],
    "activity:read": [Y, Y],
    "activity:create": [N, N],
    "activity:update": [N, N],
    "activity:add-evidence": [N, N],
    "activity:join": [N, N],
    "audit:read": [Y, Y],
    "dashboard:read": [Y, Y],
    "organization:manage": [N, N],
    "organization:read": [Y, Y],
    "plan:create": [N, N],
    "plan:read": [Y, Y],
    "plan:review": [Y, Y],
    "plan:send": [N, N],
    "plan:submit": [N, N],
    "plan:update": [N, N],
    "reference:manage": [N, N],
    "reminder:send": [Y, Y],
    "report:read": [Y, Y],
    "report:review": [Y, Y],
    "report:submit": [N, N],
    "report:update": [N, N],
    "strategy:read": [Y, Y],
    "task:contribute": [N, N],
    "task:log-progress": [N, N],
    "task:read": [Y, Y],
    "task:update": [N, N],
    "token:manage-any": [N, N],
    "token:manage-own": [Y, N],
    "user:manage": [N, N],
  },
  ORG_LEADER: {
    "unesco:read": [Y, Y],
    "unesco:create": [Y, N],
    "unesco:update": [Y, N],
    "activity:read": [Y, N],
    "activity:create": [Y, N],
    "activity:update": [Y, N],
    "activity:add-evidence": [Y, N],
    "activity:join": [Y, N],
    "audit:read": [N, N],
    "dashboard:read": [N, N],
    "organization:manage": [N, N],
    "organization:read": [Y, Y],
    "plan:create": [Y, N],
    "plan:read": [Y, N],
    "plan:review": [N, N],
    "plan:send": [Y, N],
    "plan:submit": [Y, N],
    "plan:update": [Y, N],
    "reference:manage": [N, N],
    "reminder:send": [N, N],
    "report:read": [Y, N],
    "report:review": [N, N],
    "report:submit": [Y, N],
    "report:update": [Y, N],
    "strategy:read": [Y, Y],
    "task:contribute": [N, N],
    "task:log-progress": [Y, N],
    "task:read": [Y, N],
    "task:update": [Y, N],
    "token:manage-any": [N, N],
    "token:manage-own": [Y, N],
    "user:manage": [N, N],
  },
  ORG_EDITOR: {
    "unesco:read": [Y, Y],
    "unesco:create": [Y, N],
    "unesco:update": [Y, N],
    "activity:read": [Y, N],
    "activity:create": [Y, N],
    "activity:update": [Y, N],
    "activity:add-evidence": [Y, N],
    "activity:join": [Y, N],
    "audit:read": [N, N],
    "dashboard:read": [N, N],
    "organization:manage": [N, N],
    "organization:read": [Y, Y],
    "plan:create": [Y, N],
    "plan:read": [Y, N],
    "plan:review": [N, N],
    "plan:send": [N, N],
    "plan:submit": [Y, N],
    "plan:update": [Y, N],
    "reference:manage": [N, N],
    "reminder:send": [N, N],
    "report:read": [Y, N],
    "report:review": [N, N],
    "report:submit": [N, N],
    "report:update": [Y, N],
    "strategy:read": [Y, Y],
    "task:contribute": [N, N],
    "task:log-progress": [Y, N],
    "task:read": [Y, N],
    "task:update": [Y, N],
    "token:manage-any": [N, N],
    "token:manage-own": [Y, N],
    "user:manage": [N, N],
  },
  ORG_VIEWER: {
    "unesco:read": [Y, Y],
    "unesco:create": [N, N],
    "unesco:update": [N, N],
    "activity:read": [Y, N],
    "activity:create": [N, N],
    "activity:update": [N, N],
    "activity:add-evidence": [N, N],
    "activity:join": [N, N],
    "audit:read": [N, N],
    "dashboard:read": [N, N],
    "organization:manage": [N, N],
    "organization:read": [Y, Y],
    "plan:create": [N, N],
    "plan:read": [Y, N],
    "plan:review": [N, N],
    "plan:send": [N, N],
    "plan:submit": [N, N],
    "plan:update": [N, N],
    "reference:manage": [N, N],
    "reminder:send": [N, N],
    "report:read": [Y, N],
    "report:review": [N, N],
    "report:submit": [N, N],
    "report:update": [N, N],
    "strategy:read": [Y, Y],
    "task:contribute": [N, N],
    "task:log-progress": [N, N],
    "task:read": [Y, N],
    "task:update": [N, N],
    "token:manage-any": [N, N],
    "token:manage-own": [Y, N],
    "user:manage": [N, N],
  },
};

const cases = ROLES.flatMap((role) =>
  ALL_ACTIONS.flatMap((action) => [
    { role, action, target: "own", allowed: expected[role][action][0] },
    { role, action, target: "other", allowed: expected[role][action][1] },
  ]),
);

describe("policy matrix", () => {
  it("covers every role × action", () => {
    expect(ALL_ACTIONS).toHaveLength(32);
    for (const role of ROLES) expect(Object.keys(expected[role]).sort()).toEqual(ALL_ACTIONS);
  });

  it.each(cases)("$role $action on $target organization → $allowed", ({ role, action, target, allowed }) => {
    // token:manage-own concerns the user's own tokens; "other" means another user's, which no one may manage.
    const organizationId = target === "own" ? OWN : OTHER;
    if (action === "token:manage-own" && target === "other") {
      expect(can(user(role), action, { organizationId })).toBe(false);
      return;
    }
    expect(can(user(role), action, { organizationId })).toBe(allowed);
  });

  it.each(ROLES.flatMap((role) => ALL_ACTIONS.map((action) => ({ role, action }))))(
    "an inactive $role may not $action",
    ({ role, action }) => {
      expect(can(user(role, false), action, { organizationId: OWN })).toBe(false);
      expect(can(user(role, false), action)).toBe(false);
    },
  );

  it("lets a co-organizer read an activity and add evidence, but only the lead edit it", () => {
    const activity = { organizationId: OTHER, coOrganizerIds: [OWN] };
    expect(can(user("ORG_EDITOR"), "activity:read", activity)).toBe(true);
    expect(can(user("ORG_EDITOR"), "activity:add-evidence", activity)).toBe(true);
    expect(can(user("ORG_EDITOR"), "activity:update", activity)).toBe(false);
    expect(can(user("ORG_VIEWER"), "activity:read", activity)).toBe(true);
    expect(can(user("ORG_VIEWER"), "activity:add-evidence", activity)).toBe(false);
    expect(can(user("ORG_EDITOR"), "activity:read", { organizationId: OTHER, coOrganizerIds: ["org-third"] })).toBe(false);
  });

  it("lets MOFA units read every activity, and change only their own", () => {
    const mofa = { ...user("ORG_EDITOR"), organization: { kind: "MOFA_UNIT" } };
    expect(can(mofa, "activity:read", { organizationId: OTHER })).toBe(true);
    expect(can(mofa, "activity:update", { organizationId: OTHER })).toBe(false);
    expect(can(mofa, "plan:read", { organizationId: OTHER })).toBe(false);
    expect(can({ ...user("ORG_EDITOR"), organization: { kind: "PROVINCE" } }, "activity:read", { organizationId: OTHER })).toBe(false);
  });

  it("lets MOFA editors keep every UNESCO dossier, and other editors only those their organization leads", () => {
    const mofa = { ...user("ORG_EDITOR"), organization: { kind: "MOFA_UNIT" } };
    expect(can(mofa, "unesco:update", { organizationId: OTHER })).toBe(true);
    expect(can(mofa, "unesco:create", { organizationId: OTHER })).toBe(true);
    expect(can({ ...user("ORG_VIEWER"), organization: { kind: "MOFA_UNIT" } }, "unesco:update", { organizationId: OTHER })).toBe(false);
    expect(can({ ...user("ORG_EDITOR"), organization: { kind: "PROVINCE" } }, "unesco:update", { organizationId: OTHER })).toBe(false);
  });

  it("lets an organization read, but not change, what its predecessors filed", () => {
    const editor = user("ORG_EDITOR");
    expect(can(editor, "plan:read", { organizationId: PREDECESSOR })).toBe(true);
    expect(can(editor, "report:read", { organizationId: PREDECESSOR })).toBe(true);
    expect(can(editor, "plan:update", { organizationId: PREDECESSOR })).toBe(false);
    expect(can(editor, "report:submit", { organizationId: PREDECESSOR })).toBe(false);
  });

  it("lets only the unit leader send; the officer submits to the leader", () => {
    expect(can(user("ORG_EDITOR"), "plan:submit", { organizationId: OWN })).toBe(true);
    expect(can(user("ORG_EDITOR"), "plan:send", { organizationId: OWN })).toBe(false);
    expect(can(user("ORG_EDITOR"), "report:submit", { organizationId: OWN })).toBe(false);
    expect(can(user("ORG_LEADER"), "plan:send", { organizationId: OWN })).toBe(true);
    expect(can(user("ORG_LEADER"), "report:submit", { organizationId: OWN })).toBe(true);
    expect(can(user("ORG_LEADER"), "plan:send", { organizationId: OTHER })).toBe(false);
  });

  it("lets a coordinating organization read another organization's task and note its contribution", () => {
    const task = { organizationId: OTHER, coordinatorOrganizationIds: [OWN] };
    const notCoordinated = { organizationId: OTHER, coordinatorOrganizationIds: ["org-x"] };
    for (const role of ["ORG_EDITOR", "ORG_LEADER"] as const) {
      expect(can(user(role), "task:read", task)).toBe(true);
      expect(can(user(role), "task:contribute", task)).toBe(true);
      expect(can(user(role), "task:read", notCoordinated)).toBe(false);
      expect(can(user(role), "task:contribute", notCoordinated)).toBe(false);
      expect(can(user(role), "task:update", task)).toBe(false);
      expect(can(user(role), "task:log-progress", task)).toBe(false);
      expect(can(user(role), "plan:read", task)).toBe(false);
    }
    expect(can(user("ORG_VIEWER"), "task:read", task)).toBe(true);
    expect(can(user("ORG_VIEWER"), "task:contribute", task)).toBe(false);
    expect(can(user("ORG_EDITOR"), "task:contribute", { organizationId: OWN, coordinatorOrganizationIds: [] })).toBe(false);
  });

  it("scopes list queries", () => {
    expect(readableOrganizations(user("STEERING_COMMITTEE"), "plan:read")).toBeUndefined();
    expect(readableOrganizations(user("ORG_VIEWER"), "plan:read")).toEqual([OWN, PREDECESSOR]);
    expect(readableOrganizations(user("ORG_VIEWER"), "audit:read")).toEqual([]);
  });

  it("keeps the table free of unknown roles", () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual([...ROLES].sort());
  });
});
