import "server-only";
import type { DashboardFilters } from "@/lib/domain/dashboard-filters";
import type { Breakthroughs } from "@/lib/domain/dashboard-types";
import { db } from "../../db";
import { authorize } from "../../guards";
import {
  completionColumns,
  countColumns,
  scopedCounts,
  scopedTasks,
  TASK_JOINS,
  taskColumns,
  toCompletion,
  toTaskItem,
  type CompletionSqlRow,
  type TaskSqlRow,
} from "./fragments";
import { hasPartialSums } from "./partial-sums";
import { rollup, type Viewer } from "./rollup";
import { scopeOf, type Scope } from "./scope";

export function breakthroughs(scope: Scope): Promise<Breakthroughs> {
  return rollup("breakthroughs", scope, null, () => computeBreakthroughs(scope));
}

async function computeBreakthroughs(scope: Scope): Promise<Breakthroughs> {
  const cte = scopedTasks(scope);
  const counted = hasPartialSums(scope);
  const [byPhase, [total], tasks] = await Promise.all([
    counted
      ? db.$queryRaw<(CompletionSqlRow & { phase: string | null })[]>`
      WITH ${scopedCounts(scope)}
      SELECT NULLIF(c.key, '') AS phase, ${countColumns("c")}
        FROM scoped_counts c
       WHERE c.dimension = 'PHASE'
       GROUP BY 1
       ORDER BY 1 NULLS LAST`
      : db.$queryRaw<(CompletionSqlRow & { phase: string | null })[]>`
      WITH ${cte}
      SELECT NULLIF(btrim(st.phase), '') AS phase, ${completionColumns("st")}
        FROM scoped_tasks st
       WHERE st.is_breakthrough
       GROUP BY 1
       ORDER BY 1 NULLS LAST`,
    counted
      ? db.$queryRaw<
          CompletionSqlRow[]
        >`WITH ${scopedCounts(scope)} SELECT ${countColumns("c")} FROM scoped_counts c WHERE c.dimension = 'PHASE'`
      : db.$queryRaw<CompletionSqlRow[]>`WITH ${cte} SELECT ${completionColumns("st")} FROM scoped_tasks st WHERE st.is_breakthrough`,
    db.$queryRaw<(TaskSqlRow & { phase: string | null })[]>`
      WITH ${cte}
      SELECT ${taskColumns(scope, false)}, NULLIF(btrim(st.phase), '') AS phase FROM scoped_tasks st ${TASK_JOINS}
       WHERE st.is_breakthrough
       ORDER BY st.phase NULLS LAST, o.code, st.code
       LIMIT 100`,
  ]);
  return {
    byPhase: byPhase.map((row) => ({ phase: row.phase, ...toCompletion(row) })),
    total: toCompletion(total!),
    tasks: tasks.map((row) => ({ ...toTaskItem(row), phase: row.phase })),
  };
}

// Breakthrough initiatives (tasks flagged as such) by phase and status.
export async function getBreakthroughs(viewer: Viewer, filters: DashboardFilters, now = new Date()): Promise<Breakthroughs> {
  authorize(viewer, "dashboard:read");
  return breakthroughs(scopeOf(filters, now));
}
