import { describe, expect, it } from "vitest";
import {
  allowedPlanEvents,
  canChangeAttachments,
  canLogProgress,
  isPlanContentEditable,
  nextPlanStatus,
  reviewDecisions,
  sendingProblems,
  statusAfterLeaderReturn,
  submissionProblems,
  type PlanEvent,
  type PlanStatus,
} from "./plan-workflow";

const STATUSES: PlanStatus[] = ["DRAFT", "AWAITING_LEADER", "SENT", "RECORDED", "APPROVED", "COMMENTED", "REVISION"];
const EVENTS: PlanEvent[] = ["submit", "return", "send", "record", "approve", "comment", "revise"];
const _ = null;

// Every (status, event) pair for a ministry's or a province's plan, written out: null = refused. MOFA records
// such a plan or comments on it; it never approves it.
const OTHER_BODY: Record<PlanStatus, Record<PlanEvent, PlanStatus | null>> = {
  DRAFT: { submit: "AWAITING_LEADER", return: _, send: _, record: _, approve: _, comment: _, revise: _ },
  AWAITING_LEADER: { submit: _, return: "DRAFT", send: "SENT", record: _, approve: _, comment: _, revise: _ },
  SENT: { submit: _, return: _, send: _, record: "RECORDED", approve: _, comment: "COMMENTED", revise: _ },
  RECORDED: { submit: _, return: _, send: _, record: _, approve: _, comment: _, revise: "REVISION" },
  APPROVED: { submit: _, return: _, send: _, record: _, approve: _, comment: _, revise: "REVISION" },
  COMMENTED: { submit: "AWAITING_LEADER", return: _, send: _, record: _, approve: _, comment: _, revise: _ },
  REVISION: { submit: "AWAITING_LEADER", return: _, send: _, record: _, approve: _, comment: _, revise: _ },
};

// The same for a plan of one of MOFA's own units: approved, never merely recorded.
const MOFA_UNIT: Record<PlanStatus, Record<PlanEvent, PlanStatus | null>> = {
  ...OTHER_BODY,
  SENT: { submit: _, return: _, send: _, record: _, approve: "APPROVED", comment: "COMMENTED", revise: _ },
};

describe("plan workflow", () => {
  it.each(STATUSES.flatMap((status) => EVENTS.map((event) => ({ status, event, expected: OTHER_BODY[status][event] }))))(
    "another body's plan: $status --$event--> $expected",
    ({ status, event, expected }) => {
      expect(nextPlanStatus(status, event, { isMofaUnit: false })).toBe(expected);
      expect(allowedPlanEvents(status, { isMofaUnit: false }).includes(event)).toBe(expected !== null);
    },
  );

  it.each(STATUSES.flatMap((status) => EVENTS.map((event) => ({ status, event, expected: MOFA_UNIT[status][event] }))))(
    "a MOFA unit's plan: $status --$event--> $expected",
    ({ status, event, expected }) => {
      expect(nextPlanStatus(status, event, { isMofaUnit: true })).toBe(expected);
    },
  );

  it.each([
    { lastDecision: null, back: "DRAFT" },
    { lastDecision: "COMMENTED", back: "COMMENTED" },
    { lastDecision: "RECORDED", back: "REVISION" },
    { lastDecision: "APPROVED", back: "REVISION" },
  ] as const)("the leader's return after a last decision $lastDecision goes back to $back", ({ lastDecision, back }) => {
    expect(statusAfterLeaderReturn(lastDecision)).toBe(back);
    expect(nextPlanStatus("AWAITING_LEADER", "return", { isMofaUnit: false }, lastDecision)).toBe(back);
  });

  it("offers MOFA record or comment for other bodies, approve or comment for its own units", () => {
    expect(reviewDecisions({ isMofaUnit: false })).toEqual(["record", "comment"]);
    expect(reviewDecisions({ isMofaUnit: true })).toEqual(["approve", "comment"]);
  });

  it.each([
    { status: "DRAFT", editable: true, progress: false },
    { status: "AWAITING_LEADER", editable: false, progress: false },
    { status: "SENT", editable: false, progress: false },
    { status: "RECORDED", editable: false, progress: true },
    { status: "APPROVED", editable: false, progress: true },
    { status: "COMMENTED", editable: true, progress: false },
    { status: "REVISION", editable: true, progress: true },
  ] as const)("$status: content and attachments editable $editable, progress loggable $progress", ({ status, editable, progress }) => {
    expect(isPlanContentEditable(status)).toBe(editable);
    expect(canChangeAttachments(status)).toBe(editable);
    expect(canLogProgress(status)).toBe(progress);
  });

  it("refuses to submit a plan without tasks", () => {
    expect(submissionProblems({ taskCount: 0 })).toEqual(["plan_without_tasks"]);
    expect(submissionProblems({ taskCount: 3 })).toEqual([]);
  });

  const today = new Date("2026-12-03T00:00:00Z");
  it.each([
    {
      name: "complete",
      sending: { documentNumber: "275/KH-UBND", documentDate: new Date("2026-12-01"), signerName: "Nguyễn Văn A" },
      problems: {},
    },
    { name: "dated today", sending: { documentNumber: "12/KH-BVHTTDL", documentDate: today, signerName: "Trần Thị B" }, problems: {} },
    {
      name: "empty",
      sending: { documentNumber: " ", documentDate: null, signerName: null },
      problems: { documentNumber: ["required"], documentDate: ["required"], signerName: ["required"] },
    },
    {
      name: "dated tomorrow",
      sending: { documentNumber: "1/KH-UBND", documentDate: new Date("2026-12-04"), signerName: "Lê C" },
      problems: { documentDate: ["document_date_in_future"] },
    },
  ])("a sending that is $name", ({ sending, problems }) => {
    expect(sendingProblems(sending, today)).toEqual(problems);
  });
});
