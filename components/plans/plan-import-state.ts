// What the spreadsheet import action returns to its form. Reasons are already in the user's language.
export type ImportReportRow = { row: number; column: string; reason: string; value: string | null };

export type ImportFormState = {
  status?: "imported" | "invalid" | "error";
  count?: number;
  // The first cells to fix (at most a few hundred are sent back) and how many there are in all.
  report?: ImportReportRow[];
  reportTotal?: number;
  message?: string;
};

export type ImportAction = (state: ImportFormState, formData: FormData) => Promise<ImportFormState>;
