import "server-only";
import type { DashboardFilters } from "@/lib/domain/dashboard-filters";
import type { CompletionRow, TaskCompletion } from "@/lib/domain/dashboard-types";
import { db } from "../../db";
import { authorize } from "../../guards";
import { completionColumns, countColumns, SCOPED_LINKS, scopedCounts, scopedTasks, toCompletion, type CompletionSqlRow } from "./fragments";
import { hasPartialSums } from "./partial-sums";
import { rollup, type Viewer } from "./rollup";
import { scopeOf, type Scope } from "./scope";

export function taskCompletion(scope: Scope): Promise<TaskCompletion> {
  return rollup("completion", scope, null, () => computeTaskCompletion(scope));
}

async function computeTaskCompletion(scope: Scope): Promise<TaskCompletion> {
  return hasPartialSums(scope) ? completionFromCounts(scope) : completionFromTasks(scope);
}

type Row = CompletionSqlRow & { code: string | null; title_vi: string; title_en: string };
const toRow = (row: Row): CompletionRow => ({ code: row.code, titleVi: row.title_vi, titleEn: row.title_en, ...toCompletion(row) });

// From the per-organization partial sums: a few rows per organization.
async function completionFromCounts(scope: Scope): Promise<TaskCompletion> {
  const cte = scopedCounts(scope);
  const [byObjective, byTaskGroup, [total]] = await Promise.all([
    db.$queryRaw<Row[]>`
      WITH ${cte}
      SELECT ob.code, ob."titleVi" AS title_vi, ob."titleEn" AS title_en, ${countColumns("c")}
        FROM "Objective" ob
        LEFT JOIN scoped_counts c ON c.dimension = 'OBJECTIVE' AND c.key = ob.id
       WHERE ob.level = 'SPECIFIC'
       GROUP BY ob.id
       ORDER BY ob."sortOrder", ob.code`,
    db.$queryRaw<Row[]>`
      WITH ${cte}
      SELECT * FROM (
        SELECT tg.code, tg."nameVi" AS title_vi, tg."nameEn" AS title_en, tg."sortOrder" AS sort_order, ${countColumns("c")}
          FROM "TaskGroup" tg
          LEFT JOIN scoped_counts c ON c.dimension = 'TASK' AND c.task_group_id = tg.id
         GROUP BY tg.id
        UNION ALL
        SELECT NULL, '', '', 1000, ${countColumns("c")}
          FROM scoped_counts c
         WHERE c.dimension = 'TASK' AND c.task_group_id = ''
        HAVING SUM(c.total) > 0
      ) groups
      ORDER BY sort_order, code`,
    db.$queryRaw<CompletionSqlRow[]>`WITH ${cte} SELECT ${countColumns("c")} FROM scoped_counts c WHERE c.dimension = 'TASK'`,
  ]);
  return { byObjective: byObjective.map(toRow), byTaskGroup: byTaskGroup.map(toRow), total: toCompletion(total!) };
}

// From the tasks themselves (a year under review, an objective's drill-down).
async function completionFromTasks(scope: Scope): Promise<TaskCompletion> {
  const cte = scopedTasks(scope);
  const [byObjective, byTaskGroup, [total]] = await Promise.all([
    db.$queryRaw<Row[]>`
      WITH ${cte}, ${SCOPED_LINKS}
      SELECT ob.code, ob."titleVi" AS title_vi, ob."titleEn" AS title_en, ${completionColumns("st")}
        FROM "Objective" ob
        LEFT JOIN scoped_links sl ON sl.objective_id = ob.id
        LEFT JOIN scoped_tasks st ON st.id = sl.task_id
       WHERE ob.level = 'SPECIFIC'
       GROUP BY ob.id
       ORDER BY ob."sortOrder", ob.code`,
    db.$queryRaw<Row[]>`
      WITH ${cte}
      SELECT * FROM (
        SELECT tg.code, tg."nameVi" AS title_vi, tg."nameEn" AS title_en, tg."sortOrder" AS sort_order, ${completionColumns("st")}
          FROM "TaskGroup" tg
          LEFT JOIN scoped_tasks st ON st.task_group_id = tg.id
         GROUP BY tg.id
        UNION ALL
        SELECT NULL, '', '', 1000, ${completionColumns("st")}
          FROM scoped_tasks st
         WHERE st.task_group_id IS NULL
        HAVING COUNT(*) > 0
      ) groups
      ORDER BY sort_order, code`,
    db.$queryRaw<CompletionSqlRow[]>`WITH ${cte} SELECT ${completionColumns("st")} FROM scoped_tasks st`,
  ]);
  return { byObjective: byObjective.map(toRow), byTaskGroup: byTaskGroup.map(toRow), total: toCompletion(total!) };
}

// Task counts by status, overdue, % complete and average progress, by specific objective (a task linked to
// two objectives counts under both) and by task group, plus the distinct total.
export async function getTaskCompletion(viewer: Viewer, filters: DashboardFilters, now = new Date()): Promise<TaskCompletion> {
  authorize(viewer, "dashboard:read");
  return taskCompletion(scopeOf(filters, now));
}
