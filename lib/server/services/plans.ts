import "server-only";
import { ConflictError, InvalidStateError, NotFoundError, ValidationError } from "@/lib/domain/errors";
import { diffRecords } from "@/lib/domain/audit-diff";
import { toIsoDate } from "@/lib/domain/dates";
import type { PlanSnapshot } from "@/lib/domain/plan-diff";
import { vietnamCalendarDay } from "@/lib/domain/report-obligations";
import {
  canLogProgress,
  decisionOf,
  isPlanContentEditable,
  nextPlanStatus,
  sendingProblems,
  submissionProblems,
  type PlanDecision,
  type PlanEvent,
  type PlanStatus,
} from "@/lib/domain/plan-workflow";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  planInputSchema,
  planReturnSchema,
  planReviewSchema,
  planSendSchema,
  planSubmitSchema,
  planUpdateSchema,
  progressUpdateSchema,
  taskContributionSchema,
  taskInputSchema,
  taskUpdateSchema,
  type TaskInput,
} from "@/lib/schemas/plans";
import { recordAudit } from "../audit";
import { db } from "../db";
import { authorize } from "../guards";
import { parseInput } from "../validation";
import type { Actor } from "../auth/session";
import { createOfficialRecord, storeThenRecord } from "./attachments";
import type { TaskStatus } from "@/lib/domain/enums";

type Tx = Prisma.TransactionClient;

// ───────────────────────── loading ─────────────────────────

async function loadPlanForUpdate(tx: Tx, planId: string) {
  // Row lock: concurrent transitions of one plan are serialised, so two reviewers cannot both decide.
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "ActionPlan" WHERE id = ${planId} FOR UPDATE`;
  if (!locked.length) throw new NotFoundError();
  return tx.actionPlan.findUniqueOrThrow({ where: { id: planId }, include: { organization: { select: { kind: true } } } });
}

function ownerOf(plan: { organization: { kind: string } }) {
  return { isMofaUnit: plan.organization.kind === "MOFA_UNIT" };
}

async function lastDecision(tx: Tx, planId: string): Promise<PlanDecision | null> {
  const decided = await tx.planSubmission.findFirst({
    where: { planId, decision: { not: null } },
    orderBy: { number: "desc" },
    select: { decision: true },
  });
  return (decided?.decision as PlanDecision | undefined) ?? null;
}

function planFields(plan: {
  title: string;
  titleEn: string | null;
  periodStart: number;
  periodEnd: number;
  documentNumber: string | null;
  documentDate: Date | null;
  signerName?: string | null;
}) {
  return {
    title: plan.title,
    titleEn: plan.titleEn,
    periodStart: plan.periodStart,
    periodEnd: plan.periodEnd,
    documentNumber: plan.documentNumber,
    documentDate: plan.documentDate ? toIsoDate(plan.documentDate) : null,
    ...(plan.signerName ? { signerName: plan.signerName } : {}),
  };
}

const taskInclude = {
  taskGroup: { select: { code: true } },
  objectives: { select: { code: true } },
  indicators: { select: { code: true } },
  leadOrganization: { select: { code: true } },
  coordinators: { select: { id: true, code: true } },
} as const;

type TaskWithLinks = Prisma.PlanTaskGetPayload<{ include: typeof taskInclude }>;

// The planning content of a task (what review approves), JSON-safe, relations by code.
export function taskSnapshot(task: TaskWithLinks) {
  return {
    code: task.code,
    titleVi: task.titleVi,
    titleEn: task.titleEn,
    description: task.description,
    taskGroupCode: task.taskGroup?.code ?? null,
    objectiveCodes: task.objectives.map((o) => o.code).sort(),
    indicatorCodes: task.indicators.map((i) => i.code).sort(),
    leadOrganizationCode: task.leadOrganization?.code ?? null,
    leadUnitName: task.leadUnitName,
    coordinatorCodes: task.coordinators.map((c) => c.code).sort(),
    startDate: task.startDate ? toIsoDate(task.startDate) : null,
    dueDate: task.dueDate ? toIsoDate(task.dueDate) : null,
    budgetVnd: task.budgetVnd?.toString() ?? null,
    fundingSource: task.fundingSource,
    expectedOutputs: task.expectedOutputs,
    isBreakthrough: task.isBreakthrough,
    breakthroughPhase: task.breakthroughPhase,
  };
}

async function buildSnapshot(tx: Tx, planId: string): Promise<PlanSnapshot> {
  const plan = await tx.actionPlan.findUniqueOrThrow({ where: { id: planId } });
  const tasks = await tx.planTask.findMany({ where: { planId }, include: taskInclude, orderBy: { code: "asc" } });
  return { plan: planFields(plan), tasks: tasks.map(taskSnapshot) };
}

// Codes typed by people (forms, spreadsheets, API) → ids, or per-field "unknown_*" errors.
export type ReferenceCodes = {
  taskGroups: Map<string, string>;
  objectives: Map<string, string>;
  indicators: Map<string, string>;
  organizations: Map<string, string>;
};

export async function loadReferenceCodes(tx: Tx | typeof db = db): Promise<ReferenceCodes> {
  const [taskGroups, objectives, indicators, organizations] = await Promise.all([
    tx.taskGroup.findMany({ select: { id: true, code: true } }),
    tx.objective.findMany({ select: { id: true, code: true } }),
    tx.indicator.findMany({ select: { id: true, code: true } }),
    tx.organization.findMany({ where: { isActive: true }, select: { id: true, code: true } }),
  ]);
  const toMap = (rows: { id: string; code: string }[]) => new Map(rows.map((r) => [r.code.toUpperCase(), r.id]));
  return {
    taskGroups: toMap(taskGroups),
    objectives: toMap(objectives),
    indicators: toMap(indicators),
    organizations: toMap(organizations),
  };
}

export function resolveTaskCodes(input: TaskInput, codes: ReferenceCodes) {
  const errors: Record<string, string[]> = {};
  const pick = (field: string, map: Map<string, string>, list: string[], error: string) =>
    list.map((code) => {
      const id = map.get(code.toUpperCase());
      if (!id) (errors[field] ??= []).push(error);
      return id ?? "";
    });
  const taskGroupId = codes.taskGroups.get(input.taskGroupCode);
  if (!taskGroupId) errors.taskGroupCode = ["invalid_task_group"];
  const objectiveIds = pick("objectiveCodes", codes.objectives, input.objectiveCodes, "unknown_objective");
  const indicatorIds = pick("indicatorCodes", codes.indicators, input.indicatorCodes, "unknown_indicator");
  const coordinatorIds = pick("coordinatorCodes", codes.organizations, input.coordinatorCodes, "unknown_organization");
  const [leadOrganizationId] = input.leadOrganizationCode
    ? pick("leadOrganizationCode", codes.organizations, [input.leadOrganizationCode], "unknown_organization")
    : [null];
  for (const key of Object.keys(errors)) errors[key] = [...new Set(errors[key])];
  return {
    errors,
    taskGroupId: taskGroupId ?? null,
    objectiveIds,
    indicatorIds,
    coordinatorIds,
    leadOrganizationId: leadOrganizationId ?? null,
  };
}

function taskData(input: TaskInput, ids: ReturnType<typeof resolveTaskCodes>) {
  return {
    code: input.code,
    titleVi: input.titleVi,
    titleEn: input.titleEn,
    description: input.description,
    taskGroupId: ids.taskGroupId,
    leadOrganizationId: ids.leadOrganizationId,
    leadUnitName: input.leadUnitName,
    startDate: input.startDate,
    dueDate: input.dueDate,
    budgetVnd: input.budgetVnd,
    fundingSource: input.fundingSource,
    expectedOutputs: input.expectedOutputs,
    isBreakthrough: input.isBreakthrough,
    breakthroughPhase: input.breakthroughPhase,
    status: input.status,
    progress: input.progress,
  };
}

function assertEditable(plan: { status: Parameters<typeof isPlanContentEditable>[0] }) {
  if (!isPlanContentEditable(plan.status)) {
    throw new InvalidStateError(
      "This plan is locked: it is with the unit leader, sent to MOFA, or recorded. Open a revision to change it.",
    );
  }
}

// ───────────────────────── plans ─────────────────────────

export async function createPlan(actor: Actor, input: unknown) {
  authorize(actor, "plan:create", { organizationId: actor.user.organizationId });
  const data = parseInput(planInputSchema, input);
  return db.$transaction(async (tx) => {
    const plan = await tx.actionPlan.create({
      data: { ...data, organizationId: actor.user.organizationId, createdById: actor.user.id, status: "DRAFT" },
    });
    await recordAudit(tx, actor, {
      entity: "ActionPlan",
      entityId: plan.id,
      action: "create",
      after: { ...planFields(plan), status: plan.status },
    });
    return plan;
  });
}

export async function updatePlan(actor: Actor, planId: string, input: unknown) {
  return db.$transaction(async (tx) => {
    const plan = await loadPlanForUpdate(tx, planId);
    authorize(actor, "plan:update", plan);
    // Parsed only once the caller may act on the loaded resource: nobody makes the server parse for a plan or report they cannot touch.
    const { version, ...data } = parseInput(planUpdateSchema, input);
    assertEditable(plan);
    if (plan.version !== version) throw new ConflictError(undefined, { ...planFields(plan), version: plan.version });
    const updated = await tx.actionPlan.update({ where: { id: planId }, data: { ...data, version: { increment: 1 } } });
    await recordAudit(tx, actor, {
      entity: "ActionPlan",
      entityId: planId,
      action: "update",
      before: planFields(plan),
      after: planFields(updated),
    });
    return updated;
  });
}

const EVENT_WORDS: Record<PlanEvent, string> = {
  submit: "submitted to the unit leader",
  return: "returned to its drafter",
  send: "sent",
  record: "recorded",
  approve: "approved",
  comment: "commented on",
  revise: "revised",
};

function transition(plan: { status: PlanStatus; organization: { kind: string } }, event: PlanEvent, decided: PlanDecision | null = null) {
  const next = nextPlanStatus(plan.status, event, ownerOf(plan), decided);
  if (!next) {
    if (event === "approve" && plan.status === "SENT")
      throw new InvalidStateError("MOFA approves only the plans of its own units; record this plan or comment on it.");
    if (event === "record" && plan.status === "SENT") throw new InvalidStateError("A plan of a MOFA unit is approved, not recorded.");
    throw new InvalidStateError(`A plan in status ${plan.status} cannot be ${EVENT_WORDS[event]}.`);
  }
  return next;
}

function assertVersion(plan: { version: number; status: string }, version: number | undefined) {
  if (version !== undefined && plan.version !== version) {
    throw new ConflictError("The plan changed after you opened it.", { version: plan.version, status: plan.status });
  }
}

// The officer (or the leader) submits a draft, a plan MOFA commented on, or a revision to the unit leader.
export async function submitPlan(actor: Actor, planId: string, input: unknown = {}) {
  return db.$transaction(async (tx) => {
    const plan = await loadPlanForUpdate(tx, planId);
    authorize(actor, "plan:submit", plan);
    const { version } = parseInput(planSubmitSchema, input);
    const next = transition(plan, "submit");
    assertVersion(plan, version);
    const taskCount = await tx.planTask.count({ where: { planId } });
    const problems = submissionProblems({ taskCount });
    if (problems.length) throw new ValidationError({ _form: problems });
    const updated = await tx.actionPlan.update({ where: { id: planId }, data: { status: next, version: { increment: 1 } } });
    await recordAudit(tx, actor, {
      entity: "ActionPlan",
      entityId: planId,
      action: "submit-to-leader",
      before: { status: plan.status },
      after: { status: next },
    });
    return updated;
  });
}

// The unit leader returns the plan to its drafter, to the editable state it came from.
export async function returnPlanToDrafter(actor: Actor, planId: string, input: unknown) {
  return db.$transaction(async (tx) => {
    const plan = await loadPlanForUpdate(tx, planId);
    authorize(actor, "plan:send", plan);
    const { version, comment } = parseInput(planReturnSchema, input);
    const next = transition(plan, "return", await lastDecision(tx, planId));
    assertVersion(plan, version);
    if (comment) await tx.planReviewComment.create({ data: { planId, body: comment, authorId: actor.user.id } });
    const updated = await tx.actionPlan.update({ where: { id: planId }, data: { status: next, version: { increment: 1 } } });
    await recordAudit(tx, actor, {
      entity: "ActionPlan",
      entityId: planId,
      action: "return-to-drafter",
      before: { status: plan.status },
      after: { status: next, comment },
    });
    return updated;
  });
}

// The unit leader sends the plan to MOFA as issued: the document's number, date and signer are required, and
// the signed copy (a PDF as issued, stored byte-for-byte) may be attached as the official record. Each sending
// is a numbered version with a snapshot of the plan and its tasks, which gives MOFA the diff between sendings.
export async function sendPlan(
  actor: Actor,
  planId: string,
  input: unknown,
  signedCopy: { name: string; bytes: Uint8Array } | null = null,
  now = new Date(),
) {
  // Authorize against the loaded plan before the input is parsed and the (costly) file looked at or stored.
  const current = await db.actionPlan.findUnique({ where: { id: planId }, select: { organizationId: true } });
  if (!current) throw new NotFoundError();
  authorize(actor, "plan:send", current);
  const data = parseInput(planSendSchema, input);
  const problems = sendingProblems(
    { documentNumber: data.documentNumber, documentDate: data.documentDate, signerName: data.signerName },
    vietnamCalendarDay(now),
  );
  if (Object.keys(problems).length) throw new ValidationError(problems);
  const write = (stored: Parameters<typeof createOfficialRecord>[3] | null) =>
    db.$transaction(async (tx) => {
      const plan = await loadPlanForUpdate(tx, planId);
      authorize(actor, "plan:send", plan);
      const next = transition(plan, "send");
      assertVersion(plan, data.version);
      const taskCount = await tx.planTask.count({ where: { planId } });
      const taskProblems = submissionProblems({ taskCount });
      if (taskProblems.length) throw new ValidationError({ _form: taskProblems });
      const document = { documentNumber: data.documentNumber, documentDate: data.documentDate, signerName: data.signerName };
      // The plan carries the document of its latest sending, so the snapshot (and MOFA's diff) shows it.
      await tx.actionPlan.update({ where: { id: planId }, data: document });
      const record = stored ? await createOfficialRecord(tx, actor, planId, stored) : null;
      const number = (await tx.planSubmission.count({ where: { planId } })) + 1;
      const snapshot = await buildSnapshot(tx, planId);
      await tx.planSubmission.create({
        data: {
          planId,
          number,
          snapshot: snapshot as unknown as Prisma.InputJsonValue,
          submittedAt: now,
          submittedById: actor.user.id,
          ...document,
          signedCopyId: record?.id ?? null,
        },
      });
      const updated = await tx.actionPlan.update({
        where: { id: planId },
        data: { status: next, submittedAt: now, version: { increment: 1 } },
      });
      await recordAudit(tx, actor, {
        entity: "ActionPlan",
        entityId: planId,
        action: "send",
        before: { status: plan.status, ...planFields(plan) },
        after: {
          status: next,
          submission: number,
          ...planFields({ ...plan, ...document }),
          signedCopy: record ? { id: record.id, sha256: record.sha256 } : null,
        },
      });
      return updated;
    });
  return signedCopy ? storeThenRecord(signedCopy, { onlyKinds: ["pdf"] }, write) : write(null);
}

// MOFA (the Steering Committee's standing body) records the plan, approves it (MOFA units only) or sends comments
// asking for completion, at the version the reviewer saw.
export async function reviewPlan(actor: Actor, planId: string, input: unknown) {
  return db.$transaction(async (tx) => {
    const plan = await loadPlanForUpdate(tx, planId);
    authorize(actor, "plan:review", plan);
    const review = parseInput(planReviewSchema, input);
    const next = transition(plan, review.decision);
    assertVersion(plan, review.version);
    const submission = await tx.planSubmission.findFirst({ where: { planId }, orderBy: { number: "desc" } });
    if (!submission) throw new InvalidStateError("This plan has no sending to review.");
    const taskIds = new Set((await tx.planTask.findMany({ where: { planId }, select: { id: true } })).map((t) => t.id));
    const unknown = review.taskComments.filter((c) => !taskIds.has(c.taskId));
    if (unknown.length) throw new ValidationError({ taskComments: ["unknown_task"] });
    const now = new Date();
    await tx.planSubmission.update({
      where: { id: submission.id },
      data: { decision: decisionOf(review.decision), decidedAt: now, decidedById: actor.user.id, comment: review.comment },
    });
    if (review.comment) {
      await tx.planReviewComment.create({ data: { planId, submissionId: submission.id, body: review.comment, authorId: actor.user.id } });
    }
    for (const c of review.taskComments) {
      await tx.planReviewComment.create({
        data: { planId, submissionId: submission.id, taskId: c.taskId, body: c.comment, authorId: actor.user.id },
      });
    }
    const updated = await tx.actionPlan.update({
      where: { id: planId },
      data: { status: next, version: { increment: 1 }, ...(next === "RECORDED" || next === "APPROVED" ? { approvedAt: now } : {}) },
    });
    await recordAudit(tx, actor, {
      entity: "ActionPlan",
      entityId: planId,
      action: review.decision,
      before: { status: plan.status },
      after: { status: next, comment: review.comment, taskComments: review.taskComments.length },
    });
    return updated;
  });
}

// A recorded or approved plan is locked; amending it opens a revision that is sent again.
export async function revisePlan(actor: Actor, planId: string) {
  return db.$transaction(async (tx) => {
    const plan = await loadPlanForUpdate(tx, planId);
    authorize(actor, "plan:update", plan);
    const next = transition(plan, "revise");
    const updated = await tx.actionPlan.update({ where: { id: planId }, data: { status: next, version: { increment: 1 } } });
    await recordAudit(tx, actor, {
      entity: "ActionPlan",
      entityId: planId,
      action: "revise",
      before: { status: plan.status },
      after: { status: next },
    });
    return updated;
  });
}

// ───────────────────────── tasks ─────────────────────────

async function assertCodeFree(tx: Tx, planId: string, code: string, exceptTaskId?: string) {
  // Case-insensitive but exact: Prisma's `mode: "insensitive"` equals runs as ILIKE, where `_` matches any character.
  const clash = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "PlanTask"
     WHERE "planId" = ${planId} AND lower(code) = lower(${code}) AND id <> ${exceptTaskId ?? ""}
     LIMIT 1`;
  if (clash.length) throw new ValidationError({ code: ["code_taken"] });
}

// Creates tasks inside an existing transaction (used by the form, the API and the spreadsheet import).
// Set-based: one insert for the tasks, one per link table and one for the audit entries, so a 500-row
// spreadsheet costs a handful of statements rather than thousands.
export async function insertTasks(tx: Tx, actor: Actor, planId: string, tasks: TaskInput[], codes: ReferenceCodes) {
  const resolved = tasks.map((input) => ({ input, ids: resolveTaskCodes(input, codes) }));
  for (const { ids } of resolved) if (Object.keys(ids.errors).length) throw new ValidationError(ids.errors);
  if (!resolved.length) return [];
  const created = await tx.planTask.createManyAndReturn({
    data: resolved.map(({ input, ids }) => ({ ...taskData(input, ids), planId })),
    select: { id: true, code: true },
  });
  const idByCode = new Map(created.map((t) => [t.code, t.id]));
  // Prisma's implicit many-to-many tables: column A is the model whose name sorts first, B the task.
  const links = (pick: (ids: ReturnType<typeof resolveTaskCodes>) => string[]) =>
    resolved.flatMap(({ input, ids }) => pick(ids).map((otherId) => [otherId, idByCode.get(input.code)!] as const));
  const insertLinks = async (table: "_TaskObjectives" | "_TaskIndicators" | "_TaskCoordinators", pairs: (readonly [string, string])[]) => {
    if (!pairs.length) return;
    const a = pairs.map((p) => p[0]);
    const b = pairs.map((p) => p[1]);
    await tx.$executeRawUnsafe(
      `INSERT INTO "${table}" ("A", "B") SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING`,
      a,
      b,
    );
  };
  await insertLinks(
    "_TaskObjectives",
    links((ids) => ids.objectiveIds),
  );
  await insertLinks(
    "_TaskIndicators",
    links((ids) => ids.indicatorIds),
  );
  await insertLinks(
    "_TaskCoordinators",
    links((ids) => ids.coordinatorIds),
  );
  const tasksWithLinks = await tx.planTask.findMany({ where: { id: { in: created.map((t) => t.id) } }, include: taskInclude });
  await tx.auditLog.createMany({
    data: tasksWithLinks.map((task) => ({
      actorId: actor.user.id,
      actorEmail: actor.user.email,
      entity: "PlanTask",
      entityId: task.id,
      action: "create",
      changes: diffRecords(null, { ...taskSnapshot(task), status: task.status, progress: task.progress }) as Prisma.InputJsonValue,
      ip: actor.ip,
      userAgent: actor.userAgent,
    })),
  });
  const order = new Map(resolved.map(({ input }, index) => [input.code, index]));
  return tasksWithLinks.sort((x, y) => order.get(x.code)! - order.get(y.code)!);
}

export async function createTask(actor: Actor, planId: string, input: unknown) {
  return db.$transaction(async (tx) => {
    const plan = await loadPlanForUpdate(tx, planId);
    authorize(actor, "task:update", plan);
    const data = parseInput(taskInputSchema, input);
    assertEditable(plan);
    await assertCodeFree(tx, planId, data.code);
    const [task] = await insertTasks(tx, actor, planId, [data], await loadReferenceCodes(tx));
    await tx.actionPlan.update({ where: { id: planId }, data: { version: { increment: 1 } } });
    return task!;
  });
}

async function loadTaskForUpdate(tx: Tx, taskId: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "PlanTask" WHERE id = ${taskId} FOR UPDATE`;
  if (!locked.length) throw new NotFoundError();
  const task = await tx.planTask.findUniqueOrThrow({ where: { id: taskId }, include: { ...taskInclude, plan: true } });
  return task;
}

// A coordinating organization's note of its own contribution to another organization's task (the lead
// organization logs progress instead). Kept as history with an audit entry.
export async function addTaskContribution(actor: Actor, taskId: string, input: unknown) {
  const task = await db.planTask.findUnique({
    where: { id: taskId },
    select: { plan: { select: { organizationId: true } }, coordinators: { select: { id: true } } },
  });
  if (!task) throw new NotFoundError();
  const resource = { organizationId: task.plan.organizationId, coordinatorOrganizationIds: task.coordinators.map((c) => c.id) };
  authorize(actor, "task:contribute", resource);
  const { note } = parseInput(taskContributionSchema, input);
  return db.$transaction(async (tx) => {
    const created = await tx.taskContribution.create({
      data: { taskId, organizationId: actor.user.organizationId, note, authorId: actor.user.id },
    });
    await recordAudit(tx, actor, {
      entity: "PlanTask",
      entityId: taskId,
      action: "contribute",
      after: { organizationId: actor.user.organizationId, note },
    });
    return created;
  });
}

// A task as a policy resource: its plan's organization, and the organizations that coordinate it (they may
// read it, so a refused write answers 403 rather than 404).
function taskResource(task: TaskWithLinks & { plan: { organizationId: string } }) {
  return { organizationId: task.plan.organizationId, coordinatorOrganizationIds: task.coordinators.map((c) => c.id) };
}

function currentTaskValues(task: TaskWithLinks) {
  return { ...taskSnapshot(task), status: task.status, progress: task.progress, version: task.version };
}

export async function updateTask(actor: Actor, taskId: string, input: unknown) {
  return db.$transaction(async (tx) => {
    const task = await loadTaskForUpdate(tx, taskId);
    authorize(actor, "task:update", taskResource(task));
    const { version, ...data } = parseInput(taskUpdateSchema, input);
    assertEditable(task.plan);
    if (task.version !== version) throw new ConflictError(undefined, currentTaskValues(task));
    await assertCodeFree(tx, task.planId, data.code, taskId);
    const ids = resolveTaskCodes(data, await loadReferenceCodes(tx));
    if (Object.keys(ids.errors).length) throw new ValidationError(ids.errors);
    const updated = await tx.planTask.update({
      where: { id: taskId },
      data: {
        ...taskData(data, ids),
        version: { increment: 1 },
        objectives: { set: ids.objectiveIds.map((id) => ({ id })) },
        indicators: { set: ids.indicatorIds.map((id) => ({ id })) },
        coordinators: { set: ids.coordinatorIds.map((id) => ({ id })) },
      },
      include: taskInclude,
    });
    await recordAudit(tx, actor, {
      entity: "PlanTask",
      entityId: taskId,
      action: "update",
      before: { ...taskSnapshot(task), status: task.status, progress: task.progress },
      after: { ...taskSnapshot(updated), status: updated.status, progress: updated.progress },
    });
    return updated;
  });
}

export async function deleteTask(actor: Actor, taskId: string, version: number) {
  return db.$transaction(async (tx) => {
    const task = await loadTaskForUpdate(tx, taskId);
    authorize(actor, "task:update", taskResource(task));
    assertEditable(task.plan);
    if (task.version !== version) throw new ConflictError(undefined, currentTaskValues(task));
    const reported = await tx.reportTaskRow.count({ where: { taskId } });
    if (reported) throw new InvalidStateError("This task already appears in a progress report and cannot be deleted; cancel it instead.");
    await tx.planTask.delete({ where: { id: taskId } });
    await tx.actionPlan.update({ where: { id: task.planId }, data: { version: { increment: 1 } } });
    await recordAudit(tx, actor, { entity: "PlanTask", entityId: taskId, action: "delete", before: taskSnapshot(task) });
  });
}

// Writes one progress entry (task status/% + history row + audit) on a task the caller has loaded and
// locked. Shared by progress logging and by accepted reports, so dashboards see one truth.
export async function writeTaskProgress(
  tx: Tx,
  actor: Actor,
  task: { id: string; status: string; progress: number },
  data: { status: TaskStatus; progress: number; note: string | null; evidenceUrl: string | null },
  reportId: string | null = null,
) {
  const updated = await tx.planTask.update({
    where: { id: task.id },
    data: { status: data.status, progress: data.progress, version: { increment: 1 } },
  });
  const update = await tx.taskUpdate.create({
    data: {
      taskId: task.id,
      status: data.status,
      progress: data.progress,
      note: data.note,
      evidenceUrl: data.evidenceUrl,
      createdById: actor.user.id,
      reportId,
    },
  });
  await recordAudit(tx, actor, {
    entity: "PlanTask",
    entityId: task.id,
    action: reportId ? "report-progress" : "log-progress",
    before: { status: task.status, progress: task.progress },
    after: {
      status: updated.status,
      progress: updated.progress,
      note: data.note,
      evidenceUrl: data.evidenceUrl,
      ...(reportId ? { reportId } : {}),
    },
  });
  return { task: updated, update };
}

// Progress between reports: status, % done, a note and an evidence link, kept as history. The update
// carries the version it was based on; a stale one is refused with the newer values (nothing is overwritten).
export async function logTaskProgress(actor: Actor, taskId: string, input: unknown) {
  return db.$transaction(async (tx) => {
    const task = await loadTaskForUpdate(tx, taskId);
    authorize(actor, "task:log-progress", taskResource(task));
    const { version, ...data } = parseInput(progressUpdateSchema, input);
    if (!canLogProgress(task.plan.status)) throw new InvalidStateError("Progress can be logged only on tasks of an approved plan.");
    if (task.version !== version) throw new ConflictError(undefined, currentTaskValues(task));
    return writeTaskProgress(tx, actor, task, data);
  });
}
