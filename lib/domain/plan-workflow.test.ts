import { describe, expect, it } from "vitest";
import { allowedPlanEvents, canLogProgress, isPlanContentEditable, nextPlanStatus, submissionProblems, type PlanEvent, type PlanStatus } from "./plan-workflow";

const STATUSES: PlanStatus[] = ["DRAFT", "SUBMITTED", "RETURNED", "APPROVED", "REVISION"];
const EVENTS: PlanEvent[] = ["submit", "approve", "return", "revise"];

// Every (status, event) pair, written out: null = refused.
const TABLE: Record<PlanStatus, Record<PlanEvent, PlanStatus | null>> = {
  DRAFT: { submit: "SUBMITTED", approve: null, return: null, revise: null },
  SUBMITTED: { submit: null, approve: "APPROVED", return: "RETURNED", revise: null },
  RETURNED: { submit: "SUBMITTED", approve: null, return: null, revise: null },
  APPROVED: { submit: null, approve: null, return: null, revise: "REVISION" },
  REVISION: { submit: "SUBMITTED", approve: null, return: null, revise: null },
};

describe("plan workflow", () => {
  it.each(STATUSES.flatMap((status) => EVENTS.map((event) => ({ status, event, expected: TABLE[status][event] }))))(
    "$status --$event--> $expected",
    ({ status, event, expected }) => {
      expect(nextPlanStatus(status, event)).toBe(expected);
      expect(allowedPlanEvents(status).includes(event)).toBe(expected !== null);
    },
  );

  it.each([
    { status: "DRAFT", editable: true, progress: false },
    { status: "SUBMITTED", editable: false, progress: false },
    { status: "RETURNED", editable: true, progress: false },
    { status: "APPROVED", editable: false, progress: true },
    { status: "REVISION", editable: true, progress: true },
  ] as const)("$status: content editable $editable, progress loggable $progress", ({ status, editable, progress }) => {
    expect(isPlanContentEditable(status)).toBe(editable);
    expect(canLogProgress(status)).toBe(progress);
  });

  it("refuses to submit a plan without tasks", () => {
    expect(submissionProblems({ taskCount: 0 })).toEqual(["plan_without_tasks"]);
    expect(submissionProblems({ taskCount: 3 })).toEqual([]);
  });
});
