// The report as the pages hand it to the components (plain, serializable; mirrors getReportDetail).
import type { ReportSection } from "@/lib/domain/report-rules";
import type { TaskStatusValue } from "@/components/tasks/task-status";

export type ReturnReasonView = { section?: ReportSection; taskId?: string; reason: string };

export type ReportTaskRowView = {
  taskId: string;
  code: string;
  titleVi: string;
  titleEn: string | null;
  dueDate: string | null;
  plan: { id: string; title: string };
  status: TaskStatusValue;
  progress: number;
  resultAchieved: string | null;
  evidence: string | null;
  returnReason: string | null;
  editable: boolean;
};

export type ReportIndicatorView = {
  code: string;
  nameVi: string;
  nameEn: string;
  unitVi: string;
  unitEn: string;
  value: number | null;
  note: string | null;
};

export type ReportEventView = {
  id: string;
  type: "SUBMITTED" | "RETURNED" | "ACCEPTED";
  at: string;
  version: number;
  comment: string | null;
  actorName: string | null;
  reasons: ReturnReasonView[];
};

export type FieldChangeView = { before: unknown; after: unknown };

export type ReportDiffView = {
  from: number;
  to: number;
  sections: Record<string, FieldChangeView>;
  taskRows: { code: string; changes: Record<string, FieldChangeView> }[];
  indicatorValues: { indicatorCode: string; changes: Record<string, FieldChangeView> }[];
};
