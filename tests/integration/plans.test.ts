import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { ConflictError, InvalidStateError, NotFoundError, ValidationError, ForbiddenError } from "@/lib/domain/errors";
import { db } from "@/lib/server/db";
import { getPlanChangesSinceApproval, getPlanDetail, getTask, listPlans, listReviewQueue } from "@/lib/server/queries/plans";
import { createPlan, createTask, deleteTask, logTaskProgress, reviewPlan, revisePlan, submitPlan, updatePlan, updateTask } from "@/lib/server/services/plans";
import { resetDatabase } from "../factories/reset";
import { createWorld, planInput, taskInput } from "../factories/world";

let world: Awaited<ReturnType<typeof createWorld>>;

beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
});
afterAll(() => db.$disconnect());

async function planWithTasks(codes = ["T1", "T2", "T3"]) {
  const { hanoiEditor } = world.actors;
  const plan = await createPlan(hanoiEditor, planInput());
  for (const code of codes) await createTask(hanoiEditor, plan.id, taskInput(code));
  return plan;
}

async function approvedPlan() {
  const plan = await planWithTasks();
  await submitPlan(world.actors.hanoiEditor, plan.id);
  await reviewPlan(world.actors.steering, plan.id, { decision: "approve" });
  return plan;
}

describe("authoring", () => {
  it("creates a draft plan for the editor's organization with typed dates and đồng", async () => {
    const plan = await planWithTasks(["T1"]);
    const detail = await getPlanDetail(world.actors.hanoiEditor, plan.id);
    expect(detail.plan).toMatchObject({ status: "DRAFT", documentNumber: "407/QĐ-UBND", documentDate: "2026-04-01", organization: { code: "P01" } });
    expect(detail.tasks[0]).toMatchObject({ code: "T1", startDate: "2026-01-01", dueDate: "2026-12-31", budgetVnd: "1500000000", objectiveCodes: ["SO3"], taskGroupCode: "TG3" });
    const audit = await db.auditLog.findMany({ where: { entity: "ActionPlan", entityId: plan.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "create", actorEmail: "editor.hanoi@test.vn", ip: "203.0.113.7" });
  });

  it.each([
    { name: "due date before start", input: { startDate: "01/06/2026", dueDate: "01/05/2026" }, field: "dueDate", code: "due_before_start" },
    { name: "progress over 100", input: { progress: 150 }, field: "progress", code: "invalid_progress" },
    { name: "negative budget", input: { budgetVnd: "-5" }, field: "budgetVnd", code: "negative_amount" },
    { name: "10,000-character title", input: { titleVi: "a".repeat(10_000) }, field: "titleVi", code: "too_long" },
    { name: "HTML in the title", input: { titleVi: "<script>alert(1)</script>" }, field: "titleVi", code: "html_not_allowed" },
    { name: "unknown objective", input: { objectiveCodes: ["SO9"] }, field: "objectiveCodes", code: "unknown_objective" },
    { name: "impossible date", input: { dueDate: "31/02/2026" }, field: "dueDate", code: "invalid_date" },
  ])("refuses a task with $name and saves nothing", async ({ input, field, code }) => {
    const plan = await createPlan(world.actors.hanoiEditor, planInput());
    const error = await createTask(world.actors.hanoiEditor, plan.id, taskInput("T1", input)).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors[field]).toContain(code);
    expect(await db.planTask.count()).toBe(0);
  });

  it("refuses a duplicate task code in the same plan", async () => {
    const plan = await planWithTasks(["T1"]);
    const error = await createTask(world.actors.hanoiEditor, plan.id, taskInput("t1")).catch((e) => e);
    expect((error as ValidationError).fieldErrors.code).toEqual(["code_taken"]);
  });
});

describe("submission and review", () => {
  it("runs draft → submitted → returned (with a task comment) → resubmitted → approved, each submission a version", async () => {
    const { hanoiEditor, steering } = world.actors;
    const plan = await planWithTasks();
    await expect(submitPlan(hanoiEditor, (await createPlan(hanoiEditor, planInput())).id)).rejects.toBeInstanceOf(ValidationError);

    await submitPlan(hanoiEditor, plan.id);
    expect((await listReviewQueue(steering)).map((p) => p.id)).toEqual([plan.id]);
    await expect(updatePlan(hanoiEditor, plan.id, { ...planInput({ title: "Sửa khi đang duyệt" }), version: 99 })).rejects.toBeInstanceOf(InvalidStateError);

    const task2 = (await getPlanDetail(steering, plan.id)).tasks.find((t) => t.code === "T2")!;
    await expect(reviewPlan(steering, plan.id, { decision: "return" })).rejects.toBeInstanceOf(ValidationError);
    await reviewPlan(steering, plan.id, { decision: "return", comment: "Bổ sung kinh phí", taskComments: [{ taskId: task2.id, comment: "Chưa rõ nguồn kinh phí" }] });
    let detail = await getPlanDetail(hanoiEditor, plan.id);
    expect(detail.plan.status).toBe("RETURNED");
    expect(detail.comments.map((c) => [c.taskId, c.body])).toEqual([
      [null, "Bổ sung kinh phí"],
      [task2.id, "Chưa rõ nguồn kinh phí"],
    ]);

    await updateTask(hanoiEditor, task2.id, { ...taskInput("T2", { fundingSource: "MIXED", budgetVnd: "2.000.000.000" }), version: task2.version });
    await submitPlan(hanoiEditor, plan.id);
    await reviewPlan(steering, plan.id, { decision: "approve", comment: "Đồng ý" });
    detail = await getPlanDetail(hanoiEditor, plan.id);
    expect(detail.plan.status).toBe("APPROVED");
    expect(detail.submissions.map((s) => [s.number, s.decision])).toEqual([
      [1, "RETURNED"],
      [2, "APPROVED"],
    ]);
    expect(await listReviewQueue(steering)).toEqual([]);
  });

  it("locks an approved plan; a revision shows the reviewer what changed since the approved version", async () => {
    const { hanoiEditor, steering } = world.actors;
    const plan = await approvedPlan();
    const t1 = (await getPlanDetail(hanoiEditor, plan.id)).tasks.find((t) => t.code === "T1")!;
    await expect(updateTask(hanoiEditor, t1.id, { ...taskInput("T1", { titleVi: "Đổi tên" }), version: t1.version })).rejects.toBeInstanceOf(InvalidStateError);
    await expect(createTask(hanoiEditor, plan.id, taskInput("T9"))).rejects.toBeInstanceOf(InvalidStateError);

    await revisePlan(hanoiEditor, plan.id);
    await updateTask(hanoiEditor, t1.id, { ...taskInput("T1", { titleVi: "Tuần Văn hóa Việt Nam tại Nhật Bản" }), version: t1.version });
    await createTask(hanoiEditor, plan.id, taskInput("T4"));
    const t3 = (await getPlanDetail(hanoiEditor, plan.id)).tasks.find((t) => t.code === "T3")!;
    await deleteTask(hanoiEditor, t3.id, t3.version);
    await submitPlan(hanoiEditor, plan.id);

    const changes = await getPlanChangesSinceApproval(steering, plan.id);
    expect(changes).toMatchObject({ latestNumber: 2, approvedNumber: 1 });
    expect(changes!.diff.added.map((t) => t.code)).toEqual(["T4"]);
    expect(changes!.diff.removed.map((t) => t.code)).toEqual(["T3"]);
    expect(changes!.diff.changed).toEqual([{ code: "T1", changes: { titleVi: { before: "Nhiệm vụ T1", after: "Tuần Văn hóa Việt Nam tại Nhật Bản" } } }]);
  });

  it("only the Steering Committee reviews, and nobody reviews a draft", async () => {
    const plan = await planWithTasks();
    await expect(reviewPlan(world.actors.steering, plan.id, { decision: "approve" })).rejects.toBeInstanceOf(InvalidStateError);
    await submitPlan(world.actors.hanoiEditor, plan.id);
    for (const actor of [world.actors.hanoiEditor, world.actors.admin, world.actors.hanoiViewer]) {
      await expect(reviewPlan(actor, plan.id, { decision: "approve" })).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(reviewPlan(world.actors.hueEditor, plan.id, { decision: "approve" })).rejects.toBeInstanceOf(NotFoundError);
    expect((await db.actionPlan.findUniqueOrThrow({ where: { id: plan.id } })).status).toBe("SUBMITTED");
  });
});

describe("progress logging", () => {
  it("keeps history, and a stale second save gets a conflict with the newer values and changes nothing", async () => {
    const { hanoiEditor } = world.actors;
    const plan = await approvedPlan();
    const task = (await getPlanDetail(hanoiEditor, plan.id)).tasks[0]!;
    await logTaskProgress(hanoiEditor, task.id, { status: "IN_PROGRESS", progress: 40, note: "Đã ký kết thỏa thuận", evidenceUrl: "https://example.vn/bao-cao", version: task.version });
    const second = await logTaskProgress(hanoiEditor, task.id, { status: "IN_PROGRESS", progress: 10, version: task.version }).catch((e) => e);
    expect(second).toBeInstanceOf(ConflictError);
    expect((second as ConflictError).current).toMatchObject({ status: "IN_PROGRESS", progress: 40, version: task.version + 1 });

    const after = await getTask(hanoiEditor, task.id);
    expect(after.task).toMatchObject({ status: "IN_PROGRESS", progress: 40 });
    expect(after.updates.map((u) => [u.progress, u.note])).toEqual([[40, "Đã ký kết thỏa thuận"]]);
    expect(await db.auditLog.count({ where: { entity: "PlanTask", entityId: task.id, action: "log-progress" } })).toBe(1);
  });

  it("refuses progress on a draft plan and completion below 100%", async () => {
    const { hanoiEditor } = world.actors;
    const plan = await planWithTasks(["T1"]);
    const task = (await getPlanDetail(hanoiEditor, plan.id)).tasks[0]!;
    await expect(logTaskProgress(hanoiEditor, task.id, { status: "IN_PROGRESS", progress: 10, version: task.version })).rejects.toBeInstanceOf(InvalidStateError);
    await expect(logTaskProgress(hanoiEditor, task.id, { status: "COMPLETED", progress: 90, version: task.version })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("organization scoping", () => {
  it("hides another organization's plans and tasks, and refuses every write to them", async () => {
    const plan = await approvedPlan();
    const task = (await getPlanDetail(world.actors.hanoiEditor, plan.id)).tasks[0]!;
    const { hueEditor } = world.actors;
    await expect(getPlanDetail(hueEditor, plan.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getTask(hueEditor, task.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(revisePlan(hueEditor, plan.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(logTaskProgress(hueEditor, task.id, { status: "COMPLETED", progress: 100, version: task.version })).rejects.toBeInstanceOf(NotFoundError);
    expect((await listPlans(hueEditor)).plans).toEqual([]);
    const unchanged = await db.planTask.findUniqueOrThrow({ where: { id: task.id } });
    expect(unchanged).toMatchObject({ status: "NOT_STARTED", progress: 0, version: task.version });
  });

  it("lets a viewer read but not write, and a successor read its predecessor's plan", async () => {
    const plan = await approvedPlan();
    const { hanoiViewer, tuyenQuangEditor } = world.actors;
    expect((await getPlanDetail(hanoiViewer, plan.id)).plan.id).toBe(plan.id);
    await expect(revisePlan(hanoiViewer, plan.id)).rejects.toBeInstanceOf(ForbiddenError);

    const former = await db.actionPlan.create({ data: { organizationId: world.orgs.haGiang.id, title: "Kế hoạch của tỉnh Hà Giang (cũ)", periodStart: 2022, periodEnd: 2025, status: "APPROVED" } });
    expect((await getPlanDetail(tuyenQuangEditor, former.id)).plan.title).toContain("Hà Giang");
    await expect(revisePlan(tuyenQuangEditor, former.id)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
