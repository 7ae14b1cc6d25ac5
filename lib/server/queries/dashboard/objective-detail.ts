import "server-only";
import { clampPage, pageCountOf, SCORECARD_PAGE_SIZE, type DashboardOrganizationGroup } from "@/lib/domain/dashboard-filters";
import type { ObjectiveDetail, ObjectiveTask } from "@/lib/domain/dashboard-types";
import { db } from "../../db";
import { authorize } from "../../guards";
import {
  completionColumns,
  scopedTasks,
  TASK_JOINS,
  taskColumns,
  toCompletion,
  toTaskItem,
  type CompletionSqlRow,
  type TaskSqlRow,
} from "./fragments";
import { headlineIndicators } from "./indicators";
import type { Viewer } from "./rollup";
import { scopeOf } from "./scope";

// An objective with its indicators (and status), the tasks in force that serve it across organizations
// (filterable by organization kind, 50 a page), the organizations involved, and for each task the reports in
// which it appears. null when no objective has the code.
export async function getObjectiveDetail(
  viewer: Viewer,
  code: string,
  query: { orgKind?: DashboardOrganizationGroup; page?: number },
  now = new Date(),
): Promise<ObjectiveDetail | null> {
  authorize(viewer, "dashboard:read");
  const objective = await db.objective.findUnique({
    where: { code },
    select: {
      id: true,
      code: true,
      level: true,
      titleVi: true,
      titleEn: true,
      sourceUrls: true,
      taskGroup: { select: { code: true, nameVi: true, nameEn: true } },
    },
  });
  if (!objective) return null;
  const scope = scopeOf({ orgKind: query.orgKind }, now, { objectiveId: objective.id });
  const cte = scopedTasks(scope);
  type OrgRow = CompletionSqlRow & {
    id: string;
    code: string;
    name_vi: string;
    name_en: string | null;
    short_name_vi: string | null;
    kind: string;
    region: string | null;
    plans: { id: string; title: string }[];
  };
  const [indicators, [completion], organizations] = await Promise.all([
    headlineIndicators(scopeOf({}, now), { objectiveId: objective.id }),
    db.$queryRaw<CompletionSqlRow[]>`WITH ${cte} SELECT ${completionColumns("st")} FROM scoped_tasks st`,
    db.$queryRaw<OrgRow[]>`
      WITH ${cte}
      SELECT o.id, o.code, o."nameVi" AS name_vi, o."nameEn" AS name_en, o."shortNameVi" AS short_name_vi, o.kind::text AS kind, o.region::text AS region,
             (SELECT json_agg(json_build_object('id', p.id, 'title', p.title) ORDER BY p."periodStart", p.title)
                FROM "ActionPlan" p WHERE p.id IN (SELECT plan_id FROM scoped_tasks s2 WHERE s2.organization_id = o.id)) AS plans,
             ${completionColumns("st")}
        FROM scoped_tasks st JOIN "Organization" o ON o.id = st.organization_id
       GROUP BY o.id
       ORDER BY o.kind, o.code`,
  ]);
  const total = completion!.total;
  const page = clampPage(query.page ?? 1, total, SCORECARD_PAGE_SIZE);
  const tasks = await db.$queryRaw<(TaskSqlRow & { reports: ObjectiveTask["reports"] | null })[]>`
    WITH ${cte}
    SELECT ${taskColumns(scope)},
           (SELECT json_agg(json_build_object('id', r.id, 'status', r.status, 'kind', per.kind, 'year', per.year, 'number', per.number) ORDER BY per."cutoffEnd", per.kind)
              FROM "ReportTaskRow" rr
              JOIN "ProgressReport" r ON r.id = rr."reportId"
              JOIN "ReportingPeriod" per ON per.id = r."periodId"
             WHERE rr."taskId" = st.id) AS reports
      FROM scoped_tasks st ${TASK_JOINS}
     ORDER BY o.kind, o.code, st.code
     LIMIT ${SCORECARD_PAGE_SIZE} OFFSET ${(page - 1) * SCORECARD_PAGE_SIZE}`;
  return {
    objective: {
      code: objective.code,
      level: objective.level,
      titleVi: objective.titleVi,
      titleEn: objective.titleEn,
      sourceUrls: objective.sourceUrls,
      taskGroup: objective.taskGroup,
    },
    indicators,
    completion: toCompletion(completion!),
    organizations: organizations.map((row) => ({
      id: row.id,
      code: row.code,
      nameVi: row.name_vi,
      nameEn: row.name_en,
      shortNameVi: row.short_name_vi,
      kind: row.kind,
      region: row.region,
      plans: row.plans ?? [],
      ...toCompletion(row),
    })),
    tasks: tasks.map((row) => ({ ...toTaskItem(row), reports: row.reports ?? [] })),
    total,
    page,
    pageCount: pageCountOf(total, SCORECARD_PAGE_SIZE),
    pageSize: SCORECARD_PAGE_SIZE,
  };
}
