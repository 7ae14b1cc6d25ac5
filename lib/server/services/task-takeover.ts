import "server-only";
import { NotFoundError, ValidationError } from "@/lib/domain/errors";
import { isPlanContentEditable, PLAN_STATUSES, type PlanStatus } from "@/lib/domain/plan-workflow";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "../audit";
import type { Actor, SessionUser } from "../auth/session";
import { db } from "../db";
import { authorize } from "../guards";

// A successor organization (e.g. Tuyên Quang since 01/07/2025, or the Ministry of Agriculture and Environment
// since 01/03/2025) takes over its predecessor's open tasks into one of its own plans. The predecessor's plan and
// tasks stay as they were, with their history; each copy points to its original (PlanTask.takenOverFromId) and
// both get a progress note, all in one transaction with one audit entry per task.

type Tx = Prisma.TransactionClient;

const OPEN_STATUSES = ["NOT_STARTED", "IN_PROGRESS", "DELAYED"] as const;

export type TakeOverTargetsDto = {
  // Open tasks of the predecessor's plan not yet taken over.
  openTaskCount: number;
  // The successor's plans that can receive tasks (content editable).
  targets: Array<{ id: string; title: string; periodStart: number; periodEnd: number; status: PlanStatus }>;
};

// What the predecessor's plan page offers the successor's editors; null when the viewer may not take over.
export async function listTakeOverTargets(viewer: SessionUser, planId: string): Promise<TakeOverTargetsDto | null> {
  const plan = await db.actionPlan.findUnique({
    where: { id: planId },
    select: { id: true, organizationId: true, organization: { select: { successorId: true } } },
  });
  if (!plan) throw new NotFoundError();
  authorize(viewer, "plan:read", plan);
  if (!plan.organization.successorId || plan.organization.successorId !== viewer.organizationId) return null;
  // Only those who may change their own organization's tasks (its editors) take over.
  try {
    authorize(viewer, "task:update", { organizationId: viewer.organizationId });
  } catch {
    return null;
  }
  const targets = await db.actionPlan.findMany({
    where: { organizationId: viewer.organizationId, status: { in: PLAN_STATUSES.filter(isPlanContentEditable) } },
    orderBy: [{ periodStart: "desc" }, { title: "asc" }],
    select: { id: true, title: true, periodStart: true, periodEnd: true, status: true },
  });
  const openTaskCount = await db.planTask.count({ where: { planId, status: { in: [...OPEN_STATUSES] }, takenOverBy: null } });
  return { openTaskCount, targets };
}

async function lockPlan(tx: Tx, planId: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "ActionPlan" WHERE id = ${planId} FOR UPDATE`;
  if (!locked.length) throw new NotFoundError();
  return tx.actionPlan.findUniqueOrThrow({
    where: { id: planId },
    include: { organization: { select: { id: true, code: true, nameVi: true, successorId: true } } },
  });
}

// A code free in the receiving plan: the original's, else prefixed with the predecessor's code.
function freeCode(code: string, prefix: string, taken: Set<string>): string {
  const candidates = [code, `${prefix}-${code}`];
  for (let i = 2; ; i++) {
    const candidate = candidates.shift() ?? `${prefix}-${code}-${i}`;
    if (!taken.has(candidate)) {
      taken.add(candidate);
      return candidate;
    }
  }
}

export async function takeOverTasks(
  actor: Actor,
  input: { fromPlanId: string; toPlanId: string },
): Promise<{ count: number; taskIds: string[] }> {
  const fromPlanId = typeof input.fromPlanId === "string" ? input.fromPlanId.slice(0, 64) : "";
  const toPlanId = typeof input.toPlanId === "string" ? input.toPlanId.slice(0, 64) : "";
  return db.$transaction(async (tx) => {
    // Lock in a fixed order so two take-overs between the same plans cannot deadlock.
    const [first, second] = [fromPlanId, toPlanId].sort();
    const lockedFirst = await lockPlan(tx, first!);
    const lockedSecond = first === second ? lockedFirst : await lockPlan(tx, second!);
    const from = lockedFirst.id === fromPlanId ? lockedFirst : lockedSecond;
    const to = lockedFirst.id === toPlanId ? lockedFirst : lockedSecond;
    authorize(actor, "plan:read", from);
    authorize(actor, "task:update", to);
    if (from.organization.successorId !== to.organizationId || to.organizationId !== actor.user.organizationId) {
      throw new ValidationError({ toPlanId: ["not_a_successor"] });
    }
    if (!isPlanContentEditable(to.status)) throw new ValidationError({ toPlanId: ["plan_not_editable"] });

    const tasks = await tx.planTask.findMany({
      where: { planId: from.id, status: { in: [...OPEN_STATUSES] }, takenOverBy: null },
      include: { coordinators: { select: { id: true } }, objectives: { select: { id: true } }, indicators: { select: { id: true } } },
      orderBy: { code: "asc" },
    });
    if (!tasks.length) throw new ValidationError({ _form: ["nothing_to_take_over"] });

    const taken = new Set((await tx.planTask.findMany({ where: { planId: to.id }, select: { code: true } })).map((t) => t.code));
    const taskIds: string[] = [];
    for (const task of tasks) {
      const copy = await tx.planTask.create({
        data: {
          planId: to.id,
          code: freeCode(task.code, from.organization.code, taken),
          titleVi: task.titleVi,
          titleEn: task.titleEn,
          description: task.description,
          taskGroupId: task.taskGroupId,
          // A task the predecessor led is now led by its successor.
          leadOrganizationId: task.leadOrganizationId === from.organizationId ? to.organizationId : task.leadOrganizationId,
          leadUnitName: task.leadUnitName,
          coordinators: { connect: task.coordinators },
          objectives: { connect: task.objectives },
          indicators: { connect: task.indicators },
          startDate: task.startDate,
          dueDate: task.dueDate,
          budgetVnd: task.budgetVnd,
          fundingSource: task.fundingSource,
          expectedOutputs: task.expectedOutputs,
          isBreakthrough: task.isBreakthrough,
          breakthroughPhase: task.breakthroughPhase,
          status: task.status,
          progress: task.progress,
          takenOverFromId: task.id,
        },
        select: { id: true, code: true },
      });
      taskIds.push(copy.id);
      await tx.taskUpdate.createMany({
        data: [
          {
            taskId: task.id,
            status: task.status,
            progress: task.progress,
            note: `Chuyển sang kế hoạch “${to.title}” (${copy.code}) của đơn vị kế thừa.`,
            createdById: actor.user.id,
          },
          {
            taskId: copy.id,
            status: task.status,
            progress: task.progress,
            note: `Tiếp nhận từ kế hoạch “${from.title}” của ${from.organization.nameVi} (${task.code}).`,
            createdById: actor.user.id,
          },
        ],
      });
      await recordAudit(tx, actor, {
        entity: "PlanTask",
        entityId: copy.id,
        action: "take-over",
        changes: {
          takenOverFrom: { before: null, after: { taskId: task.id, code: task.code, planId: from.id } },
          planId: { before: null, after: to.id },
        },
      });
    }
    await tx.actionPlan.update({ where: { id: to.id }, data: { version: { increment: 1 } } });
    return { count: taskIds.length, taskIds };
  });
}
