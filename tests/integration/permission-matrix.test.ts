// The permission matrix at the service level: every role × every plan/task action × own / other
// organization, run against the real services and database. The expected outcome comes from the written
// table below, not from the policy module, so a change to the policy that nobody meant fails here.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { DomainError } from "@/lib/domain/errors";
import { db } from "@/lib/server/db";
import type { Actor } from "@/lib/server/auth/session";
import { getPlanDetail, getTask, listReviewQueue } from "@/lib/server/queries/plans";
import { createApiToken } from "@/lib/server/services/api-tokens";
import { getActivity } from "@/lib/server/queries/activities";
import { addActivityEvidenceLink, createActivity, updateActivity } from "@/lib/server/services/activities";
import {
  createPlan,
  createTask,
  logTaskProgress,
  reviewPlan,
  revisePlan,
  sendPlan,
  submitPlan,
  updatePlan,
} from "@/lib/server/services/plans";
import { resetDatabase } from "../factories/reset";
import { actorFor, createWorld, planInput, putPlanInForce, sendingInput, sendToMofa, taskInput } from "../factories/world";

type RoleName = "admin" | "steering" | "leader" | "editor" | "viewer";
type Target = "own" | "other";
type Fixture = {
  draftId: string;
  awaitingId: string;
  awaitingVersion: number;
  sentId: string;
  sentVersion: number;
  approvedId: string;
  taskId: string;
  taskVersion: number;
  draftVersion: number;
  activityId: string;
};

let world: Awaited<ReturnType<typeof createWorld>>;
const fixtures: Record<Target, Fixture> = {} as never;

// For admin and steering "own" and "other" are both organizations they do not belong to: their scope is "all".
function actorOf(role: RoleName): Actor {
  return {
    admin: world.actors.admin,
    steering: world.actors.steering,
    leader: world.actors.hanoiLeader,
    editor: world.actors.hanoiEditor,
    viewer: world.actors.hanoiViewer,
  }[role];
}

async function makeFixture(editor: Actor, leader: Actor): Promise<Fixture> {
  const draft = await createPlan(editor, planInput({ title: "Bản dự thảo" }));
  await createTask(editor, draft.id, taskInput("D1"));
  const awaiting = await createPlan(editor, planInput({ title: "Trình lãnh đạo" }));
  await createTask(editor, awaiting.id, taskInput("W1"));
  const awaitingRow = await submitPlan(editor, awaiting.id);
  const sent = await createPlan(editor, planInput({ title: "Đã gửi" }));
  await createTask(editor, sent.id, taskInput("S1"));
  const sentRow = await sendToMofa(sent.id, editor, leader);
  const approved = await createPlan(editor, planInput({ title: "Đã ghi nhận" }));
  const task = await createTask(editor, approved.id, taskInput("A1"));
  await putPlanInForce(world, approved.id, { editor, leader });
  const draftRow = await db.actionPlan.findUniqueOrThrow({ where: { id: draft.id } });
  const activity = await createActivity(editor, { ...ACTIVITY, confirmNew: true });
  return {
    draftId: draft.id,
    awaitingId: awaiting.id,
    awaitingVersion: awaitingRow.version,
    sentId: sent.id,
    sentVersion: sentRow.version,
    approvedId: approved.id,
    taskId: task.id,
    taskVersion: task.version,
    draftVersion: draftRow.version,
    activityId: activity.id,
  };
}

const ACTIVITY = {
  titleVi: "Tuần phim Việt Nam tại Pháp",
  kind: "FILM_WEEK",
  startDate: "2026-05-04",
  endDate: "2026-05-10",
  countryCode: "FR",
  city: "Paris",
};

const ACTIONS: Record<string, (actor: Actor, f: Fixture) => Promise<unknown>> = {
  "plan:read": (a, f) => getPlanDetail(a, f.approvedId),
  "plan:update": (a, f) => updatePlan(a, f.draftId, { ...planInput({ title: "Đổi tên" }), version: f.draftVersion }),
  "plan:submit": (a, f) => submitPlan(a, f.draftId),
  "plan:send": (a, f) => sendPlan(a, f.awaitingId, sendingInput(f.awaitingVersion)),
  "plan:review": (a, f) => reviewPlan(a, f.sentId, { decision: "record", version: f.sentVersion }),
  "plan:revise": (a, f) => revisePlan(a, f.approvedId),
  "task:read": (a, f) => getTask(a, f.taskId),
  "task:create": (a, f) => createTask(a, f.draftId, taskInput("NEW")),
  "task:log-progress": (a, f) => logTaskProgress(a, f.taskId, { status: "IN_PROGRESS", progress: 30, version: f.taskVersion }),
  "activity:read": (a, f) => getActivity(a, f.activityId),
  "activity:update": (a, f) => updateActivity(a, f.activityId, { ...ACTIVITY, status: "HELD", version: 1 }),
  "activity:add-evidence": (a, f) => addActivityEvidenceLink(a, f.activityId, { url: "https://example.vn/minh-chung" }),
};

const Y = true;
const N = false;
// [own, other]
const EXPECTED: Record<RoleName, Record<string, [boolean, boolean]>> = {
  admin: {
    "plan:read": [Y, Y],
    "plan:update": [N, N],
    "plan:submit": [N, N],
    "plan:send": [N, N],
    "plan:review": [N, N],
    "plan:revise": [N, N],
    "task:read": [Y, Y],
    "task:create": [N, N],
    "task:log-progress": [N, N],
    "activity:read": [Y, Y],
    "activity:update": [N, N],
    "activity:add-evidence": [N, N],
  },
  steering: {
    "plan:read": [Y, Y],
    "plan:update": [N, N],
    "plan:submit": [N, N],
    "plan:send": [N, N],
    "plan:review": [Y, Y],
    "plan:revise": [N, N],
    "task:read": [Y, Y],
    "task:create": [N, N],
    "task:log-progress": [N, N],
    "activity:read": [Y, Y],
    "activity:update": [N, N],
    "activity:add-evidence": [N, N],
  },
  leader: {
    "plan:read": [Y, N],
    "plan:update": [Y, N],
    "plan:submit": [Y, N],
    "plan:send": [Y, N],
    "plan:review": [N, N],
    "plan:revise": [Y, N],
    "task:read": [Y, N],
    "task:create": [Y, N],
    "task:log-progress": [Y, N],
    "activity:read": [Y, N],
    "activity:update": [Y, N],
    "activity:add-evidence": [Y, N],
  },
  editor: {
    "plan:read": [Y, N],
    "plan:update": [Y, N],
    "plan:submit": [Y, N],
    "plan:send": [N, N],
    "plan:review": [N, N],
    "plan:revise": [Y, N],
    "task:read": [Y, N],
    "task:create": [Y, N],
    "task:log-progress": [Y, N],
    "activity:read": [Y, N],
    "activity:update": [Y, N],
    "activity:add-evidence": [Y, N],
  },
  viewer: {
    "plan:read": [Y, N],
    "plan:update": [N, N],
    "plan:submit": [N, N],
    "plan:send": [N, N],
    "plan:review": [N, N],
    "plan:revise": [N, N],
    "task:read": [Y, N],
    "task:create": [N, N],
    "task:log-progress": [N, N],
    "activity:read": [Y, N],
    "activity:update": [N, N],
    "activity:add-evidence": [N, N],
  },
};

beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
  fixtures.own = await makeFixture(world.actors.hanoiEditor, world.actors.hanoiLeader);
  fixtures.other = await makeFixture(world.actors.hueEditor, world.actors.hueLeader);
});
afterAll(() => db.$disconnect());

const cases = (Object.keys(EXPECTED) as RoleName[]).flatMap((role) =>
  Object.keys(ACTIONS).flatMap((action) =>
    (["own", "other"] as const).map((target) => ({ role, action, target, allowed: EXPECTED[role][action]![target === "own" ? 0 : 1] })),
  ),
);

describe("service-level permission matrix", () => {
  it.each(cases)("$role · $action · $target organization → allowed: $allowed", async ({ role, action, target, allowed }) => {
    const before = await db.auditLog.count();
    const outcome = await ACTIONS[action]!(actorOf(role), fixtures[target]).then(
      () => "ok",
      (error: unknown) => (error instanceof DomainError ? error.status : error),
    );
    if (allowed) {
      expect(outcome).toBe("ok");
    } else {
      // Refused as 403, or 404 when the resource belongs to an organization the actor may not read.
      expect([403, 404]).toContain(outcome);
      expect(await db.auditLog.count(), "a refused action writes nothing").toBe(before);
    }
  });

  it("creates plans only for the actor's own organization", async () => {
    // Naming another organization in the input changes nothing: the plan is the actor's organization's.
    const plan = await createPlan(world.actors.hanoiEditor, { ...planInput(), organizationId: world.orgs.hue.id });
    expect(plan.organizationId).toBe(world.orgs.hanoi.id);
    for (const actor of [world.actors.admin, world.actors.steering, world.actors.hanoiViewer]) {
      await expect(createPlan(actor, planInput())).rejects.toMatchObject({ status: 403 });
    }
  });

  it("gives the review queue to the Steering Committee only", async () => {
    expect((await listReviewQueue(world.actors.steering)).length).toBe(2);
    for (const actor of [world.actors.admin, world.actors.hanoiEditor, world.actors.hanoiViewer]) {
      await expect(listReviewQueue(actor)).rejects.toMatchObject({ status: 403 });
    }
  });

  it("gives every role its own API tokens, carrying exactly its permissions", async () => {
    for (const actor of [world.actors.admin, world.actors.steering, world.actors.hanoiEditor, world.actors.hanoiViewer]) {
      const { token } = await createApiToken(actor, { name: "t" });
      expect(token).toMatch(/^ngvh_/);
    }
    const deactivated = await db.user.update({ where: { id: world.actors.hanoiViewer.user.id }, data: { isActive: false } });
    await expect(actorFor(deactivated.id)).rejects.toThrow(/no active user/);
  });
});
