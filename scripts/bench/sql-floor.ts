// The SQL floor of GET /api/v1/dashboard/summary: the statements getDashboardSummary() runs when its cache
// entry is stale (lib/server/queries/dashboard/: the per-organization partial sums added up, the two task lists,
// coverage, compliance, indicators), with the default filters (every implementing organization kind, no year,
// no task group), run directly with `pg`. The scope and the SQL fragments (the tasks in scope, the plan-in-force
// predicate, the completion columns, the reporting cells) are imported from the dashboard module, so the
// filters and the rules cannot drift; the statements' outer shells below follow the roll-up modules.
//
// Two numbers: each statement on its own (sequential), and the whole set run in parallel over a pool the way
// the summary runs them (Promise.all over Prisma's pool), which is the floor the API time is compared with.
import { performance } from "node:perf_hooks";
import pg from "pg";
import { Prisma } from "../../lib/generated/prisma/client";
import {
  complianceCells,
  countColumns,
  scopedCounts,
  scopedTasks,
  TASK_JOINS,
  taskColumns,
} from "../../lib/server/queries/dashboard/fragments";
import {
  operatingCondition,
  organizationCondition,
  planInForce,
  planInPreparation,
  planUnderReview,
  scopeOf,
  type Scope,
} from "../../lib/server/queries/dashboard/scope";
import { percentiles, type Percentiles } from "./stats";

const { sql } = Prisma;

// name → statement, for the scope of the default filters: what a summary computes when its cache entry is stale
// (the first request after a write), i.e. the per-organization partial sums added up, plus the two task lists.
export function summaryStatements(scope: Scope): Record<string, Prisma.Sql> {
  const tasks = scopedTasks(scope);
  const counts = scopedCounts(scope);
  return {
    "headline indicators": sql`
      SELECT i.code,
             (SELECT json_agg(json_build_object('year', s.year, 'value', s.value) ORDER BY s.year)
                FROM (SELECT DISTINCT ON (x.year) x.year, x.value::float8 AS value FROM "IndicatorObservation" x
                       WHERE x."indicatorId" = i.id AND x."organizationId" IS NULL
                       ORDER BY x.year, x."asOfDate" DESC NULLS LAST, x."createdAt" DESC) s) AS series,
             l.year, l.value::float8
        FROM "Indicator" i
        LEFT JOIN "Objective" ob ON ob.id = i."objectiveId"
        LEFT JOIN LATERAL (SELECT x.year, x.value FROM "IndicatorObservation" x WHERE x."indicatorId" = i.id AND x."organizationId" IS NULL
                           ORDER BY x.year DESC, x."asOfDate" DESC NULLS LAST, x."createdAt" DESC LIMIT 1) l ON TRUE
       ORDER BY i."sortOrder", i.code`,
    "completion by objective": sql`
      WITH ${counts}
      SELECT ob.code, ${countColumns("c")} FROM "Objective" ob LEFT JOIN scoped_counts c ON c.dimension = 'OBJECTIVE' AND c.key = ob.id
       WHERE ob.level = 'SPECIFIC' GROUP BY ob.id ORDER BY ob."sortOrder", ob.code`,
    "completion by task group": sql`
      WITH ${counts}
      SELECT tg.code, ${countColumns("c")} FROM "TaskGroup" tg LEFT JOIN scoped_counts c ON c.dimension = 'TASK' AND c.task_group_id = tg.id
       GROUP BY tg.id ORDER BY tg."sortOrder"`,
    "completion total": sql`WITH ${counts} SELECT ${countColumns("c")} FROM scoped_counts c WHERE c.dimension = 'TASK'`,
    "overdue count": sql`WITH ${counts} SELECT COALESCE(SUM(overdue), 0)::int FROM scoped_counts WHERE dimension = 'TASK'`,
    "overdue list (20)": sql`
      WITH ${tasks}
      SELECT ${taskColumns(scope, false)} FROM scoped_tasks st ${TASK_JOINS}
       WHERE st.is_overdue ORDER BY st.due_date, o.code, st.code LIMIT 20`,
    "breakthroughs by phase": sql`
      WITH ${counts}
      SELECT NULLIF(c.key, '') AS phase, ${countColumns("c")} FROM scoped_counts c WHERE c.dimension = 'PHASE' GROUP BY 1`,
    "breakthrough list (100)": sql`
      WITH ${tasks}
      SELECT ${taskColumns(scope, false)}, st.phase FROM scoped_tasks st ${TASK_JOINS}
       WHERE st.is_breakthrough ORDER BY st.phase NULLS LAST, o.code, st.code LIMIT 100`,
    "plan coverage": sql`
      WITH orgs AS (SELECT o.id, o.code, o.kind::text AS kind FROM "Organization" o WHERE ${organizationCondition(scope)} ${operatingCondition(scope)}),
      states AS (
        SELECT orgs.*, CASE WHEN bool_or(${planInForce("p")}) THEN 'APPROVED' WHEN bool_or(${planUnderReview("p")}) THEN 'SUBMITTED'
                            WHEN bool_or(${planInPreparation("p")}) THEN 'IN_PREPARATION' ELSE 'NONE' END AS plan_state,
               (array_agg(p.id ORDER BY (${planInForce("p")}) DESC, p."updatedAt" DESC) FILTER (WHERE p.id IS NOT NULL))[1] AS plan_id
          FROM orgs LEFT JOIN "ActionPlan" p ON p."organizationId" = orgs.id GROUP BY orgs.id, orgs.code, orgs.kind)
      SELECT states.*, COUNT(*) OVER ()::int AS n_total FROM states ORDER BY kind, code`,
    "objective × organization matrix": sql`
      WITH ${counts},
      per_org AS (SELECT organization_id, SUM(total)::int AS total, SUM(unlinked)::int AS unlinked FROM scoped_counts WHERE dimension = 'TASK' GROUP BY 1 HAVING SUM(total) > 0),
      counts AS (SELECT c.organization_id, jsonb_object_agg(ob.code, c.n) AS counts
                   FROM (SELECT organization_id, key, SUM(total)::int AS n FROM scoped_counts WHERE dimension = 'OBJECTIVE' GROUP BY 1, 2) c
                   JOIN "Objective" ob ON ob.id = c.key GROUP BY 1)
      SELECT o.id, per_org.total, per_org.unlinked, COALESCE(counts.counts, '{}'::jsonb) AS counts
        FROM per_org JOIN "Organization" o ON o.id = per_org.organization_id
        LEFT JOIN counts ON counts.organization_id = per_org.organization_id
       ORDER BY o.kind, o.code`,
    "reporting compliance trend": sql`
      WITH ${complianceCells(scope)}
      SELECT period_id, kind, year, number, COUNT(*)::int AS owed,
             COUNT(*) FILTER (WHERE status = 'ON_TIME')::int AS on_time, COUNT(*) FILTER (WHERE status = 'LATE')::int AS late,
             COUNT(*) FILTER (WHERE status = 'MISSING')::int AS missing, COUNT(*) FILTER (WHERE status = 'RETURNED')::int AS returned,
             (COUNT(*) FILTER (WHERE status = 'ON_TIME' OR (status = 'RETURNED' AND on_time_first)))::float8 / NULLIF(COUNT(*) FILTER (WHERE status <> 'NOT_DUE'), 0) AS timeliness
        FROM cells
       GROUP BY period_id, kind, year, number, deadline
      HAVING COUNT(*) FILTER (WHERE status <> 'NOT_DUE') > 0
       ORDER BY deadline`,
  };
}

export type SqlFloor = {
  method: string;
  statements: { name: string; rows: number; ms: Percentiles }[];
  parallel: Percentiles; // the whole set at once over a pool, like getDashboardSummary's Promise.all
  sequentialSum: { p50: number; p95: number };
};

// `budgetSeconds` caps each measurement (at least 5 samples are taken), as in run.ts.
export async function measureSqlFloor(databaseUrl: string, samples: number, budgetSeconds = 180, warmup = 3): Promise<SqlFloor> {
  const entries = Object.entries(summaryStatements(scopeOf({}, new Date())));
  const pool = new pg.Pool({ connectionString: databaseUrl, max: entries.length });
  try {
    // Statement by statement, on one connection.
    const client = await pool.connect();
    const statements: SqlFloor["statements"] = [];
    try {
      for (const [name, statement] of entries) {
        let rows = 0;
        const deadline = performance.now() + budgetSeconds * 1000;
        for (let i = 0; i < warmup && (i < 1 || performance.now() < deadline - budgetSeconds * 500); i++)
          rows = (await client.query(statement.text, statement.values)).rowCount ?? 0;
        const times: number[] = [];
        while (times.length < samples && (times.length < 5 || performance.now() < deadline)) {
          const t0 = performance.now();
          await client.query(statement.text, statement.values);
          times.push(performance.now() - t0);
        }
        statements.push({ name, rows, ms: percentiles(times) });
      }
    } finally {
      client.release();
    }
    // All at once, the way the API issues them.
    const runAll = () => Promise.all(entries.map(([, statement]) => pool.query(statement.text, statement.values)));
    const deadline = performance.now() + budgetSeconds * 1000;
    for (let i = 0; i < warmup && (i < 1 || performance.now() < deadline - budgetSeconds * 500); i++) await runAll();
    const times: number[] = [];
    while (times.length < samples && (times.length < 5 || performance.now() < deadline)) {
      const t0 = performance.now();
      await runAll();
      times.push(performance.now() - t0);
    }
    return {
      method:
        "The summary's statements built from the scope and SQL fragments of lib/server/queries/dashboard/ (default filters) and run with pg: each alone on one connection, " +
        "and all together in parallel over a pool (what the API does); the floor is the parallel set.",
      statements,
      parallel: percentiles(times),
      sequentialSum: {
        p50: Math.round(statements.reduce((a, s) => a + s.ms.p50, 0) * 100) / 100,
        p95: Math.round(statements.reduce((a, s) => a + s.ms.p95, 0) * 100) / 100,
      },
    };
  } finally {
    await pool.end();
  }
}
