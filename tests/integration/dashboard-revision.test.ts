// A plan under revision does not change the dashboard before the revision is reviewed (issue 12, item 9): the
// roll-ups count the version in force — the content MOFA last recorded — while the officer moves due dates and
// deletes tasks in the revision, submits it to the unit leader, who sends it to MOFA, and MOFA comments on it.
// Progress reported meanwhile does count (it is reported, not reviewed), and MOFA's recording of the revision
// brings its content in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { getDashboardSummary, getOrganizationScorecard, getPlanCoverage, listOverdueTasks } from "@/lib/server/queries/dashboard";
import {
  createPlan,
  createTask,
  deleteTask,
  logTaskProgress,
  returnPlanToDrafter,
  revisePlan,
  reviewPlan,
  submitPlan,
  updateTask,
} from "@/lib/server/services/plans";
import { resetDatabase } from "../factories/reset";
import { createWorld, planInput, putPlanInForce, sendToMofa, taskInput } from "../factories/world";

// 25/06/2026, 10:00 in Hà Nội.
const NOW = new Date("2026-06-25T03:00:00Z");

let world: Awaited<ReturnType<typeof createWorld>>;
let planId: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  await resetDatabase();
  world = await createWorld();
  const { hanoiEditor } = world.actors;
  const plan = await createPlan(hanoiEditor, planInput());
  planId = plan.id;
  // Two tasks overdue on 25/06/2026, one due at the end of the year, one due in 2027.
  for (const [code, dueDate] of [
    ["T1", "31/03/2026"],
    ["T2", "30/04/2026"],
    ["T3", "31/12/2026"],
    ["T4", "31/12/2027"],
  ] as const) {
    ids[code] = (await createTask(hanoiEditor, plan.id, taskInput(code, { dueDate, status: "IN_PROGRESS", progress: 30 }))).id;
  }
  await putPlanInForce(world, planId);
});
afterAll(() => db.$disconnect());

// What the Steering Committee sees of Hà Nội's plan.
async function seen() {
  const steering = world.actors.steering;
  const [summary, overdue, hanoi, coverage] = await Promise.all([
    getDashboardSummary(steering, {}, NOW),
    listOverdueTasks(steering, {}, NOW, { limit: null }),
    getOrganizationScorecard(steering, world.orgs.hanoi.id, {}, NOW),
    getPlanCoverage(steering, { orgKind: "provinces" }, NOW),
  ]);
  return {
    overdue: summary.taskCompletion.total.overdue,
    overdueTasks: overdue.tasks.map((t) => t.code).sort(),
    tasks: summary.taskCompletion.total.total,
    completed: summary.taskCompletion.total.counts.COMPLETED,
    hanoiOverdue: hanoi.scorecard.overdue,
    hanoiTasks: hanoi.scorecard.tasks,
    hanoiPlanState: coverage.organizations.find((o) => o.id === world.orgs.hanoi.id)?.planState,
  };
}

async function currentVersion(taskId: string) {
  return (await db.planTask.findUniqueOrThrow({ where: { id: taskId } })).version;
}

async function planVersion() {
  return (await db.actionPlan.findUniqueOrThrow({ where: { id: planId } })).version;
}

// The officer submits the revision, the leader sends it, MOFA records it.
async function recordRevision() {
  const { hanoiEditor, hanoiLeader, steering } = world.actors;
  const sent = await sendToMofa(planId, hanoiEditor, hanoiLeader);
  await reviewPlan(steering, planId, { decision: "record", version: sent.version });
}

describe("a plan under revision", () => {
  let approved: Awaited<ReturnType<typeof seen>>;

  it("counts the recorded plan's overdue tasks", async () => {
    approved = await seen();
    expect(approved).toEqual({
      overdue: 2,
      overdueTasks: ["T1", "T2"],
      tasks: 4,
      completed: 0,
      hanoiOverdue: 2,
      hanoiTasks: 4,
      hanoiPlanState: "APPROVED",
    });
  });

  it("keeps showing the recorded content while the officer moves due dates to 2030, deletes a task and adds one", async () => {
    const { hanoiEditor } = world.actors;
    await revisePlan(hanoiEditor, planId);
    await updateTask(hanoiEditor, ids.T1!, {
      ...taskInput("T1", { dueDate: "31/12/2030", status: "IN_PROGRESS", progress: 30 }),
      version: await currentVersion(ids.T1!),
    });
    await deleteTask(hanoiEditor, ids.T2!, await currentVersion(ids.T2!));
    await createTask(hanoiEditor, planId, taskInput("T5", { dueDate: "31/01/2026" }));
    expect(await seen()).toEqual(approved);
  });

  it("keeps showing it while the revision is with the unit leader, sent to MOFA and commented on", async () => {
    const { hanoiEditor, hanoiLeader, steering } = world.actors;
    await submitPlan(hanoiEditor, planId);
    expect(await seen()).toEqual(approved);
    await returnPlanToDrafter(hanoiLeader, planId, { version: await planVersion(), comment: "Rà soát lại thời hạn." });
    expect((await db.actionPlan.findUniqueOrThrow({ where: { id: planId } })).status).toBe("REVISION");
    expect(await seen()).toEqual(approved);
    const sent = await sendToMofa(planId, hanoiEditor, hanoiLeader);
    expect(await seen()).toEqual(approved);
    await reviewPlan(steering, planId, { decision: "comment", comment: "Giữ nguyên thời hạn đã ghi nhận.", version: sent.version });
    expect(await seen()).toEqual(approved);
  });

  it("counts progress reported during the revision", async () => {
    const { hanoiEditor } = world.actors;
    await recordRevision();
    await revisePlan(hanoiEditor, planId);
    // T3 is reported complete: progress, not planning content, so it shows at once.
    await logTaskProgress(hanoiEditor, ids.T3!, { status: "COMPLETED", progress: 100, version: await currentVersion(ids.T3!) });
    const during = await seen();
    expect(during.completed).toBe(1);
    expect(during.tasks).toBe(4); // the revision recorded above: T1 due 2030, T2 gone, T5 added and overdue
    expect(during.overdueTasks).toEqual(["T5"]);
  });

  it("brings the revision's content in once MOFA records it", async () => {
    const { hanoiEditor } = world.actors;
    await updateTask(hanoiEditor, ids.T4!, {
      ...taskInput("T4", { dueDate: "31/05/2026", status: "IN_PROGRESS", progress: 30 }),
      version: await currentVersion(ids.T4!),
    });
    expect((await seen()).overdueTasks).toEqual(["T5"]);
    await recordRevision();
    const after = await seen();
    expect(after.overdueTasks).toEqual(["T4", "T5"]);
    expect(after.hanoiOverdue).toBe(2);
    expect(after.completed).toBe(1);
  });
});
