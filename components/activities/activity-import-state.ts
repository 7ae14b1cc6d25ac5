import type { FormAction, FormValues } from "@/lib/schemas/action-state";

// One cell to fix, reasons already in the user's language; a likely duplicate names the recorded activity.
export type ActivityImportReportRow = {
  row: number;
  column: string;
  reason: string;
  value: string | null;
  existing?: { id: string; titleVi: string };
};

// `imported`: how many activities were created; otherwise the first cells to fix and how many there are in all.
export type ActivityImportResult = { imported?: number; report?: ActivityImportReportRow[]; reportTotal?: number };

export type ActivityImportAction = FormAction<FormValues, ActivityImportResult>;
