import type { FormAction, FormValues } from "@/lib/schemas/action-state";

// What the spreadsheet import action returns besides its message. Reasons are already in the user's language.
export type ImportReportRow = { row: number; column: string; reason: string; value: string | null };

// `imported`: how many tasks were created; otherwise the first cells to fix (at most a few hundred are sent
// back) and how many there are in all.
export type ImportResult = { imported?: number; report?: ImportReportRow[]; reportTotal?: number };

export type ImportAction = FormAction<FormValues, ImportResult>;
