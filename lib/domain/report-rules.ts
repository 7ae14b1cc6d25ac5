import { owesPeriod, type OrganizationLifetime } from "./report-obligations";

// Rules of a periodic progress report: what must be filled, what a returned report lets its authors change,
// and how on time / late / missing / returned is derived from timestamped events (never typed).

// In the order of practice, on the form, the report page and the official document alike: results, shortcomings,
// the next period's directions and tasks, then proposals and recommendations.
export const REPORT_SECTIONS = ["resultsAchieved", "limitations", "nextPeriodTasks", "proposals"] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

export type ReportStatus = "DRAFT" | "SUBMITTED" | "RETURNED" | "ACCEPTED";
export type ReturnReason = { section?: ReportSection; taskId?: string; reason: string };

// Vietnam keeps UTC+7 all year: a deadline day ends at 17:00 UTC.
const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;

export function endOfDeadlineDay(deadline: Date): Date {
  return new Date(deadline.getTime() + 86_400_000 - VIETNAM_OFFSET_MS);
}

export type ComplianceStatus = "ON_TIME" | "LATE" | "MISSING" | "RETURNED" | "NOT_DUE";

export function complianceStatus(input: {
  deadline: Date;
  firstSubmittedAt: Date | null;
  status: ReportStatus | null;
  now: Date;
}): ComplianceStatus {
  if (input.status === "RETURNED") return "RETURNED";
  if (input.firstSubmittedAt) return input.firstSubmittedAt < endOfDeadlineDay(input.deadline) ? "ON_TIME" : "LATE";
  return input.now < endOfDeadlineDay(input.deadline) ? "NOT_DUE" : "MISSING";
}

// Share of due reports submitted on time (returned reports count by their first submission's timeliness).
export function timelinessRate(cells: { status: ComplianceStatus; onTimeFirstSubmission?: boolean }[]): number | null {
  const due = cells.filter((c) => c.status !== "NOT_DUE");
  if (!due.length) return null;
  const onTime = due.filter((c) => c.status === "ON_TIME" || (c.status === "RETURNED" && c.onTimeFirstSubmission)).length;
  return onTime / due.length;
}

export type ReportContent = {
  sections: Record<ReportSection, string | null>;
  taskRows: { taskId: string; status: string | null; progress: number | null; resultAchieved: string | null }[];
};

// Everything a submission needs: every task addressed, every section filled.
export function completenessProblems(content: ReportContent): { section?: ReportSection; taskId?: string; code: string }[] {
  const problems: { section?: ReportSection; taskId?: string; code: string }[] = [];
  for (const section of REPORT_SECTIONS) {
    if (!content.sections[section]?.trim()) problems.push({ section, code: "section_required" });
  }
  for (const row of content.taskRows) {
    if (!row.status || row.progress === null || !row.resultAchieved?.trim())
      problems.push({ taskId: row.taskId, code: "task_row_incomplete" });
  }
  return problems;
}

export type EditableParts = { all: boolean; sections: Set<ReportSection>; taskIds: Set<string>; indicators: boolean };

// A draft is editable everywhere; a returned report only where the reviewer gave a reason; submitted and
// accepted reports are locked.
export function editableParts(status: ReportStatus, reasons: readonly ReturnReason[]): EditableParts {
  if (status === "DRAFT") return { all: true, sections: new Set(REPORT_SECTIONS), taskIds: new Set(), indicators: true };
  if (status !== "RETURNED") return { all: false, sections: new Set(), taskIds: new Set(), indicators: false };
  return {
    all: false,
    sections: new Set(reasons.flatMap((r) => (r.section ? [r.section] : []))),
    taskIds: new Set(reasons.flatMap((r) => (r.taskId ? [r.taskId] : []))),
    indicators: reasons.some((r) => !r.section && !r.taskId),
  };
}

export function canEditTaskRow(parts: EditableParts, taskId: string): boolean {
  return parts.all || parts.taskIds.has(taskId);
}

export function canEditSection(parts: EditableParts, section: ReportSection): boolean {
  return parts.all || parts.sections.has(section);
}

export type ReportEventType = "SUBMITTED" | "RETURNED" | "ACCEPTED";
const REPORT_TRANSITIONS: Record<ReportStatus, Partial<Record<"submit" | "return" | "accept", ReportStatus>>> = {
  DRAFT: { submit: "SUBMITTED" },
  SUBMITTED: { return: "RETURNED", accept: "ACCEPTED" },
  RETURNED: { submit: "SUBMITTED" },
  ACCEPTED: {},
};

export function nextReportStatus(status: ReportStatus, event: "submit" | "return" | "accept"): ReportStatus | null {
  return REPORT_TRANSITIONS[status][event] ?? null;
}

// An organization's yearly contribution to a summed indicator from its accepted reports of one year:
// the annual report if there is one, otherwise the sum of the finest complete set reported
// (six-month, else quarterly, else monthly), so periods are never counted twice. A nine-month report is
// cumulative (January–September), so it stands in for the year before the annual report; ad-hoc reports are
// never counted.
export function yearlyContribution(
  values: { kind: "MONTHLY" | "QUARTERLY" | "SEMIANNUAL" | "NINE_MONTH" | "ANNUAL" | "AD_HOC"; value: number }[],
): number | null {
  for (const kind of ["ANNUAL", "NINE_MONTH", "SEMIANNUAL", "QUARTERLY", "MONTHLY"] as const) {
    const matching = values.filter((v) => v.kind === kind);
    if (matching.length) return matching.reduce((sum, v) => sum + v.value, 0);
  }
  return null;
}

// Whether an organization may open (or send) its report for a period: the period must have begun (its data
// cut-off window has started on `today`, a Vietnamese calendar day) and the organization must owe it — its
// report type is expected of it and it existed at the cut-off end (lib/domain/report-obligations.ts).
export type ReportPeriodProblem = "period_in_future" | "period_not_owed";

export function reportPeriodProblem(input: {
  period: { cutoffStart: Date; cutoffEnd: Date };
  organization: OrganizationLifetime;
  expected: boolean;
  today: Date;
}): ReportPeriodProblem | null {
  if (input.period.cutoffStart.getTime() > input.today.getTime()) return "period_in_future";
  if (!input.expected || !owesPeriod(input.organization, input.period)) return "period_not_owed";
  return null;
}
