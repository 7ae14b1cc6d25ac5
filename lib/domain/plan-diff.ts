// What changed in a plan since its last approved version: the reviewer's view. Works on JSON snapshots
// (PlanSubmission.snapshot), so it compares what was approved with what is submitted now.
import { diffRecords, type Changes } from "./audit-diff";
import { textOf } from "./text-of";

export type TaskSnapshot = { code: string } & Record<string, unknown>;
export type PlanSnapshot = { plan: Record<string, unknown>; tasks: TaskSnapshot[] };

export type PlanDiff = {
  plan: Changes;
  added: TaskSnapshot[];
  removed: TaskSnapshot[];
  changed: { code: string; changes: Changes }[];
  isEmpty: boolean;
};

function normalise(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(record).map(([k, v]) => [k, Array.isArray(v) ? (v as unknown[]).map(textOf).sort() : v === undefined ? null : v]),
  );
}

export function diffPlanSnapshots(before: PlanSnapshot | null, after: PlanSnapshot): PlanDiff {
  if (!before) {
    return { plan: diffRecords(null, normalise(after.plan)), added: after.tasks, removed: [], changed: [], isEmpty: false };
  }
  const beforeTasks = new Map(before.tasks.map((t) => [t.code, t]));
  const afterTasks = new Map(after.tasks.map((t) => [t.code, t]));
  const added = after.tasks.filter((t) => !beforeTasks.has(t.code));
  const removed = before.tasks.filter((t) => !afterTasks.has(t.code));
  const changed = after.tasks
    .filter((t) => beforeTasks.has(t.code))
    .map((t) => ({ code: t.code, changes: diffRecords(normalise(beforeTasks.get(t.code)!), normalise(t)) }))
    .filter((c) => Object.keys(c.changes).length > 0);
  const plan = diffRecords(normalise(before.plan), normalise(after.plan));
  return { plan, added, removed, changed, isEmpty: !Object.keys(plan).length && !added.length && !removed.length && !changed.length };
}
