import { describe, expect, it } from "vitest";
import { diffPlanSnapshots, type PlanSnapshot } from "./plan-diff";

const base: PlanSnapshot = {
  plan: { title: "Kế hoạch", periodStart: 2026, periodEnd: 2030 },
  tasks: [
    { code: "T1", titleVi: "Tuần Văn hóa", budgetVnd: "100", objectiveCodes: ["SO1", "SO3"] },
    { code: "T2", titleVi: "Hồ sơ UNESCO", budgetVnd: null, objectiveCodes: ["SO4"] },
  ],
};

describe("diffPlanSnapshots", () => {
  it("finds nothing between identical versions (link order does not matter)", () => {
    const same = structuredClone(base);
    same.tasks[0]!.objectiveCodes = ["SO3", "SO1"];
    expect(diffPlanSnapshots(base, same).isEmpty).toBe(true);
  });

  it("reports plan fields, added, removed and changed tasks", () => {
    const next: PlanSnapshot = {
      plan: { title: "Kế hoạch (sửa đổi)", periodStart: 2026, periodEnd: 2030 },
      tasks: [
        { code: "T1", titleVi: "Tuần Văn hóa", budgetVnd: "250", objectiveCodes: ["SO1", "SO3"] },
        { code: "T3", titleVi: "Mới", budgetVnd: null, objectiveCodes: [] },
      ],
    };
    const diff = diffPlanSnapshots(base, next);
    expect(diff.plan).toEqual({ title: { before: "Kế hoạch", after: "Kế hoạch (sửa đổi)" } });
    expect(diff.added.map((t) => t.code)).toEqual(["T3"]);
    expect(diff.removed.map((t) => t.code)).toEqual(["T2"]);
    expect(diff.changed).toEqual([{ code: "T1", changes: { budgetVnd: { before: "100", after: "250" } } }]);
    expect(diff.isEmpty).toBe(false);
  });

  it("treats everything as new when nothing was approved before", () => {
    const diff = diffPlanSnapshots(null, base);
    expect(diff.added).toHaveLength(2);
    expect(diff.isEmpty).toBe(false);
  });
});
