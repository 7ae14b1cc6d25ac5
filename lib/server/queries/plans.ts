import "server-only";
import { NotFoundError } from "@/lib/domain/errors";
import { readableOrganizations } from "@/lib/domain/policy";
import type { PlanStatus } from "@/lib/generated/prisma/enums";
import { db } from "../db";
import { authorize } from "../guards";
import type { Actor, SessionUser } from "../auth/session";

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
  isDemo: boolean;
  organization: { id: string; code: string; nameVi: string; nameEn: string | null };
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
  isDemo: true,
  updatedAt: true,
  version: true,
  organization: { select: { id: true, code: true, nameVi: true, nameEn: true } },
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
export async function listPlans(viewer: Viewer, filters: { organizationId?: string; status?: PlanStatus; take?: number; skip?: number } = {}) {
  const user = userOf(viewer);
  authorize(user, "plan:read");
  const scope = readableOrganizations(user, "plan:read");
  const where = {
    ...(filters.status ? { status: filters.status } : {}),
    organizationId: scope ? { in: filters.organizationId ? scope.filter((id) => id === filters.organizationId) : [...scope] } : filters.organizationId,
  };
  const [rows, total] = await Promise.all([
    db.actionPlan.findMany({ where, select: summarySelect, orderBy: { updatedAt: "desc" }, take: filters.take ?? 50, skip: filters.skip ?? 0 }),
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
