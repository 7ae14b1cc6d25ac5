import "server-only";
import { db } from "../db";

export type ListItem = { code: string; name: string };

// The codes offered by the spreadsheet's drop-down lists, as they stand in the database today.
export type ReferenceLists = {
  taskGroups: ListItem[];
  objectives: ListItem[];
  indicators: ListItem[];
  organizations: ListItem[];
};

export async function loadReferenceLists(): Promise<ReferenceLists> {
  const [taskGroups, objectives, indicators, organizations] = await Promise.all([
    db.taskGroup.findMany({ select: { code: true, verbVi: true, nameVi: true }, orderBy: { sortOrder: "asc" } }),
    db.objective.findMany({ select: { code: true, titleVi: true }, orderBy: { sortOrder: "asc" } }),
    db.indicator.findMany({ select: { code: true, nameVi: true }, orderBy: [{ sortOrder: "asc" }, { code: "asc" }] }),
    db.organization.findMany({ where: { isActive: true }, select: { code: true, nameVi: true }, orderBy: { code: "asc" } }),
  ]);
  return {
    taskGroups: taskGroups.map((g) => ({ code: g.code, name: g.nameVi || g.verbVi })),
    objectives: objectives.map((o) => ({ code: o.code, name: o.titleVi })),
    indicators: indicators.map((i) => ({ code: i.code, name: i.nameVi })),
    organizations: organizations.map((o) => ({ code: o.code, name: o.nameVi })),
  };
}
