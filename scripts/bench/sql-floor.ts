// The SQL floor of GET /api/v1/dashboard/summary: the aggregate statements getDashboardSummary() runs
// (lib/server/queries/dashboard.ts), copied here with the default filters (every implementing organization
// kind, no year, no task group), run directly with `pg`. The query module cannot be imported outside Next.js
// (it imports "server-only" and the Prisma client singleton), so the statements' shapes are copied: KEEP
// THEM IN STEP with dashboard.ts when its SQL changes.
//
// Two numbers: each statement on its own (sequential), and the whole set run in parallel over a pool the way
// the summary runs them (Promise.all over Prisma's pool), which is the floor the API time is compared with.
import { performance } from "node:perf_hooks";
import pg from "pg";
import { percentiles, type Percentiles } from "./stats";

// Every implementing kind (lib/domain/dashboard-filters.ts ALL_ORGANIZATION_KINDS).
const KINDS = ["MINISTRY", "MINISTERIAL_AGENCY", "PROVINCE", "CITY", "FORMER_PROVINCE", "MOFA_UNIT", "REPRESENTATIVE_MISSION"];

const SCOPED_TASKS = `scoped_tasks AS (
    SELECT t.id, t.code, t.status::text AS status, t.progress, t."dueDate" AS due_date, t."taskGroupId" AS task_group_id,
           t."isBreakthrough" AS is_breakthrough, t."breakthroughPhase" AS phase, p.id AS plan_id, p."organizationId" AS organization_id,
           (t."dueDate" < $2::date AND t.status NOT IN ('COMPLETED', 'CANCELLED')) AS is_overdue
    FROM "PlanTask" t
    JOIN "ActionPlan" p ON p.id = t."planId"
    JOIN "Organization" o ON o.id = p."organizationId"
    WHERE p.status IN ('RECORDED', 'APPROVED', 'REVISION') AND o.kind::text = ANY($1::text[])
  )`;

const COMPLETION = (a: string) => `COUNT(${a}.id)::int AS total,
    COUNT(${a}.id) FILTER (WHERE ${a}.status = 'NOT_STARTED')::int AS not_started,
    COUNT(${a}.id) FILTER (WHERE ${a}.status = 'IN_PROGRESS')::int AS in_progress,
    COUNT(${a}.id) FILTER (WHERE ${a}.status = 'COMPLETED')::int AS completed,
    COUNT(${a}.id) FILTER (WHERE ${a}.status = 'DELAYED')::int AS delayed,
    COUNT(${a}.id) FILTER (WHERE ${a}.status = 'CANCELLED')::int AS cancelled,
    COUNT(${a}.id) FILTER (WHERE ${a}.is_overdue)::int AS overdue,
    (COUNT(${a}.id) FILTER (WHERE ${a}.status = 'COMPLETED'))::float8 / NULLIF(COUNT(${a}.id) FILTER (WHERE ${a}.status <> 'CANCELLED'), 0) AS completion_rate,
    (AVG(${a}.progress) FILTER (WHERE ${a}.status <> 'CANCELLED'))::float8 AS average_progress`;

const CELLS = `cells AS (
    SELECT per.id AS period_id, per.kind::text AS kind, per.year, per.number, per.deadline, o.id AS organization_id, r.id AS report_id,
           CASE WHEN r.status = 'RETURNED' THEN 'RETURNED'
                WHEN r."firstSubmittedAt" IS NOT NULL AND r."firstSubmittedAt" < (per.deadline + interval '17 hours') THEN 'ON_TIME'
                WHEN r."firstSubmittedAt" IS NOT NULL THEN 'LATE'
                WHEN $3::timestamp < (per.deadline + interval '17 hours') THEN 'NOT_DUE'
                ELSE 'MISSING' END AS status,
           (r."firstSubmittedAt" IS NOT NULL AND r."firstSubmittedAt" < (per.deadline + interval '17 hours')) AS on_time_first
    FROM "ReportingPeriod" per
    JOIN "ReportType" rt ON rt.id = per."reportTypeId" AND rt."isActive"
    JOIN "ReportExpectation" e ON e."reportTypeId" = rt.id
    JOIN "Organization" o ON o.id = e."organizationId"
    LEFT JOIN "ProgressReport" r ON r."organizationId" = o.id AND r."periodId" = per.id
    WHERE o.kind::text = ANY($1::text[])
      AND (o."validFrom" IS NULL OR o."validFrom" <= per."cutoffEnd")
      AND (o."validTo" IS NULL OR o."validTo" >= per."cutoffEnd")
  )`;

// name → SQL; every statement takes $1 kinds, $2 today (date), $3 now (timestamp) even if it ignores some.
export const SUMMARY_STATEMENTS: Record<string, string> = {
  "headline indicators": `
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
     WHERE $1::text[] IS NOT NULL AND $2::date IS NOT NULL AND $3::timestamp IS NOT NULL
     ORDER BY i."sortOrder", i.code`,
  "completion by objective": `
    WITH ${SCOPED_TASKS}
    SELECT ob.code, ${COMPLETION("st")} FROM "Objective" ob
      LEFT JOIN "_TaskObjectives" tob ON tob."A" = ob.id LEFT JOIN scoped_tasks st ON st.id = tob."B"
     WHERE ob.level = 'SPECIFIC' AND $3::timestamp IS NOT NULL GROUP BY ob.id ORDER BY ob."sortOrder", ob.code`,
  "completion by task group": `
    WITH ${SCOPED_TASKS}
    SELECT tg.code, ${COMPLETION("st")} FROM "TaskGroup" tg LEFT JOIN scoped_tasks st ON st.task_group_id = tg.id
     WHERE $3::timestamp IS NOT NULL GROUP BY tg.id ORDER BY tg."sortOrder"`,
  "completion total": `WITH ${SCOPED_TASKS} SELECT ${COMPLETION("st")} FROM scoped_tasks st WHERE $3::timestamp IS NOT NULL`,
  "overdue (20 + total)": `
    WITH ${SCOPED_TASKS}
    SELECT st.id, t."titleVi", p.title, o.code, COUNT(*) OVER ()::int AS total_rows, $3::timestamp AS now
      FROM scoped_tasks st JOIN "PlanTask" t ON t.id = st.id JOIN "ActionPlan" p ON p.id = st.plan_id JOIN "Organization" o ON o.id = st.organization_id
     WHERE st.is_overdue ORDER BY st.due_date, o.code, st.code LIMIT 20`,
  "breakthroughs by phase": `
    WITH ${SCOPED_TASKS}
    SELECT NULLIF(btrim(st.phase), '') AS phase, ${COMPLETION("st")} FROM scoped_tasks st WHERE st.is_breakthrough AND $3::timestamp IS NOT NULL GROUP BY 1`,
  "plan coverage": `
    WITH orgs AS (SELECT o.id, o.code, o.kind::text AS kind FROM "Organization" o WHERE o.kind::text = ANY($1::text[]) AND o."isActive"),
    states AS (
      SELECT orgs.*, CASE WHEN bool_or(p.status IN ('RECORDED', 'APPROVED', 'REVISION')) THEN 'APPROVED' WHEN bool_or(p.status = 'SENT') THEN 'SUBMITTED'
                          WHEN bool_or(p.status IN ('DRAFT', 'AWAITING_LEADER', 'COMMENTED')) THEN 'IN_PREPARATION' ELSE 'NONE' END AS plan_state,
             (array_agg(p.id ORDER BY (p.status IN ('RECORDED', 'APPROVED', 'REVISION')) DESC, p."updatedAt" DESC) FILTER (WHERE p.id IS NOT NULL))[1] AS plan_id
        FROM orgs LEFT JOIN "ActionPlan" p ON p."organizationId" = orgs.id GROUP BY orgs.id, orgs.code, orgs.kind)
    SELECT states.*, COUNT(*) OVER ()::int AS n_total FROM states
     WHERE $2::date IS NOT NULL AND $3::timestamp IS NOT NULL ORDER BY kind, code`,
  "objective × organization matrix": `
    WITH ${SCOPED_TASKS},
    links AS (SELECT st.organization_id, st.id AS task_id, ob.code FROM scoped_tasks st
                LEFT JOIN "_TaskObjectives" tob ON tob."B" = st.id LEFT JOIN "Objective" ob ON ob.id = tob."A" AND ob.level = 'SPECIFIC'),
    per_task AS (SELECT organization_id, task_id, bool_and(code IS NULL) AS is_unlinked FROM links GROUP BY 1, 2),
    per_objective AS (SELECT organization_id, code, COUNT(DISTINCT task_id)::int AS n FROM links WHERE code IS NOT NULL GROUP BY 1, 2),
    per_org AS (SELECT organization_id, COUNT(*)::int AS total, COUNT(*) FILTER (WHERE is_unlinked)::int AS unlinked FROM per_task GROUP BY 1),
    counts AS (SELECT organization_id, jsonb_object_agg(code, n) AS counts FROM per_objective GROUP BY 1)
    SELECT o.id, per_org.total, per_org.unlinked, COALESCE(counts.counts, '{}'::jsonb) AS counts
      FROM per_org JOIN "Organization" o ON o.id = per_org.organization_id
      LEFT JOIN counts ON counts.organization_id = per_org.organization_id
     WHERE $3::timestamp IS NOT NULL ORDER BY o.kind, o.code`,
  "reporting compliance trend": `
    WITH ${CELLS}
    SELECT period_id, kind, year, number, COUNT(*)::int AS owed,
           COUNT(*) FILTER (WHERE status = 'ON_TIME')::int AS on_time, COUNT(*) FILTER (WHERE status = 'LATE')::int AS late,
           COUNT(*) FILTER (WHERE status = 'MISSING')::int AS missing, COUNT(*) FILTER (WHERE status = 'RETURNED')::int AS returned,
           (COUNT(*) FILTER (WHERE status = 'ON_TIME' OR (status = 'RETURNED' AND on_time_first)))::float8 / NULLIF(COUNT(*) FILTER (WHERE status <> 'NOT_DUE'), 0) AS timeliness
      FROM cells WHERE $2::date IS NOT NULL
     GROUP BY period_id, kind, year, number, deadline
    HAVING COUNT(*) FILTER (WHERE status <> 'NOT_DUE') > 0
     ORDER BY deadline`,
};

export type SqlFloor = {
  method: string;
  statements: { name: string; rows: number; ms: Percentiles }[];
  parallel: Percentiles; // the whole set at once over a pool, like getDashboardSummary's Promise.all
  sequentialSum: { p50: number; p95: number };
};

// `budgetSeconds` caps each measurement (at least 5 samples are taken), as in run.ts.
export async function measureSqlFloor(databaseUrl: string, samples: number, budgetSeconds = 180, warmup = 3): Promise<SqlFloor> {
  const now = new Date();
  const today = new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10); // the Vietnamese calendar day
  const params = [KINDS, today, now.toISOString().replace("Z", "")];
  const entries = Object.entries(SUMMARY_STATEMENTS);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: entries.length });
  try {
    // Statement by statement, on one connection.
    const client = await pool.connect();
    const statements: SqlFloor["statements"] = [];
    try {
      for (const [name, text] of entries) {
        let rows = 0;
        const deadline = performance.now() + budgetSeconds * 1000;
        for (let i = 0; i < warmup && (i < 1 || performance.now() < deadline - budgetSeconds * 500); i++) rows = (await client.query(text, params)).rowCount ?? 0;
        const times: number[] = [];
        while (times.length < samples && (times.length < 5 || performance.now() < deadline)) {
          const t0 = performance.now();
          await client.query(text, params);
          times.push(performance.now() - t0);
        }
        statements.push({ name, rows, ms: percentiles(times) });
      }
    } finally {
      client.release();
    }
    // All at once, the way the API issues them.
    const runAll = () => Promise.all(entries.map(([, text]) => pool.query(text, params)));
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
        "The summary's statements copied from lib/server/queries/dashboard.ts (default filters) and run with pg: each alone on one connection, " +
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
