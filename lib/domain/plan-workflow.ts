// The life cycle of an action plan, true to how plans are made in Vietnam. A ministry's plan is issued by its
// minister and a province's by its People's Committee, then a copy goes to the Ministry of Foreign Affairs
// (MOFA), which coordinates the Strategy (Decision 2013/QĐ-TTg: it guides, urges, inspects and summarises) but
// does not approve other bodies' plans. MOFA either records the plan ("Đã ghi nhận") or sends comments asking
// for completion; only the plans of MOFA's own units are approved ("Phê duyệt"). Inside an organization the
// officer who drafts is not the person who signs: the unit leader reviews the draft and authorizes sending,
// which records the issuing document's number, date and signer. Pure: the services load, ask here, then write.
//
//   DRAFT ─submit─► AWAITING_LEADER ─send─► SENT ─record (other bodies)─► RECORDED ─revise─► REVISION
//     ▲                  │                   │ └approve (MOFA units)───► APPROVED ─revise─► REVISION
//     └───── return ─────┘                   └comment──► COMMENTED
//   COMMENTED, REVISION ─submit─► AWAITING_LEADER (its "return" goes back to where the plan came from)
//
// Content (plan fields, tasks' planning fields, attachments) may change only in DRAFT, COMMENTED and REVISION.
// Progress may be logged on tasks of a plan in force: RECORDED, APPROVED, and REVISION (the recorded or approved
// version stays in force while its amendment is prepared).
import type { PlanStatus } from "./enums";

export { PLAN_STATUSES, type PlanStatus } from "./enums";
export const PLAN_EVENTS = ["submit", "return", "send", "record", "approve", "comment", "revise"] as const;
export type PlanEvent = (typeof PLAN_EVENTS)[number];

// Whose decision closes a sending: MOFA's own units are approved, every other body's plan is recorded.
export type PlanOwnerKind = { isMofaUnit: boolean };

// MOFA's decision on one sending, stored with it (PlanSubmission.decision).
export type PlanDecision = "RECORDED" | "APPROVED" | "COMMENTED";

const TRANSITIONS: Record<PlanStatus, Partial<Record<PlanEvent, PlanStatus>>> = {
  DRAFT: { submit: "AWAITING_LEADER" },
  AWAITING_LEADER: { send: "SENT", return: "DRAFT" },
  SENT: { record: "RECORDED", approve: "APPROVED", comment: "COMMENTED" },
  RECORDED: { revise: "REVISION" },
  APPROVED: { revise: "REVISION" },
  COMMENTED: { submit: "AWAITING_LEADER" },
  REVISION: { submit: "AWAITING_LEADER" },
};

// The editable state a plan goes back to when its leader returns it: the state it was submitted from, derived
// from the last decision on an earlier sending (none: it was never sent).
export function statusAfterLeaderReturn(lastDecision: PlanDecision | null): PlanStatus {
  if (lastDecision === null) return "DRAFT";
  return lastDecision === "COMMENTED" ? "COMMENTED" : "REVISION";
}

export function nextPlanStatus(
  status: PlanStatus,
  event: PlanEvent,
  owner: PlanOwnerKind,
  lastDecision: PlanDecision | null = null,
): PlanStatus | null {
  if (event === "record" && owner.isMofaUnit) return null;
  if (event === "approve" && !owner.isMofaUnit) return null;
  const next = TRANSITIONS[status][event] ?? null;
  if (event === "return" && next) return statusAfterLeaderReturn(lastDecision);
  return next;
}

export function allowedPlanEvents(status: PlanStatus, owner: PlanOwnerKind): PlanEvent[] {
  return PLAN_EVENTS.filter((event) => nextPlanStatus(status, event, owner) !== null);
}

// The decisions MOFA may take on a sent plan of this owner (the review form offers exactly these).
export function reviewDecisions(owner: PlanOwnerKind): ("record" | "approve" | "comment")[] {
  return owner.isMofaUnit ? ["approve", "comment"] : ["record", "comment"];
}

export function decisionOf(event: "record" | "approve" | "comment"): PlanDecision {
  return event === "record" ? "RECORDED" : event === "approve" ? "APPROVED" : "COMMENTED";
}

export function isPlanContentEditable(status: PlanStatus): boolean {
  return status === "DRAFT" || status === "COMMENTED" || status === "REVISION";
}

// Attachments follow the content: a sent, recorded or approved plan is an issued document and its files are
// part of the record.
export function canChangeAttachments(status: PlanStatus): boolean {
  return isPlanContentEditable(status);
}

export const PLAN_STATUSES_IN_FORCE = ["RECORDED", "APPROVED", "REVISION"] as const satisfies readonly PlanStatus[];

export function isPlanInForce(status: PlanStatus): boolean {
  return (PLAN_STATUSES_IN_FORCE as readonly PlanStatus[]).includes(status);
}

export function canLogProgress(status: PlanStatus): boolean {
  return isPlanInForce(status);
}

// The plans awaiting MOFA: the review queue shows SENT plans.
export function isAwaitingMofa(status: PlanStatus): boolean {
  return status === "SENT";
}

// What a submission to the leader must contain.
export function submissionProblems(plan: { taskCount: number }): string[] {
  return plan.taskCount === 0 ? ["plan_without_tasks"] : [];
}

// What a sending must carry: the issuing document's number, date and signer (Decree 30/2020/NĐ-CP, Art. 8:
// number and symbol, date and the signer are mandatory components of an official document). The date cannot
// lie in the future (Vietnamese calendar day, passed in: the domain has no clock).
export function sendingProblems(
  sending: { documentNumber: string | null; documentDate: Date | null; signerName: string | null },
  today: Date,
): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  if (!sending.documentNumber?.trim()) problems.documentNumber = ["required"];
  if (!sending.documentDate) problems.documentDate = ["required"];
  else if (sending.documentDate.getTime() > today.getTime()) problems.documentDate = ["document_date_in_future"];
  if (!sending.signerName?.trim()) problems.signerName = ["required"];
  return problems;
}
