import "server-only";
import { readableOrganizations } from "@/lib/domain/policy";
import type { Actor, SessionUser } from "../auth/session";
import { db } from "../db";
import { authorize } from "../guards";

// The option lists of the plan and task forms (and of the plan list's filters), as plain DTOs. Reference data
// is public to every signed-in role ("strategy:read", "organization:read").
type Viewer = SessionUser | Actor;

export type TaskGroupOption = { code: string; verbVi: string; nameVi: string; nameEn: string };
export type ObjectiveOption = { code: string; level: "GENERAL" | "SPECIFIC"; titleVi: string; titleEn: string };
export type IndicatorOption = {
  code: string;
  nameVi: string;
  nameEn: string;
  unitVi: string;
  unitEn: string;
  objectiveCode: string | null;
};
export type OrganizationOption = { code: string; nameVi: string; nameEn: string | null; kind: string; isActive: boolean };

export async function listTaskGroupOptions(viewer: Viewer): Promise<TaskGroupOption[]> {
  authorize(viewer, "strategy:read");
  return db.taskGroup.findMany({ select: { code: true, verbVi: true, nameVi: true, nameEn: true }, orderBy: { sortOrder: "asc" } });
}

export async function listObjectiveOptions(viewer: Viewer): Promise<ObjectiveOption[]> {
  authorize(viewer, "strategy:read");
  return db.objective.findMany({ select: { code: true, level: true, titleVi: true, titleEn: true }, orderBy: { sortOrder: "asc" } });
}

export async function listIndicatorOptions(viewer: Viewer): Promise<IndicatorOption[]> {
  authorize(viewer, "strategy:read");
  const rows = await db.indicator.findMany({
    select: { code: true, nameVi: true, nameEn: true, unitVi: true, unitEn: true, objective: { select: { code: true } } },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
  });
  return rows.map(({ objective, ...row }) => ({ ...row, objectiveCode: objective?.code ?? null }));
}

// Active organizations (the service accepts only those as lead or coordinator), plus any inactive ones named in
// `includeCodes` — the values a task already holds — so an edit form still shows what is saved.
export async function listOrganizationOptions(viewer: Viewer, includeCodes: readonly string[] = []): Promise<OrganizationOption[]> {
  authorize(viewer, "organization:read");
  const codes = includeCodes.filter(Boolean);
  return db.organization.findMany({
    where: codes.length ? { OR: [{ isActive: true }, { code: { in: [...codes] } }] } : { isActive: true },
    select: { code: true, nameVi: true, nameEn: true, kind: true, isActive: true },
    orderBy: [{ kind: "asc" }, { nameVi: "asc" }],
  });
}

// Organizations that have at least one plan the viewer may read: the organization filter of the plan list.
export async function listPlanOrganizationOptions(viewer: Viewer): Promise<(OrganizationOption & { id: string })[]> {
  const user = "user" in viewer ? viewer.user : viewer;
  authorize(user, "plan:read");
  const scope = readableOrganizations(user, "plan:read");
  return db.organization.findMany({
    where: { plans: { some: {} }, ...(scope ? { id: { in: [...scope] } } : {}) },
    select: { id: true, code: true, nameVi: true, nameEn: true, kind: true, isActive: true },
    orderBy: { nameVi: "asc" },
  });
}

export async function getTaskFormOptions(viewer: Viewer, includeOrganizationCodes: readonly string[] = []) {
  const [taskGroups, objectives, indicators, organizations] = await Promise.all([
    listTaskGroupOptions(viewer),
    listObjectiveOptions(viewer),
    listIndicatorOptions(viewer),
    listOrganizationOptions(viewer, includeOrganizationCodes),
  ]);
  return { taskGroups, objectives, indicators, organizations };
}
