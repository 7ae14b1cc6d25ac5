// The life cycle of an action plan (Official Letter 404/BNG-NGVH-UNESCO asks every ministry, sector and
// province for one). Pure: the services load the plan, ask here, then write.
//
//   DRAFT ──submit──► SUBMITTED ──approve──► APPROVED ──revise──► REVISION ──submit──► SUBMITTED …
//                        │                                            ▲
//                        └──return──► RETURNED ──submit (resubmit)────┘ (to SUBMITTED)
//
// Content (plan fields, tasks' planning fields) may change only in DRAFT, RETURNED and REVISION. Progress
// (status, % done, notes) may be logged on tasks of an APPROVED plan — and of a plan under REVISION, whose
// approved version stays in force until the revision is approved.
export type PlanStatus = "DRAFT" | "SUBMITTED" | "RETURNED" | "APPROVED" | "REVISION";
export type PlanEvent = "submit" | "approve" | "return" | "revise";

const TRANSITIONS: Record<PlanStatus, Partial<Record<PlanEvent, PlanStatus>>> = {
  DRAFT: { submit: "SUBMITTED" },
  SUBMITTED: { approve: "APPROVED", return: "RETURNED" },
  RETURNED: { submit: "SUBMITTED" },
  APPROVED: { revise: "REVISION" },
  REVISION: { submit: "SUBMITTED" },
};

export function nextPlanStatus(status: PlanStatus, event: PlanEvent): PlanStatus | null {
  return TRANSITIONS[status][event] ?? null;
}

export function allowedPlanEvents(status: PlanStatus): PlanEvent[] {
  return Object.keys(TRANSITIONS[status]) as PlanEvent[];
}

export function isPlanContentEditable(status: PlanStatus): boolean {
  return status === "DRAFT" || status === "RETURNED" || status === "REVISION";
}

export function canLogProgress(status: PlanStatus): boolean {
  return status === "APPROVED" || status === "REVISION";
}

// What a submission must contain.
export function submissionProblems(plan: { taskCount: number }): string[] {
  return plan.taskCount === 0 ? ["plan_without_tasks"] : [];
}
