"use client";

import { useActionState, useId, type ReactNode } from "react";
import type { FormAction, FormValues } from "@/lib/schemas/action-state";
import { primaryButtonClass } from "./form-field";
import { Cell, DataTable, HeaderCell, RowHeaderCell } from "./table";

// One cell to fix, its reason already in the user's language.
export type SpreadsheetImportRow = { row: number; column: string; reason: string; value: string | null };

// `imported`: how many records were created; otherwise the first cells to fix (at most a few hundred are sent
// back) and how many there are in all.
export type SpreadsheetImportResult<Row extends SpreadsheetImportRow> = { imported?: number; report?: Row[]; reportTotal?: number };

// The texts of the form (the caller's namespace: fileLabel, help, submit, submitting, reportCaption, row, column,
// reason, value, emptyValue, more).
type Texts = (key: string, values?: { count: number }) => string;

// Upload of a spreadsheet (the plan's tasks, the activities register). The outcome is announced: the number of
// records imported, or a table of every cell to fix (row, column, reason, value) when nothing was imported.
export function SpreadsheetImportForm<Row extends SpreadsheetImportRow>({
  action,
  t,
  testId,
  hiddenFields,
  reason,
}: {
  action: FormAction<FormValues, SpreadsheetImportResult<Row>>;
  t: Texts;
  testId: string;
  hiddenFields?: ReactNode;
  // How a row's reason is shown when it carries more than text (e.g. a link to the record it duplicates).
  reason?: (entry: Row) => ReactNode;
}) {
  const [state, formAction, isPending] = useActionState(action, {});
  const inputId = useId();
  const helpId = useId();
  const messageId = useId();
  const report = state.data?.report;
  const reportTotal = state.data?.reportTotal ?? 0;
  const hasError = state.status === "error";
  return (
    <div className="space-y-3">
      <form action={formAction} className="flex flex-wrap items-end gap-3" data-testid={testId}>
        {hiddenFields}
        <div className="space-y-1">
          <label htmlFor={inputId} className="block font-medium">
            {t("fileLabel")}
          </label>
          <input
            id={inputId}
            name="file"
            type="file"
            required
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={hasError ? `${helpId} ${messageId}` : helpId}
            aria-invalid={hasError || undefined}
            className="file-input"
          />
        </div>
        <button type="submit" disabled={isPending} className={primaryButtonClass}>
          {isPending ? t("submitting") : t("submit")}
        </button>
        <p id={helpId} className="w-full text-sm text-slate-600">
          {t("help")}
        </p>
      </form>

      <div aria-live="polite" id={messageId}>
        {state.status === "success" && (
          <p
            role="status"
            className="rounded border border-cb-green bg-emerald-50 p-3 text-sm text-emerald-950"
            data-testid="import-success"
          >
            <span aria-hidden="true">✓ </span>
            {state.message}
          </p>
        )}
        {state.status === "error" && (
          <p
            role="alert"
            className="rounded border border-cb-vermillion bg-red-50 p-3 text-sm text-red-900"
            data-testid={report ? "import-invalid" : "import-error"}
          >
            {state.message}
          </p>
        )}
      </div>

      {report && (
        <>
          <DataTable caption={t("reportCaption")}>
            <thead>
              <tr>
                <HeaderCell className="w-20">{t("row")}</HeaderCell>
                <HeaderCell>{t("column")}</HeaderCell>
                <HeaderCell>{t("reason")}</HeaderCell>
                <HeaderCell>{t("value")}</HeaderCell>
              </tr>
            </thead>
            <tbody data-testid="import-report">
              {report.map((entry, i) => (
                <tr key={`${entry.row}-${entry.column}-${i}`}>
                  <RowHeaderCell>{entry.row}</RowHeaderCell>
                  <Cell>{entry.column}</Cell>
                  <Cell>{reason ? reason(entry) : entry.reason}</Cell>
                  <Cell className="max-w-xs break-words">
                    {entry.value === null || entry.value === "" ? <span className="text-slate-500">{t("emptyValue")}</span> : entry.value}
                  </Cell>
                </tr>
              ))}
            </tbody>
          </DataTable>
          {reportTotal > report.length && <p className="text-sm text-slate-700">{t("more", { count: reportTotal - report.length })}</p>}
        </>
      )}
    </div>
  );
}
