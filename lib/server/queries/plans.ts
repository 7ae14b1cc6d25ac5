import "server-only";
import { NotFoundError } from "@/lib/domain/errors";
import { diffPlanSnapshots, type PlanSnapshot } from "@/lib/domain/plan-diff";
import { readableOrganizations } from "@/lib/domain/policy";
import type { PlanStatus } from "@/lib/generated/prisma/enums";
import { db } from "../db";
import { authorize } from "../guards";
import type { Actor, SessionUser } from "../auth/session";
import type { TaskDto } from "@/lib/dto/tasks";

type Viewer = SessionUser | Actor;
const userOf = (viewer: Viewer) => ("user" in viewer ? viewer.user : viewer);

export type PlanSummary = {
  id: string;
  title: string;
  titleEn: string | null;
  status: PlanStatus;
  periodStart: number;
  periodEnd: number;
  documentNumber: string | null;
  documentDate: string | null;
  signerName: string | null;
  isDemo: boolean;
  // MOFA_UNIT plans are approved by MOFA; every other body's plan is recorded.
  organization: { id: string; code: string; nameVi: string; nameEn: string | null; kind: string };
  taskCount: number;
  updatedAt: string;
  version: number;
};

const summarySelect = {
  id: true,
  title: true,
  titleEn: true,
  status: true,
  periodStart: true,
  periodEnd: true,
  documentNumber: true,
  documentDate: true,
  signerName: true,
  isDemo: true,
  updatedAt: true,
  version: true,
  organization: { select: { id: true, code: true, nameVi: true, nameEn: true, kind: true } },
  _count: { select: { tasks: true } },
} as const;

function toSummary(row: {
  id: string;
  title: string;
  titleEn: string | null;
  status: PlanStatus;
  periodStart: number;
  periodEnd: number;
  documentNumber: string | null;
  documentDate: Date | null;
  signerName: string | null;
  isDemo: boolean;
  updatedAt: Date;
  version: number;
  organization: PlanSummary["organization"];
  _count: { tasks: number };
}): PlanSummary {
  return {
    ...row,
    documentDate: row.documentDate?.toISOString().slice(0, 10) ?? null,
    updatedAt: row.updatedAt.toISOString(),
    taskCount: row._count.tasks,
  };
}

// Plans the viewer may read, newest first. Organization staff see their organization's (and predecessors').
export async function listPlans(
  viewer: Viewer,
  filters: { organizationId?: string; status?: PlanStatus; take?: number; skip?: number } = {},
) {
  const user = userOf(viewer);
  authorize(user, "plan:read");
  const scope = readableOrganizations(user, "plan:read");
  const where = {
    ...(filters.status ? { status: filters.status } : {}),
    organizationId: scope
      ? { in: filters.organizationId ? scope.filter((id) => id === filters.organizationId) : [...scope] }
      : filters.organizationId,
  };
  const [rows, total] = await Promise.all([
    db.actionPlan.findMany({
      where,
      select: summarySelect,
      orderBy: { updatedAt: "desc" },
      take: filters.take ?? 50,
      skip: filters.skip ?? 0,
    }),
    db.actionPlan.count({ where }),
  ]);
  return { plans: rows.map(toSummary), total };
}

// One plan, if the viewer may read it; otherwise NotFoundError (nothing is revealed about other organizations).
export async function getPlan(viewer: Viewer, planId: string) {
  const plan = await db.actionPlan.findUnique({ where: { id: planId }, select: summarySelect });
  if (!plan) throw new NotFoundError();
  authorize(viewer, "plan:read", { organizationId: plan.organization.id });
  return toSummary(plan);
}

// ───────────────────────── detail, review, tasks ─────────────────────────

const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;

const isInForceDecision = (decision: string | null) => decision === "RECORDED" || decision === "APPROVED";

const taskDtoInclude = {
  taskGroup: { select: { code: true } },
  objectives: { select: { code: true } },
  indicators: { select: { code: true } },
  leadOrganization: { select: { code: true, nameVi: true } },
  coordinators: { select: { code: true } },
} as const;

type TaskRow = Awaited<ReturnType<typeof db.planTask.findFirstOrThrow<{ include: typeof taskDtoInclude }>>>;

function toTaskDto(t: TaskRow): TaskDto {
  return {
    id: t.id,
    code: t.code,
    titleVi: t.titleVi,
    titleEn: t.titleEn,
    description: t.description,
    taskGroupCode: t.taskGroup?.code ?? null,
    objectiveCodes: t.objectives.map((o) => o.code).sort(),
    indicatorCodes: t.indicators.map((i) => i.code).sort(),
    leadOrganizationCode: t.leadOrganization?.code ?? null,
    leadOrganizationName: t.leadOrganization?.nameVi ?? null,
    leadUnitName: t.leadUnitName,
    coordinatorCodes: t.coordinators.map((c) => c.code).sort(),
    startDate: day(t.startDate),
    dueDate: day(t.dueDate),
    budgetVnd: t.budgetVnd?.toString() ?? null,
    fundingSource: t.fundingSource,
    expectedOutputs: t.expectedOutputs,
    isBreakthrough: t.isBreakthrough,
    breakthroughPhase: t.breakthroughPhase,
    status: t.status,
    progress: t.progress,
    version: t.version,
    updatedAt: t.updatedAt.toISOString(),
  };
}

export type ReviewCommentDto = {
  id: string;
  taskId: string | null;
  body: string;
  createdAt: string;
  submissionNumber: number | null;
  authorName: string | null;
};
export type SubmissionDto = {
  number: number;
  submittedAt: string;
  decision: string | null;
  decidedAt: string | null;
  comment: string | null;
  documentNumber: string | null;
  documentDate: string | null;
  signerName: string | null;
  signedCopy: { id: string; fileName: string; sha256: string } | null;
};

export async function getPlanDetail(viewer: Viewer, planId: string) {
  const summary = await getPlan(viewer, planId);
  const [tasks, submissions, comments, attachments] = await Promise.all([
    db.planTask.findMany({ where: { planId }, include: taskDtoInclude, orderBy: { code: "asc" } }),
    db.planSubmission.findMany({
      where: { planId },
      include: { signedCopy: { select: { id: true, fileName: true, sha256: true } } },
      orderBy: { number: "asc" },
    }),
    db.planReviewComment.findMany({
      where: { planId },
      include: { submission: { select: { number: true } } },
      orderBy: { createdAt: "asc" },
    }),
    db.attachment.findMany({
      where: { planId },
      select: { id: true, fileName: true, mimeType: true, sizeBytes: true, createdAt: true, isOfficialRecord: true },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  const authorIds = [...new Set(comments.map((c) => c.authorId).filter((id): id is string => Boolean(id)))];
  const authors = new Map(
    (await db.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]),
  );
  return {
    plan: summary,
    tasks: tasks.map(toTaskDto),
    submissions: submissions.map<SubmissionDto>((s) => ({
      number: s.number,
      submittedAt: s.submittedAt.toISOString(),
      decision: s.decision,
      decidedAt: s.decidedAt?.toISOString() ?? null,
      comment: s.comment,
      documentNumber: s.documentNumber,
      documentDate: day(s.documentDate),
      signerName: s.signerName,
      signedCopy: s.signedCopy,
    })),
    comments: comments.map<ReviewCommentDto>((c) => ({
      id: c.id,
      taskId: c.taskId,
      body: c.body,
      createdAt: c.createdAt.toISOString(),
      submissionNumber: c.submission?.number ?? null,
      authorName: c.authorId ? (authors.get(c.authorId) ?? null) : null,
    })),
    attachments: attachments.map((a) => ({ ...a, createdAt: a.createdAt.toISOString() })),
  };
}

// What changed since the last recorded or approved version (the reviewer's view): the latest sending against
// the newest recorded or approved one before it.
export async function getPlanChangesSinceApproval(viewer: Viewer, planId: string) {
  await getPlan(viewer, planId);
  const submissions = await db.planSubmission.findMany({ where: { planId }, orderBy: { number: "desc" } });
  const latest = submissions[0];
  if (!latest) return null;
  const approved = submissions.find((s) => s.number < latest.number && isInForceDecision(s.decision)) ?? null;
  return {
    latestNumber: latest.number,
    approvedNumber: approved?.number ?? null,
    diff: diffPlanSnapshots((approved?.snapshot as PlanSnapshot | undefined) ?? null, latest.snapshot as unknown as PlanSnapshot),
  };
}

// MOFA's queue: plans sent and awaiting its record (or approval), oldest first, with their age in days.
export async function listReviewQueue(viewer: Viewer, now = new Date()) {
  authorize(viewer, "plan:review");
  const rows = await db.actionPlan.findMany({
    where: { status: "SENT" },
    select: { ...summarySelect, submittedAt: true, submissions: { select: { number: true, decision: true }, orderBy: { number: "desc" } } },
    orderBy: { submittedAt: "asc" },
  });
  return rows.map(({ submissions, ...row }) => ({
    ...toSummary(row),
    submissionNumber: submissions[0]?.number ?? null,
    approvedNumber: submissions.find((s) => isInForceDecision(s.decision))?.number ?? null,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    ageDays: row.submittedAt ? Math.floor((now.getTime() - row.submittedAt.getTime()) / 86_400_000) : null,
  }));
}

// The plans awaiting the viewer's unit leader: submitted by an officer, not yet sent (own organization only).
export async function listAwaitingLeader(viewer: Viewer) {
  const user = userOf(viewer);
  authorize(user, "plan:send");
  const rows = await db.actionPlan.findMany({
    where: { status: "AWAITING_LEADER", organizationId: user.organizationId },
    select: summarySelect,
    orderBy: { updatedAt: "asc" },
  });
  return rows.map(toSummary);
}

// A task, for its own organization and for the organizations that coordinate it (they see it, its progress and
// the contributions noted on it, but not the rest of the plan).
export async function getTask(viewer: Viewer, taskId: string) {
  const task = await db.planTask.findUnique({
    where: { id: taskId },
    include: {
      ...taskDtoInclude,
      coordinators: { select: { id: true, code: true } },
      plan: { select: { id: true, organizationId: true, status: true, title: true, organization: { select: { nameVi: true } } } },
    },
  });
  if (!task) throw new NotFoundError();
  const resource = { organizationId: task.plan.organizationId, coordinatorOrganizationIds: task.coordinators.map((c) => c.id) };
  authorize(viewer, "task:read", resource);
  const updates = await db.taskUpdate.findMany({
    where: { taskId },
    include: { createdBy: { select: { name: true } } },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
  const comments = await db.planReviewComment.findMany({ where: { taskId }, orderBy: { createdAt: "desc" } });
  const contributions = await db.taskContribution.findMany({
    where: { taskId },
    include: { organization: { select: { nameVi: true } } },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
  const contributionAuthors = new Map(
    (
      await db.user.findMany({
        where: { id: { in: contributions.flatMap((c) => (c.authorId ? [c.authorId] : [])) } },
        select: { id: true, name: true },
      })
    ).map((u) => [u.id, u.name]),
  );
  return {
    task: toTaskDto(task),
    plan: {
      id: task.plan.id,
      status: task.plan.status,
      title: task.plan.title,
      organizationId: task.plan.organizationId,
      organizationName: task.plan.organization.nameVi,
    },
    // For the policy's coordinator rules (who may read it and note a contribution).
    resource,
    contributions: contributions.map((c) => ({
      id: c.id,
      organizationName: c.organization.nameVi,
      note: c.note,
      createdAt: c.createdAt.toISOString(),
      authorName: c.authorId ? (contributionAuthors.get(c.authorId) ?? null) : null,
    })),
    updates: updates.map((u) => ({
      id: u.id,
      status: u.status,
      progress: u.progress,
      note: u.note,
      evidenceUrl: u.evidenceUrl,
      createdAt: u.createdAt.toISOString(),
      authorName: u.createdBy?.name ?? null,
      reportId: u.reportId,
    })),
    reviewComments: comments.map((c) => ({ id: c.id, body: c.body, createdAt: c.createdAt.toISOString() })),
  };
}

export async function listPlanTasks(viewer: Viewer, planId: string) {
  await getPlan(viewer, planId);
  const tasks = await db.planTask.findMany({ where: { planId }, include: taskDtoInclude, orderBy: { code: "asc" } });
  return tasks.map(toTaskDto);
}
