// The plain data the Steering Committee dashboards show (lib/server/queries/dashboard/ produces it; pages,
// components, the API and the exports read it). Rates are shares in [0, 1]; average progress is 0–100;
// calendar dates are ISO yyyy-mm-dd strings.
import type { DeliveryOutcomeFlag, PlanState, TaskStatusKey } from "./dashboard-rollups";
import type { DashboardFilters } from "./dashboard-filters";
import type { ProgressStatus } from "./progress-status";
import type { PeriodKind } from "./reporting-calendar";

export type TaskStatusCounts = Record<TaskStatusKey, number>;

export type CompletionStats = {
  total: number;
  counts: TaskStatusCounts;
  overdue: number;
  completionRate: number | null; // COMPLETED / non-cancelled, 0–1
  averageProgress: number | null; // 0–100
};

export type ProgressSummary = {
  status: ProgressStatus;
  method: "TARGET" | "NO_TARGET" | "NONE";
  baseYear: number | null;
  baseValue: number | null;
  currentYear: number | null;
  currentValue: number | null;
  observedRate: number | null;
  requiredRate: number | null;
  ratio: number | null;
  projection: number | null;
  requiredAnnualChange: number | null;
};

export type HeadlineIndicator = {
  code: string;
  nameVi: string;
  nameEn: string;
  unitVi: string;
  unitEn: string;
  direction: "INCREASE" | "DECREASE";
  objectiveCode: string | null;
  baselineYear: number | null;
  baselineValue: number | null;
  targetYear: number | null;
  targetValue: number | null;
  targetConfidence: "CONFIRMED" | "PARTIAL" | "UNCONFIRMED" | null;
  latest: {
    year: number;
    value: number;
    asOfDate: string | null;
    sourceUrls: string[];
    sourceNote: string | null;
    confidence: "CONFIRMED" | "PARTIAL" | "UNCONFIRMED";
  } | null;
  progress: ProgressSummary;
};

export type IndicatorOverview = { indicators: HeadlineIndicator[]; statusCounts: Record<ProgressStatus, number> };

export type CompletionRow = CompletionStats & { code: string | null; titleVi: string; titleEn: string };

export type TaskCompletion = { byObjective: CompletionRow[]; byTaskGroup: CompletionRow[]; total: CompletionStats };

export type TaskListItem = {
  id: string;
  code: string;
  titleVi: string;
  titleEn: string | null;
  status: TaskStatusKey;
  progress: number;
  dueDate: string | null;
  daysOverdue: number | null;
  plan: { id: string; title: string };
  organization: { id: string; code: string; nameVi: string; nameEn: string | null };
};

export type OverdueTasks = { total: number; tasks: TaskListItem[] };

export type BreakthroughPhase = { phase: string | null } & CompletionStats;

export type Breakthroughs = { byPhase: BreakthroughPhase[]; total: CompletionStats; tasks: (TaskListItem & { phase: string | null })[] };

export type OrganizationRef = {
  id: string;
  code: string;
  nameVi: string;
  nameEn: string | null;
  shortNameVi: string | null;
  kind: string;
  region: string | null;
};

export type ObjectiveRef = { code: string; titleVi: string; titleEn: string };

export type PlanCoverage = {
  totals: { organizations: number; approved: number; submitted: number; inPreparation: number; none: number };
  // Every organization in scope with the state of its planning, those without an approved plan first.
  organizations: (OrganizationRef & { planState: PlanState; planId: string | null })[];
  objectives: ObjectiveRef[];
  // Organizations with tasks in scope × specific objectives: tasks linked to each (a task may serve several).
  matrix: { organization: OrganizationRef; counts: Record<string, number>; unlinked: number; total: number }[];
  unaddressedObjectives: ObjectiveRef[];
};

export type PeriodCompliance = {
  periodId: string;
  kind: PeriodKind;
  year: number;
  number: number;
  deadline: string;
  owed: number;
  onTime: number;
  late: number;
  missing: number;
  returned: number;
  notDue: number;
  // On time (returned reports by their first submission) / due; null before the deadline.
  timeliness: number | null;
};

export type ReportingCompliance = { latest: PeriodCompliance | null; trend: PeriodCompliance[] };

export type DashboardPeriodOption = { id: string; kind: PeriodKind; year: number; number: number; deadline: string };

export type DivergenceFlag = DeliveryOutcomeFlag & { titleVi: string; titleEn: string };

export type DeliveryOutcome = { deliveryAhead: DivergenceFlag[]; outcomeAhead: DivergenceFlag[] };

export type DashboardSummary = {
  filters: DashboardFilters;
  asOf: { now: string; today: string };
  indicators: IndicatorOverview;
  taskCompletion: TaskCompletion;
  overdue: OverdueTasks;
  breakthroughs: Breakthroughs;
  coverage: PlanCoverage;
  compliance: ReportingCompliance;
  deliveryOutcome: DeliveryOutcome;
};

export type Scorecard = {
  organization: OrganizationRef & { isActive: boolean };
  planState: PlanState;
  planId: string | null;
  tasks: number;
  completed: number;
  cancelled: number;
  overdue: number;
  completionRate: number | null;
  averageProgress: number | null;
  dueReports: number;
  onTimeReports: number;
  timeliness: number | null;
  lastReport: {
    id: string;
    status: "DRAFT" | "SUBMITTED" | "RETURNED" | "ACCEPTED";
    periodId: string;
    kind: PeriodKind;
    year: number;
    number: number;
  } | null;
};

export type ScorecardPage = { rows: Scorecard[]; total: number; page: number; pageCount: number; pageSize: number };

export type OrganizationComplianceCell = {
  periodId: string;
  kind: PeriodKind;
  year: number;
  number: number;
  deadline: string;
  status: "ON_TIME" | "LATE" | "MISSING" | "RETURNED" | "NOT_DUE";
  reportId: string | null;
};

export type OrganizationScorecard = {
  scorecard: Scorecard;
  taskGroups: CompletionRow[];
  overdue: OverdueTasks;
  compliance: OrganizationComplianceCell[];
  plans: { id: string; title: string; status: string; periodStart: number; periodEnd: number }[];
};

export type ObjectiveTask = TaskListItem & { reports: { id: string; status: string; kind: PeriodKind; year: number; number: number }[] };

export type ObjectiveDetail = {
  objective: {
    code: string;
    level: "GENERAL" | "SPECIFIC";
    titleVi: string;
    titleEn: string;
    sourceUrls: string[];
    taskGroup: { code: string; nameVi: string; nameEn: string } | null;
  };
  indicators: HeadlineIndicator[];
  completion: CompletionStats;
  organizations: (OrganizationRef & CompletionStats & { plans: { id: string; title: string }[] })[];
  tasks: ObjectiveTask[];
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
};
