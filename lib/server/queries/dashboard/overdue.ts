import "server-only";
import type { DashboardFilters } from "@/lib/domain/dashboard-filters";
import type { OverdueTasks } from "@/lib/domain/dashboard-types";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "../../db";
import { authorize } from "../../guards";
import { scopedCounts, scopedTasks, TASK_JOINS, taskColumns, toTaskItem, type TaskSqlRow } from "./fragments";
import { hasPartialSums } from "./partial-sums";
import { rollup, type Viewer } from "./rollup";
import { scopeOf, type Scope } from "./scope";

const { sql, empty } = Prisma;

export function overdueTasks(scope: Scope, limit: number | null): Promise<OverdueTasks> {
  return rollup("overdue", scope, limit, () => computeOverdueTasks(scope, limit));
}

async function computeOverdueTasks(scope: Scope, limit: number | null): Promise<OverdueTasks> {
  if (limit !== null && hasPartialSums(scope)) {
    // The count from the partial sums; the list walks the tasks by due date and stops at the limit.
    const [[count], rows] = await Promise.all([
      db.$queryRaw<
        { overdue: number }[]
      >`WITH ${scopedCounts(scope)} SELECT COALESCE(SUM(overdue), 0)::int AS overdue FROM scoped_counts WHERE dimension = 'TASK'`,
      db.$queryRaw<TaskSqlRow[]>`
        WITH ${scopedTasks(scope)}
        SELECT ${taskColumns(scope, false)}
          FROM scoped_tasks st ${TASK_JOINS}
         WHERE st.is_overdue
         ORDER BY st.due_date, o.code, st.code
         LIMIT ${limit}`,
    ]);
    return { total: count?.overdue ?? 0, tasks: rows.map(toTaskItem) };
  }
  const rows = await db.$queryRaw<TaskSqlRow[]>`
    WITH ${scopedTasks(scope)}
    SELECT ${taskColumns(scope)}
      FROM scoped_tasks st ${TASK_JOINS}
     WHERE st.is_overdue
     ORDER BY st.due_date, o.code, st.code
     ${limit === null ? empty : sql`LIMIT ${limit}`}`;
  return { total: rows[0]?.total_rows ?? 0, tasks: rows.map(toTaskItem) };
}

// Tasks past their due date and neither completed nor cancelled, the longest overdue first (`limit` rows, with
// the total count).
export async function listOverdueTasks(
  viewer: Viewer,
  filters: DashboardFilters,
  now = new Date(),
  options: { limit?: number | null } = {},
): Promise<OverdueTasks> {
  authorize(viewer, "dashboard:read");
  return overdueTasks(scopeOf(filters, now), options.limit === undefined ? 20 : options.limit);
}
