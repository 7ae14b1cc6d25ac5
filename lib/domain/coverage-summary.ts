// A bounded summary of plan coverage for the dashboard: whatever the number of organizations in scope, the
// widget shows one row per organization kind, one per specific objective and at most `limit` organizations
// furthest behind; the full list lives on the scorecards page (paginated). The matrix of every organization
// × objective stays in the .xlsx export.
import { PLAN_STATES, type PlanState } from "./dashboard-rollups";
import type { ObjectiveRef, OrganizationRef, PlanCoverage } from "./dashboard-types";

export type CoverageGroup = {
  kind: string;
  organizations: number;
  byState: Record<PlanState, number>;
  // Organizations with at least one task in scope.
  withTasks: number;
};

export type ObjectiveReach = ObjectiveRef & { organizations: number; tasks: number };

export type BehindOrganization = OrganizationRef & {
  planState: PlanState;
  planId: string | null;
  tasks: number;
  unlinked: number;
  objectivesAddressed: number;
};

export type CoverageSummary = {
  totals: PlanCoverage["totals"];
  groups: CoverageGroup[];
  objectives: ObjectiveReach[];
  unaddressedObjectives: ObjectiveRef[];
  furthestBehind: BehindOrganization[];
  // Organizations without an approved plan (all of them, not only those listed).
  withoutApprovedPlan: number;
};

// Furthest behind first: no plan, then a plan in preparation, then one awaiting approval, then approved;
// within a state, fewest specific objectives addressed, then fewest tasks.
const STATE_RANK: Record<PlanState, number> = { NONE: 0, IN_PREPARATION: 1, SUBMITTED: 2, APPROVED: 3 };

// Codes and enum names are ASCII: a plain comparison, much cheaper than localeCompare over thousands of rows.
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function summarizeCoverage(coverage: PlanCoverage, limit = 10): CoverageSummary {
  const matrixById = new Map(coverage.matrix.map((row) => [row.organization.id, row]));
  const emptyStates = () => Object.fromEntries(PLAN_STATES.map((state) => [state, 0])) as Record<PlanState, number>;

  // Rank keys only; the listed organizations are copied after the sort (up to `limit` of them), which keeps
  // this linear and cheap at thousands of organizations.
  const groups = new Map<string, CoverageGroup>();
  const ranked: { index: number; rank: number; addressed: number; tasks: number; code: string }[] = [];
  coverage.organizations.forEach((organization, index) => {
    const row = matrixById.get(organization.id);
    let group = groups.get(organization.kind);
    if (!group)
      groups.set(organization.kind, (group = { kind: organization.kind, organizations: 0, byState: emptyStates(), withTasks: 0 }));
    group.organizations += 1;
    group.byState[organization.planState] += 1;
    if (row && row.total > 0) group.withTasks += 1;
    let addressed = 0;
    if (row) for (const objective of coverage.objectives) if ((row.counts[objective.code] ?? 0) > 0) addressed += 1;
    ranked.push({ index, rank: STATE_RANK[organization.planState], addressed, tasks: row?.total ?? 0, code: organization.code });
  });
  ranked.sort((a, b) => a.rank - b.rank || a.addressed - b.addressed || a.tasks - b.tasks || compareText(a.code, b.code));

  const furthestBehind = ranked.slice(0, Math.max(0, limit)).map(({ index, addressed, tasks }) => {
    const organization = coverage.organizations[index]!;
    return { ...organization, tasks, unlinked: matrixById.get(organization.id)?.unlinked ?? 0, objectivesAddressed: addressed };
  });

  const objectives = coverage.objectives.map((objective) => {
    let organizations = 0;
    let tasks = 0;
    for (const row of coverage.matrix) {
      const count = row.counts[objective.code] ?? 0;
      if (count > 0) organizations += 1;
      tasks += count;
    }
    return { ...objective, organizations, tasks };
  });

  return {
    totals: coverage.totals,
    groups: [...groups.values()].sort((a, b) => b.organizations - a.organizations || compareText(a.kind, b.kind)),
    objectives,
    unaddressedObjectives: coverage.unaddressedObjectives,
    furthestBehind,
    withoutApprovedPlan: coverage.organizations.length - coverage.totals.approved,
  };
}
