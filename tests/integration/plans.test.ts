import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { ConflictError, InvalidStateError, NotFoundError, ValidationError, ForbiddenError } from "@/lib/domain/errors";
import { db } from "@/lib/server/db";
import { getPlanChangesSinceApproval, getPlanDetail, getTask, listPlans, listReviewQueue } from "@/lib/server/queries/plans";
import { addPlanAttachment, removeAttachment } from "@/lib/server/services/attachments";
import {
  addTaskContribution,
  createPlan,
  createTask,
  deleteTask,
  logTaskProgress,
  returnPlanToDrafter,
  reviewPlan,
  revisePlan,
  sendPlan,
  submitPlan,
  updatePlan,
  updateTask,
} from "@/lib/server/services/plans";
import { resetDatabase } from "../factories/reset";
import { createMofaUnit, createWorld, planInput, putPlanInForce, sendingInput, sendToMofa, taskInput } from "../factories/world";

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
  await putPlanInForce(world, plan.id);
  return plan;
}

const version = async (planId: string) => (await db.actionPlan.findUniqueOrThrow({ where: { id: planId } })).version;
const statusOf = async (planId: string) => (await db.actionPlan.findUniqueOrThrow({ where: { id: planId } })).status;

// The first bytes of a PDF as issued (content sniffing needs the signature; the rest is kept byte-for-byte).
const SIGNED_PDF = new TextEncoder().encode(
  "%PDF-1.7\n% signed copy\n1 0 obj <<>> endobj\n/ByteRange [0 10 20 30] /Contents <3082>\n%%EOF\n",
);

describe("authoring", () => {
  it("creates a draft plan for the editor's organization with typed dates and đồng", async () => {
    const plan = await planWithTasks(["T1"]);
    const detail = await getPlanDetail(world.actors.hanoiEditor, plan.id);
    expect(detail.plan).toMatchObject({
      status: "DRAFT",
      documentNumber: "407/QĐ-UBND",
      documentDate: "2026-04-01",
      organization: { code: "P01" },
    });
    expect(detail.tasks[0]).toMatchObject({
      code: "T1",
      startDate: "2026-01-01",
      dueDate: "2026-12-31",
      budgetVnd: "1500000000",
      objectiveCodes: ["SO3"],
      taskGroupCode: "TG3",
    });
    const audit = await db.auditLog.findMany({ where: { entity: "ActionPlan", entityId: plan.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "create", actorEmail: "editor.hanoi@test.vn", ip: "203.0.113.7" });
  });

  it.each([
    {
      name: "due date before start",
      input: { startDate: "01/06/2026", dueDate: "01/05/2026" },
      field: "dueDate",
      code: "due_before_start",
    },
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

  it("compares codes exactly: `_` in a new code is a character, not a wildcard matching an existing code", async () => {
    const plan = await planWithTasks(["TX1"]);
    await createTask(world.actors.hanoiEditor, plan.id, taskInput("T_1"));
    expect(await db.planTask.count({ where: { planId: plan.id } })).toBe(2);
  });
});

describe("sending to MOFA and its record", () => {
  it("runs draft → leader → sent with the document → MOFA comments (with a task comment) → revised → sent again → recorded, each sending a version", async () => {
    const { hanoiEditor, hanoiLeader, steering } = world.actors;
    const plan = await planWithTasks();
    await expect(submitPlan(hanoiEditor, (await createPlan(hanoiEditor, planInput())).id)).rejects.toBeInstanceOf(ValidationError);

    await submitPlan(hanoiEditor, plan.id);
    expect(await statusOf(plan.id)).toBe("AWAITING_LEADER");
    await expect(
      updatePlan(hanoiEditor, plan.id, { ...planInput({ title: "Sửa khi chờ lãnh đạo" }), version: await version(plan.id) }),
    ).rejects.toBeInstanceOf(InvalidStateError);
    expect(await listReviewQueue(steering)).toEqual([]);

    await expect(
      sendPlan(hanoiLeader, plan.id, sendingInput(await version(plan.id), { documentNumber: "", signerName: "" })),
    ).rejects.toMatchObject({
      fieldErrors: { documentNumber: ["required"], signerName: ["required"] },
    });
    await expect(
      sendPlan(hanoiLeader, plan.id, sendingInput(await version(plan.id), { documentDate: "31/12/2099" })),
    ).rejects.toMatchObject({ fieldErrors: { documentDate: ["document_date_in_future"] } });
    await sendPlan(
      hanoiLeader,
      plan.id,
      sendingInput(await version(plan.id), { documentNumber: "275/KH-UBND", signerName: "Trần Sỹ Thanh" }),
    );
    expect((await listReviewQueue(steering)).map((p) => p.id)).toEqual([plan.id]);
    await expect(
      updatePlan(hanoiEditor, plan.id, { ...planInput({ title: "Sửa khi đã gửi" }), version: await version(plan.id) }),
    ).rejects.toBeInstanceOf(InvalidStateError);

    const task2 = (await getPlanDetail(steering, plan.id)).tasks.find((t) => t.code === "T2")!;
    await expect(reviewPlan(steering, plan.id, { decision: "comment", version: await version(plan.id) })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await reviewPlan(steering, plan.id, {
      decision: "comment",
      comment: "Đề nghị bổ sung kinh phí",
      taskComments: [{ taskId: task2.id, comment: "Chưa rõ nguồn kinh phí" }],
      version: await version(plan.id),
    });
    let detail = await getPlanDetail(hanoiEditor, plan.id);
    expect(detail.plan.status).toBe("COMMENTED");
    expect(detail.comments.map((c) => [c.taskId, c.body])).toEqual([
      [null, "Đề nghị bổ sung kinh phí"],
      [task2.id, "Chưa rõ nguồn kinh phí"],
    ]);

    await updateTask(hanoiEditor, task2.id, {
      ...taskInput("T2", { fundingSource: "MIXED", budgetVnd: "2.000.000.000" }),
      version: task2.version,
    });
    await sendToMofa(plan.id, hanoiEditor, hanoiLeader);
    await reviewPlan(steering, plan.id, { decision: "record", comment: "Đã ghi nhận", version: await version(plan.id) });
    detail = await getPlanDetail(hanoiEditor, plan.id);
    expect(detail.plan).toMatchObject({ status: "RECORDED", documentNumber: "275/KH-UBND", signerName: "Nguyễn Văn Phó" });
    expect(detail.submissions.map((s) => [s.number, s.decision, s.documentNumber, s.signerName])).toEqual([
      [1, "COMMENTED", "275/KH-UBND", "Trần Sỹ Thanh"],
      [2, "RECORDED", "275/KH-UBND", "Nguyễn Văn Phó"],
    ]);
    expect(await listReviewQueue(steering)).toEqual([]);
    const actions = (await db.auditLog.findMany({ where: { entity: "ActionPlan", entityId: plan.id }, orderBy: { id: "asc" } })).map(
      (a) => a.action,
    );
    expect(actions).toEqual(["create", "submit-to-leader", "send", "comment", "submit-to-leader", "send", "record"]);
  });

  it("lets an officer submit but not send: only the unit leader sends, and the leader may return the draft", async () => {
    const { hanoiEditor, hanoiLeader, hanoiViewer } = world.actors;
    const plan = await planWithTasks();
    await submitPlan(hanoiEditor, plan.id);
    await expect(sendPlan(hanoiEditor, plan.id, sendingInput(await version(plan.id)))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(sendPlan(hanoiViewer, plan.id, sendingInput(await version(plan.id)))).rejects.toBeInstanceOf(ForbiddenError);
    expect(await statusOf(plan.id)).toBe("AWAITING_LEADER");

    await expect(returnPlanToDrafter(hanoiEditor, plan.id, { version: await version(plan.id) })).rejects.toBeInstanceOf(ForbiddenError);
    await returnPlanToDrafter(hanoiLeader, plan.id, { version: await version(plan.id), comment: "Bổ sung đơn vị phối hợp" });
    expect(await statusOf(plan.id)).toBe("DRAFT");
    expect((await getPlanDetail(hanoiEditor, plan.id)).comments.map((c) => c.body)).toEqual(["Bổ sung đơn vị phối hợp"]);
    expect(await db.planSubmission.count({ where: { planId: plan.id } })).toBe(0);
  });

  it("returns a revision to the revision, not to a draft, when the leader sends it back", async () => {
    const { hanoiEditor, hanoiLeader } = world.actors;
    const plan = await approvedPlan();
    await revisePlan(hanoiEditor, plan.id);
    await submitPlan(hanoiEditor, plan.id);
    await returnPlanToDrafter(hanoiLeader, plan.id, { version: await version(plan.id) });
    expect(await statusOf(plan.id)).toBe("REVISION");
  });

  it("keeps the signed copy byte-for-byte as the official record of the sending, and refuses anything but a PDF", async () => {
    const { hanoiEditor, hanoiLeader, steering } = world.actors;
    const plan = await planWithTasks();
    await submitPlan(hanoiEditor, plan.id);
    const docx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    await expect(
      sendPlan(hanoiLeader, plan.id, sendingInput(await version(plan.id)), { name: "kh.docx", bytes: docx }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await statusOf(plan.id)).toBe("AWAITING_LEADER");

    await sendPlan(hanoiLeader, plan.id, sendingInput(await version(plan.id)), { name: "275-KH-UBND ký số.pdf", bytes: SIGNED_PDF });
    const detail = await getPlanDetail(steering, plan.id);
    const record = detail.submissions[0]!.signedCopy!;
    expect(record.fileName).toMatch(/\.pdf$/);
    const stored = await db.attachment.findUniqueOrThrow({ where: { id: record.id } });
    expect(stored.isOfficialRecord).toBe(true);
    const { openAttachment } = await import("@/lib/server/services/attachments");
    const opened = await openAttachment(steering, record.id);
    expect(Buffer.from(opened.bytes).equals(Buffer.from(SIGNED_PDF))).toBe(true);
    await expect(removeAttachment(hanoiEditor, record.id)).rejects.toBeInstanceOf(InvalidStateError);
  });

  it("reviews only at the version the reviewer saw: a stale version is refused with 409 and nothing changes", async () => {
    const { steering } = world.actors;
    const plan = await planWithTasks();
    const sent = await sendToMofa(plan.id, world.actors.hanoiEditor, world.actors.hanoiLeader);
    const error = await reviewPlan(steering, plan.id, { decision: "record", version: sent.version - 1 }).catch((e) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).status).toBe(409);
    await expect(reviewPlan(steering, plan.id, { decision: "record" })).rejects.toBeInstanceOf(ValidationError);
    expect(await statusOf(plan.id)).toBe("SENT");
    expect(await db.auditLog.count({ where: { entityId: plan.id, action: "record" } })).toBe(0);
  });

  it("records other bodies' plans and never approves them; approves MOFA units' plans and never merely records them", async () => {
    const { steering } = world.actors;
    const { editor: mofaUnitEditor, leader: mofaUnitLeader } = await createMofaUnit(world);
    const plan = await planWithTasks();
    const sent = await sendToMofa(plan.id, world.actors.hanoiEditor, world.actors.hanoiLeader);
    await expect(reviewPlan(steering, plan.id, { decision: "approve", version: sent.version })).rejects.toBeInstanceOf(InvalidStateError);
    expect(await statusOf(plan.id)).toBe("SENT");

    const unitPlan = await createPlan(mofaUnitEditor, planInput({ title: "Kế hoạch của Cục" }));
    await createTask(mofaUnitEditor, unitPlan.id, taskInput("C1"));
    const unitSent = await sendToMofa(unitPlan.id, mofaUnitEditor, mofaUnitLeader);
    await expect(reviewPlan(steering, unitPlan.id, { decision: "record", version: unitSent.version })).rejects.toBeInstanceOf(
      InvalidStateError,
    );
    await reviewPlan(steering, unitPlan.id, { decision: "approve", version: unitSent.version });
    expect(await statusOf(unitPlan.id)).toBe("APPROVED");
  });

  it("locks a recorded plan; a revision shows the reviewer what changed since the recorded version", async () => {
    const { hanoiEditor, hanoiLeader, steering } = world.actors;
    const plan = await approvedPlan();
    const t1 = (await getPlanDetail(hanoiEditor, plan.id)).tasks.find((t) => t.code === "T1")!;
    await expect(
      updateTask(hanoiEditor, t1.id, { ...taskInput("T1", { titleVi: "Đổi tên" }), version: t1.version }),
    ).rejects.toBeInstanceOf(InvalidStateError);
    await expect(createTask(hanoiEditor, plan.id, taskInput("T9"))).rejects.toBeInstanceOf(InvalidStateError);

    await revisePlan(hanoiEditor, plan.id);
    await updateTask(hanoiEditor, t1.id, { ...taskInput("T1", { titleVi: "Tuần Văn hóa Việt Nam tại Nhật Bản" }), version: t1.version });
    await createTask(hanoiEditor, plan.id, taskInput("T4"));
    const t3 = (await getPlanDetail(hanoiEditor, plan.id)).tasks.find((t) => t.code === "T3")!;
    await deleteTask(hanoiEditor, t3.id, t3.version);
    await sendToMofa(plan.id, hanoiEditor, hanoiLeader);

    const changes = await getPlanChangesSinceApproval(steering, plan.id);
    expect(changes).toMatchObject({ latestNumber: 2, approvedNumber: 1 });
    expect(changes!.diff.added.map((t) => t.code)).toEqual(["T4"]);
    expect(changes!.diff.removed.map((t) => t.code)).toEqual(["T3"]);
    expect(changes!.diff.changed).toEqual([
      { code: "T1", changes: { titleVi: { before: "Nhiệm vụ T1", after: "Tuần Văn hóa Việt Nam tại Nhật Bản" } } },
    ]);
  });

  it("only the Steering Committee reviews, and nobody reviews a plan that was not sent", async () => {
    const plan = await planWithTasks();
    await expect(
      reviewPlan(world.actors.steering, plan.id, { decision: "record", version: await version(plan.id) }),
    ).rejects.toBeInstanceOf(InvalidStateError);
    await submitPlan(world.actors.hanoiEditor, plan.id);
    await expect(
      reviewPlan(world.actors.steering, plan.id, { decision: "record", version: await version(plan.id) }),
    ).rejects.toBeInstanceOf(InvalidStateError);
    const sent = await sendPlan(world.actors.hanoiLeader, plan.id, sendingInput(await version(plan.id)));
    for (const actor of [world.actors.hanoiEditor, world.actors.hanoiLeader, world.actors.admin, world.actors.hanoiViewer]) {
      await expect(reviewPlan(actor, plan.id, { decision: "record", version: sent.version })).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(reviewPlan(world.actors.hueEditor, plan.id, { decision: "record", version: sent.version })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await statusOf(plan.id)).toBe("SENT");
  });

  it("lets attachments change only while the plan can be edited", async () => {
    const { hanoiEditor, hanoiLeader } = world.actors;
    const plan = await planWithTasks();
    const draftFile = await addPlanAttachment(hanoiEditor, plan.id, { name: "thuyet-minh.pdf", bytes: SIGNED_PDF });
    await sendToMofa(plan.id, hanoiEditor, hanoiLeader);
    await expect(addPlanAttachment(hanoiEditor, plan.id, { name: "them.pdf", bytes: SIGNED_PDF })).rejects.toBeInstanceOf(
      InvalidStateError,
    );
    await expect(removeAttachment(hanoiEditor, draftFile.id)).rejects.toBeInstanceOf(InvalidStateError);
    await reviewPlan(world.actors.steering, plan.id, { decision: "record", version: await version(plan.id) });
    await expect(addPlanAttachment(hanoiEditor, plan.id, { name: "them.pdf", bytes: SIGNED_PDF })).rejects.toBeInstanceOf(
      InvalidStateError,
    );
    expect(await db.attachment.count({ where: { planId: plan.id } })).toBe(1);
    await revisePlan(hanoiEditor, plan.id);
    await addPlanAttachment(hanoiEditor, plan.id, { name: "sua-doi.pdf", bytes: SIGNED_PDF });
    await removeAttachment(hanoiEditor, draftFile.id);
    expect(await db.attachment.count({ where: { planId: plan.id } })).toBe(1);
  });
});

describe("coordinating organizations", () => {
  it("lets an organization named as coordinator see the task and its progress and note its contribution, and nothing more", async () => {
    const { hanoiEditor, hueEditor, hanoiViewer } = world.actors;
    const plan = await createPlan(hanoiEditor, planInput());
    const coordinated = await createTask(hanoiEditor, plan.id, taskInput("T1", { coordinatorCodes: ["P02"] }));
    const other = await createTask(hanoiEditor, plan.id, taskInput("T2"));
    await putPlanInForce(world, plan.id);
    const task = await db.planTask.findUniqueOrThrow({ where: { id: coordinated.id } });
    await logTaskProgress(hanoiEditor, task.id, { status: "IN_PROGRESS", progress: 30, note: "Đã khởi động", version: task.version });

    const seen = await getTask(hueEditor, coordinated.id);
    expect(seen.task).toMatchObject({ code: "T1", status: "IN_PROGRESS", progress: 30 });
    expect(seen.updates.map((u) => u.note)).toEqual(["Đã khởi động"]);
    await addTaskContribution(hueEditor, coordinated.id, { note: "Huế cử đoàn nghệ thuật tham gia" });
    expect((await getTask(hanoiViewer, coordinated.id)).contributions.map((c) => [c.organizationName, c.note])).toEqual([
      ["Thành phố Huế", "Huế cử đoàn nghệ thuật tham gia"],
    ]);
    expect(await db.auditLog.count({ where: { entity: "PlanTask", entityId: coordinated.id, action: "contribute" } })).toBe(1);

    await expect(getTask(hueEditor, other.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(addTaskContribution(hueEditor, other.id, { note: "x" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPlanDetail(hueEditor, plan.id)).rejects.toBeInstanceOf(NotFoundError);
    const fresh = await db.planTask.findUniqueOrThrow({ where: { id: coordinated.id } });
    await expect(
      logTaskProgress(hueEditor, coordinated.id, { status: "COMPLETED", progress: 100, version: fresh.version }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(addTaskContribution(hanoiEditor, coordinated.id, { note: "Tự ghi" })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("progress logging", () => {
  it("keeps history, and a stale second save gets a conflict with the newer values and changes nothing", async () => {
    const { hanoiEditor } = world.actors;
    const plan = await approvedPlan();
    const task = (await getPlanDetail(hanoiEditor, plan.id)).tasks[0]!;
    await logTaskProgress(hanoiEditor, task.id, {
      status: "IN_PROGRESS",
      progress: 40,
      note: "Đã ký kết thỏa thuận",
      evidenceUrl: "https://example.vn/bao-cao",
      version: task.version,
    });
    const second = await logTaskProgress(hanoiEditor, task.id, { status: "IN_PROGRESS", progress: 10, version: task.version }).catch(
      (e) => e,
    );
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
    await expect(
      logTaskProgress(hanoiEditor, task.id, { status: "IN_PROGRESS", progress: 10, version: task.version }),
    ).rejects.toBeInstanceOf(InvalidStateError);
    await expect(
      logTaskProgress(hanoiEditor, task.id, { status: "COMPLETED", progress: 90, version: task.version }),
    ).rejects.toBeInstanceOf(ValidationError);
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
    await expect(logTaskProgress(hueEditor, task.id, { status: "COMPLETED", progress: 100, version: task.version })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect((await listPlans(hueEditor)).plans).toEqual([]);
    const unchanged = await db.planTask.findUniqueOrThrow({ where: { id: task.id } });
    expect(unchanged).toMatchObject({ status: "NOT_STARTED", progress: 0, version: task.version });
  });

  it("lets a viewer read but not write, and a successor read its predecessor's plan", async () => {
    const plan = await approvedPlan();
    const { hanoiViewer, tuyenQuangEditor } = world.actors;
    expect((await getPlanDetail(hanoiViewer, plan.id)).plan.id).toBe(plan.id);
    await expect(revisePlan(hanoiViewer, plan.id)).rejects.toBeInstanceOf(ForbiddenError);

    const former = await db.actionPlan.create({
      data: {
        organizationId: world.orgs.haGiang.id,
        title: "Kế hoạch của tỉnh Hà Giang (cũ)",
        periodStart: 2022,
        periodEnd: 2025,
        status: "RECORDED",
      },
    });
    expect((await getPlanDetail(tuyenQuangEditor, former.id)).plan.title).toContain("Hà Giang");
    await expect(revisePlan(tuyenQuangEditor, former.id)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
