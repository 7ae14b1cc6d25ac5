// Demo accounts and illustrative action plans (only in demo mode). Runs once: if the demo administrator
// already exists, nothing is touched, so people's changes to the demo data survive a restart.
// Requires the reference data (organizations, task groups, objectives, indicators) to be seeded first.
import type { Prisma, PrismaClient } from "../../lib/generated/prisma/client";
import { hashPassword } from "../../lib/security/password";
import {
  DEMO_PASSWORD,
  DEMO_PLANS,
  DEMO_REVIEWER_EMAIL,
  DEMO_SENTINEL_EMAIL,
  DEMO_USERS,
  type DemoPlan,
  type DemoTask,
} from "./demo-content";
import { toDate } from "./reference-data";

type Tx = Prisma.TransactionClient;

// Vietnam has one time zone (UTC+7); demo events happen during office hours there.
function officeTime(isoDay: string): Date {
  return new Date(`${isoDay}T09:00:00+07:00`);
}

function currentState(task: DemoTask) {
  const last = task.updates.at(-1);
  if (!last) throw new Error(`Demo task ${task.code} has no progress history`);
  return { status: last.status, progress: last.progress };
}

async function requireOrganizationIds(tx: Tx, codes: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(codes)];
  const rows = await tx.organization.findMany({ where: { code: { in: unique } }, select: { id: true, code: true } });
  const ids = new Map(rows.map((row) => [row.code, row.id]));
  const missing = unique.filter((code) => !ids.has(code));
  if (missing.length > 0) {
    throw new Error(`Demo data needs organizations ${missing.join(", ")}: seed the reference data first`);
  }
  return ids;
}

function requireId(ids: Map<string, string>, key: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`Demo data refers to unknown ${key}`);
  return id;
}

function planSnapshot(plan: DemoPlan) {
  return {
    plan: {
      title: plan.title,
      titleEn: plan.titleEn,
      periodStart: plan.periodStart,
      periodEnd: plan.periodEnd,
      documentNumber: null,
      documentDate: null,
    },
    tasks: plan.tasks.map((task) => ({
      code: task.code,
      titleVi: task.titleVi,
      titleEn: task.titleEn,
      taskGroupCode: task.taskGroupCode,
      objectiveCodes: task.objectiveCodes,
      indicatorCodes: task.indicatorCodes,
      leadOrganizationCode: task.leadOrganizationCode ?? plan.organizationCode,
      coordinatorCodes: task.coordinatorCodes ?? [],
      startDate: task.startDate,
      dueDate: task.dueDate,
      budgetVnd: task.budgetVnd?.toString() ?? null, // JSON has no BigInt
      fundingSource: task.fundingSource ?? null,
      isBreakthrough: task.isBreakthrough ?? false,
      breakthroughPhase: task.breakthroughPhase ?? null,
    })),
  };
}

async function createPlan(tx: Tx, plan: DemoPlan, userIds: Map<string, string>): Promise<void> {
  const authorId = requireId(userIds, plan.authorEmail);
  const reviewerId = requireId(userIds, DEMO_REVIEWER_EMAIL);
  const created = await tx.actionPlan.create({
    data: {
      organization: { connect: { code: plan.organizationCode } },
      title: plan.title,
      titleEn: plan.titleEn,
      periodStart: plan.periodStart,
      periodEnd: plan.periodEnd,
      status: plan.status,
      isDemo: true,
      createdById: authorId,
      createdAt: officeTime(plan.createdAt),
      submittedAt: plan.submittedAt ? officeTime(plan.submittedAt) : null,
      // The day MOFA recorded (or approved) the plan; a plan it commented on has none.
      approvedAt:
        plan.approvedAt && (plan.status === "RECORDED" || plan.status === "APPROVED" || plan.status === "REVISION")
          ? officeTime(plan.approvedAt)
          : null,
      tasks: {
        create: plan.tasks.map((task) => ({
          code: task.code,
          titleVi: task.titleVi,
          titleEn: task.titleEn,
          taskGroup: { connect: { code: task.taskGroupCode } },
          leadOrganization: { connect: { code: task.leadOrganizationCode ?? plan.organizationCode } },
          coordinators: { connect: (task.coordinatorCodes ?? []).map((code) => ({ code })) },
          objectives: { connect: task.objectiveCodes.map((code) => ({ code })) },
          indicators: { connect: task.indicatorCodes.map((code) => ({ code })) },
          startDate: toDate(task.startDate),
          dueDate: toDate(task.dueDate),
          budgetVnd: task.budgetVnd ?? null,
          fundingSource: task.fundingSource ?? null,
          expectedOutputs: task.expectedOutputs ?? null,
          isBreakthrough: task.isBreakthrough ?? false,
          breakthroughPhase: task.breakthroughPhase ?? null,
          ...currentState(task),
          createdAt: officeTime(plan.createdAt),
          updates: {
            create: task.updates.map((update) => ({
              status: update.status,
              progress: update.progress,
              note: update.note,
              createdById: authorId,
              createdAt: officeTime(update.at),
            })),
          },
        })),
      },
    },
    select: { id: true },
  });

  if (plan.submittedAt) {
    const isDecided = plan.status === "RECORDED" || plan.status === "APPROVED" || plan.status === "COMMENTED";
    await tx.planSubmission.create({
      data: {
        planId: created.id,
        number: 1,
        snapshot: planSnapshot(plan),
        submittedAt: officeTime(plan.submittedAt),
        submittedById: authorId,
        decision: isDecided ? plan.status : null,
        decidedAt: isDecided && plan.approvedAt ? officeTime(plan.approvedAt) : null,
        decidedById: isDecided ? reviewerId : null,
        comment: isDecided ? (plan.reviewComment ?? null) : null,
      },
    });
  }
}

export async function seedDemo(prisma: PrismaClient): Promise<void> {
  const existing = await prisma.user.findFirst({
    where: { email: { equals: DEMO_SENTINEL_EMAIL, mode: "insensitive" } },
    select: { id: true },
  });
  if (existing) return;

  // argon2 is slow on purpose: hash before opening the transaction.
  const passwordHashes = new Map<string, string>();
  for (const user of DEMO_USERS) passwordHashes.set(user.email, await hashPassword(DEMO_PASSWORD));

  await prisma.$transaction(
    async (tx) => {
      const organizationIds = await requireOrganizationIds(tx, [
        ...DEMO_USERS.map((user) => user.organizationCode),
        ...DEMO_PLANS.flatMap((plan) => [
          plan.organizationCode,
          ...plan.tasks.flatMap((task) => [
            ...(task.coordinatorCodes ?? []),
            ...(task.leadOrganizationCode ? [task.leadOrganizationCode] : []),
          ]),
        ]),
      ]);
      const userIds = new Map<string, string>();
      for (const user of DEMO_USERS) {
        const created = await tx.user.create({
          data: {
            email: user.email,
            name: user.name,
            role: user.role,
            organizationId: requireId(organizationIds, user.organizationCode),
            passwordHash: requireId(passwordHashes, user.email),
            locale: "vi",
            mustChangePassword: false,
            isDemo: true,
          },
          select: { id: true },
        });
        userIds.set(user.email, created.id);
      }
      for (const plan of DEMO_PLANS) await createPlan(tx, plan, userIds);
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}
