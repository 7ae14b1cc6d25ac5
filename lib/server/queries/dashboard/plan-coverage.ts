import "server-only";
import type { DashboardFilters } from "@/lib/domain/dashboard-filters";
import type { PlanState } from "@/lib/domain/dashboard-rollups";
import type { ObjectiveRef, OrganizationRef, PlanCoverage } from "@/lib/domain/dashboard-types";
import { db } from "../../db";
import { authorize } from "../../guards";
import { SCOPED_LINKS, scopedCounts, scopedTasks } from "./fragments";
import { hasPartialSums } from "./partial-sums";
import { rollup, type Viewer } from "./rollup";
import {
  operatingCondition,
  organizationCondition,
  planInForce,
  planInPreparation,
  planUnderReview,
  planYearCondition,
  scopeOf,
  type Scope,
} from "./scope";

export function planCoverage(scope: Scope): Promise<PlanCoverage> {
  return rollup("coverage", scope, null, () => computePlanCoverage(scope));
}

async function computePlanCoverage(scope: Scope): Promise<PlanCoverage> {
  const cte = scopedTasks(scope);
  const counted = hasPartialSums(scope);
  type OrgRow = {
    id: string;
    code: string;
    name_vi: string;
    name_en: string | null;
    short_name_vi: string | null;
    kind: string;
    region: string | null;
  };
  type CoverageRow = OrgRow & {
    plan_state: PlanState;
    plan_id: string | null;
    n_total: number;
    n_approved: number;
    n_submitted: number;
    n_preparation: number;
    n_none: number;
  };
  type MatrixRow = OrgRow & { counts: Record<string, number>; unlinked: number; total: number };
  type ObjectiveRow = { code: string; title_vi: string; title_en: string; task_count: number };
  const [coverage, matrix, objectives] = await Promise.all([
    db.$queryRaw<CoverageRow[]>`
      WITH orgs AS (
        SELECT o.id, o.code, o."nameVi" AS name_vi, o."nameEn" AS name_en, o."shortNameVi" AS short_name_vi, o.kind::text AS kind, o.region::text AS region
          FROM "Organization" o
         WHERE ${organizationCondition(scope)} ${operatingCondition(scope)}
      ), states AS (
        SELECT orgs.*,
               CASE WHEN bool_or(${planInForce("p")}) THEN 'APPROVED'
                    WHEN bool_or(${planUnderReview("p")}) THEN 'SUBMITTED'
                    WHEN bool_or(${planInPreparation("p")}) THEN 'IN_PREPARATION'
                    ELSE 'NONE' END AS plan_state,
               (array_agg(p.id ORDER BY (${planInForce("p")}) DESC, p."updatedAt" DESC) FILTER (WHERE p.id IS NOT NULL))[1] AS plan_id
          FROM orgs
          LEFT JOIN "ActionPlan" p ON p."organizationId" = orgs.id ${planYearCondition(scope)}
         GROUP BY orgs.id, orgs.code, orgs.name_vi, orgs.name_en, orgs.short_name_vi, orgs.kind, orgs.region
      )
      SELECT states.*,
             COUNT(*) OVER ()::int AS n_total,
             COUNT(*) FILTER (WHERE plan_state = 'APPROVED') OVER ()::int AS n_approved,
             COUNT(*) FILTER (WHERE plan_state = 'SUBMITTED') OVER ()::int AS n_submitted,
             COUNT(*) FILTER (WHERE plan_state = 'IN_PREPARATION') OVER ()::int AS n_preparation,
             COUNT(*) FILTER (WHERE plan_state = 'NONE') OVER ()::int AS n_none
        FROM states
       ORDER BY CASE plan_state WHEN 'NONE' THEN 0 WHEN 'IN_PREPARATION' THEN 1 WHEN 'SUBMITTED' THEN 2 ELSE 3 END, kind, code`,
    counted
      ? db.$queryRaw<MatrixRow[]>`
      WITH ${scopedCounts(scope)},
      per_org AS (
        SELECT organization_id, SUM(total)::int AS total, SUM(unlinked)::int AS unlinked FROM scoped_counts WHERE dimension = 'TASK' GROUP BY 1 HAVING SUM(total) > 0
      ), counts AS (
        SELECT c.organization_id, jsonb_object_agg(ob.code, c.n) AS counts
          FROM (SELECT organization_id, key, SUM(total)::int AS n FROM scoped_counts WHERE dimension = 'OBJECTIVE' GROUP BY 1, 2) c
          JOIN "Objective" ob ON ob.id = c.key
         GROUP BY 1
      )
      SELECT o.id, o.code, o."nameVi" AS name_vi, o."nameEn" AS name_en, o."shortNameVi" AS short_name_vi, o.kind::text AS kind, o.region::text AS region,
             per_org.total, per_org.unlinked,
             COALESCE(counts.counts, '{}'::jsonb) AS counts
        FROM per_org JOIN "Organization" o ON o.id = per_org.organization_id
        LEFT JOIN counts ON counts.organization_id = per_org.organization_id
       ORDER BY o.kind, o.code`
      : db.$queryRaw<MatrixRow[]>`
      WITH ${cte},
      links AS (
        SELECT st.organization_id, st.id AS task_id, ob.code
          FROM scoped_tasks st
          LEFT JOIN LATERAL unnest(st.objective_ids) AS link(objective_id) ON TRUE
          LEFT JOIN "Objective" ob ON ob.id = link.objective_id AND ob.level = 'SPECIFIC'
      ), per_task AS (
        SELECT organization_id, task_id, bool_and(code IS NULL) AS is_unlinked FROM links GROUP BY 1, 2
      ), per_objective AS (
        SELECT organization_id, code, COUNT(DISTINCT task_id)::int AS n FROM links WHERE code IS NOT NULL GROUP BY 1, 2
      ), per_org AS (
        SELECT organization_id, COUNT(*)::int AS total, COUNT(*) FILTER (WHERE is_unlinked)::int AS unlinked FROM per_task GROUP BY 1
      ), counts AS (
        -- Grouped once and joined: a correlated subquery here rescanned per_objective for every organization.
        SELECT organization_id, jsonb_object_agg(code, n) AS counts FROM per_objective GROUP BY 1
      )
      SELECT o.id, o.code, o."nameVi" AS name_vi, o."nameEn" AS name_en, o."shortNameVi" AS short_name_vi, o.kind::text AS kind, o.region::text AS region,
             per_org.total, per_org.unlinked,
             COALESCE(counts.counts, '{}'::jsonb) AS counts
        FROM per_org JOIN "Organization" o ON o.id = per_org.organization_id
        LEFT JOIN counts ON counts.organization_id = per_org.organization_id
       ORDER BY o.kind, o.code`,
    counted
      ? db.$queryRaw<ObjectiveRow[]>`
      WITH ${scopedCounts(scope)}
      SELECT ob.code, ob."titleVi" AS title_vi, ob."titleEn" AS title_en,
             (SELECT COALESCE(SUM(c.total), 0) FROM scoped_counts c WHERE c.dimension = 'OBJECTIVE' AND c.key = ob.id)::int AS task_count
        FROM "Objective" ob
       WHERE ob.level = 'SPECIFIC'
       ORDER BY ob."sortOrder", ob.code`
      : db.$queryRaw<ObjectiveRow[]>`
      WITH ${cte}, ${SCOPED_LINKS}
      SELECT ob.code, ob."titleVi" AS title_vi, ob."titleEn" AS title_en,
             (SELECT COUNT(*) FROM scoped_links sl WHERE sl.objective_id = ob.id)::int AS task_count
        FROM "Objective" ob
       WHERE ob.level = 'SPECIFIC'
       ORDER BY ob."sortOrder", ob.code`,
  ]);
  const toOrg = (row: OrgRow): OrganizationRef => ({
    id: row.id,
    code: row.code,
    nameVi: row.name_vi,
    nameEn: row.name_en,
    shortNameVi: row.short_name_vi,
    kind: row.kind,
    region: row.region,
  });
  const toObjective = (row: ObjectiveRow): ObjectiveRef => ({ code: row.code, titleVi: row.title_vi, titleEn: row.title_en });
  const first = coverage[0];
  return {
    totals: {
      organizations: first?.n_total ?? 0,
      approved: first?.n_approved ?? 0,
      submitted: first?.n_submitted ?? 0,
      inPreparation: first?.n_preparation ?? 0,
      none: first?.n_none ?? 0,
    },
    organizations: coverage.map((row) => ({ ...toOrg(row), planState: row.plan_state, planId: row.plan_id })),
    objectives: objectives.map(toObjective),
    matrix: matrix.map((row) => ({ organization: toOrg(row), counts: row.counts, unlinked: row.unlinked, total: row.total })),
    unaddressedObjectives: objectives.filter((row) => row.task_count === 0).map(toObjective),
  };
}

// Which organizations of the filtered kinds have a plan in force (approved, or approved and under revision),
// the objectives × organizations matrix of tasks, and the specific objectives no plan in force addresses.
export async function getPlanCoverage(viewer: Viewer, filters: DashboardFilters, now = new Date()): Promise<PlanCoverage> {
  authorize(viewer, "dashboard:read");
  return planCoverage(scopeOf(filters, now));
}
