import { describe, expect, it } from "vitest";
import type { PlanState } from "./dashboard-rollups";
import type { PlanCoverage } from "./dashboard-types";
import { summarizeCoverage } from "./coverage-summary";

const OBJECTIVES = ["SO1", "SO2", "SO3"].map((code) => ({ code, titleVi: `Mục tiêu ${code}`, titleEn: `Objective ${code}` }));

type OrgSpec = { code: string; kind: string; state: PlanState; counts?: Record<string, number>; unlinked?: number };

function coverageOf(specs: OrgSpec[]): PlanCoverage {
  const ref = (s: OrgSpec) => ({
    id: `id-${s.code}`,
    code: s.code,
    nameVi: `Đơn vị ${s.code}`,
    nameEn: null,
    shortNameVi: null,
    kind: s.kind,
    region: null,
  });
  const count = (state: PlanState) => specs.filter((s) => s.state === state).length;
  return {
    totals: {
      organizations: specs.length,
      approved: count("APPROVED"),
      submitted: count("SUBMITTED"),
      inPreparation: count("IN_PREPARATION"),
      none: count("NONE"),
    },
    organizations: specs.map((s) => ({ ...ref(s), planState: s.state, planId: s.state === "NONE" ? null : `plan-${s.code}` })),
    objectives: OBJECTIVES,
    matrix: specs
      .filter((s) => s.counts || s.unlinked)
      .map((s) => {
        const counts = s.counts ?? {};
        const linked = Math.max(0, ...Object.values(counts));
        return { organization: ref(s), counts, unlinked: s.unlinked ?? 0, total: linked + (s.unlinked ?? 0) };
      }),
    unaddressedObjectives: OBJECTIVES.filter((o) => !specs.some((s) => (s.counts?.[o.code] ?? 0) > 0)),
  };
}

describe("summarizeCoverage", () => {
  it("summarizes nothing to empty groups and lists", () => {
    const summary = summarizeCoverage(coverageOf([]));
    expect(summary.groups).toEqual([]);
    expect(summary.furthestBehind).toEqual([]);
    expect(summary.withoutApprovedPlan).toBe(0);
    expect(summary.objectives.map((o) => [o.code, o.organizations, o.tasks])).toEqual([
      ["SO1", 0, 0],
      ["SO2", 0, 0],
      ["SO3", 0, 0],
    ]);
  });

  it("counts organizations per kind by plan state and with tasks, largest group first", () => {
    const summary = summarizeCoverage(
      coverageOf([
        { code: "P1", kind: "PROVINCE", state: "APPROVED", counts: { SO1: 2 } },
        { code: "P2", kind: "PROVINCE", state: "NONE" },
        { code: "P3", kind: "PROVINCE", state: "SUBMITTED", unlinked: 1 },
        { code: "M1", kind: "MINISTRY", state: "IN_PREPARATION" },
      ]),
    );
    expect(summary.groups).toEqual([
      { kind: "PROVINCE", organizations: 3, byState: { APPROVED: 1, SUBMITTED: 1, IN_PREPARATION: 0, NONE: 1 }, withTasks: 2 },
      { kind: "MINISTRY", organizations: 1, byState: { APPROVED: 0, SUBMITTED: 0, IN_PREPARATION: 1, NONE: 0 }, withTasks: 0 },
    ]);
    expect(summary.withoutApprovedPlan).toBe(3);
  });

  it.each<[string, OrgSpec[], string[]]>([
    [
      "no plan before a plan in preparation",
      [
        { code: "A", kind: "PROVINCE", state: "IN_PREPARATION" },
        { code: "B", kind: "PROVINCE", state: "NONE" },
      ],
      ["B", "A"],
    ],
    [
      "awaiting approval before approved",
      [
        { code: "A", kind: "PROVINCE", state: "APPROVED" },
        { code: "B", kind: "PROVINCE", state: "SUBMITTED" },
      ],
      ["B", "A"],
    ],
    [
      "within a state, fewer objectives addressed first",
      [
        { code: "A", kind: "PROVINCE", state: "APPROVED", counts: { SO1: 1, SO2: 1 } },
        { code: "B", kind: "PROVINCE", state: "APPROVED", counts: { SO1: 9 } },
      ],
      ["B", "A"],
    ],
    [
      "then fewer tasks first",
      [
        { code: "A", kind: "PROVINCE", state: "APPROVED", counts: { SO1: 5 } },
        { code: "B", kind: "PROVINCE", state: "APPROVED", counts: { SO1: 2 } },
      ],
      ["B", "A"],
    ],
    [
      "then by code",
      [
        { code: "B", kind: "PROVINCE", state: "NONE" },
        { code: "A", kind: "MINISTRY", state: "NONE" },
      ],
      ["A", "B"],
    ],
  ])("orders the organizations furthest behind: %s", (_name, specs, expected) => {
    expect(summarizeCoverage(coverageOf(specs)).furthestBehind.map((o) => o.code)).toEqual(expected);
  });

  it("keeps the plan link, task counts and objectives addressed of each listed organization", () => {
    const [first] = summarizeCoverage(
      coverageOf([{ code: "A", kind: "PROVINCE", state: "SUBMITTED", counts: { SO1: 3, SO3: 1 }, unlinked: 2 }]),
    ).furthestBehind;
    expect(first).toMatchObject({ id: "id-A", planState: "SUBMITTED", planId: "plan-A", tasks: 5, unlinked: 2, objectivesAddressed: 2 });
  });

  it("lists at most `limit` organizations, however many are in scope", () => {
    const specs: OrgSpec[] = Array.from({ length: 2700 }, (_, i) => ({
      code: `O${String(i).padStart(4, "0")}`,
      kind: i % 2 ? "PROVINCE" : "MINISTRY",
      state: "NONE",
    }));
    const summary = summarizeCoverage(coverageOf(specs), 10);
    expect(summary.furthestBehind).toHaveLength(10);
    expect(summary.withoutApprovedPlan).toBe(2700);
    expect(summary.groups.map((g) => g.organizations)).toEqual([1350, 1350]);
  });

  it("adds up each objective's organizations and tasks over the matrix", () => {
    const summary = summarizeCoverage(
      coverageOf([
        { code: "A", kind: "PROVINCE", state: "APPROVED", counts: { SO1: 3, SO2: 1 } },
        { code: "B", kind: "PROVINCE", state: "APPROVED", counts: { SO1: 2 } },
      ]),
    );
    expect(summary.objectives.map((o) => [o.code, o.organizations, o.tasks])).toEqual([
      ["SO1", 2, 5],
      ["SO2", 1, 1],
      ["SO3", 0, 0],
    ]);
    expect(summary.unaddressedObjectives.map((o) => o.code)).toEqual(["SO3"]);
  });
});
