// Spreadsheet cells → the raw task input that the task schema validates (the same schema as the form and the
// API). Only what is particular to spreadsheets happens here: real Excel dates and date serials, labels picked
// instead of codes, "Có/Không", "50%". Everything else is left for the schema to accept or refuse.
import {
  COLUMN_BY_KEY,
  foldText,
  FUNDING_SOURCE_LABELS,
  TASK_STATUS_LABELS,
  type TaskColumn,
  type TaskColumnKey,
} from "./spreadsheet-columns";

// A cell's value once formulas, rich text and hyperlinks have been reduced to what they show.
export type CellValue = string | number | boolean | Date | null;

export type CellIssue = { key: TaskColumnKey; code: string };

const DAY_MS = 86_400_000;
// Day 0 of the 1900 date system as Excel counts it (it keeps the fictitious 29/02/1900, hence the 30th).
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MAX_EXCEL_SERIAL = 2_958_465; // 31/12/9999

function utcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export function excelSerialToDate(serial: number): Date | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > MAX_EXCEL_SERIAL) return null;
  return utcDay(new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS));
}

function two(n: number) {
  return String(n).padStart(2, "0");
}

export function displayCell(value: CellValue): string {
  if (value === null) return "";
  if (value instanceof Date) return `${two(value.getUTCDate())}/${two(value.getUTCMonth() + 1)}/${value.getUTCFullYear()}`;
  return String(value);
}

function labelIndex(labels: Record<string, { vi: string; en: string }>): Map<string, string> {
  return new Map(
    Object.entries(labels).flatMap(([code, l]) => [foldText(code), foldText(l.vi), foldText(l.en)].map((k) => [k, code] as const)),
  );
}

const CHOICES: Partial<Record<TaskColumnKey, Map<string, string>>> = {
  status: labelIndex(TASK_STATUS_LABELS),
  fundingSource: labelIndex(FUNDING_SOURCE_LABELS),
};

const YES_WORDS = new Set(["co", "x", "yes", "y", "true", "1", "dung"]);
const NO_WORDS = new Set(["khong", "no", "n", "false", "0", "sai"]);

type Converted = { value: unknown } | { error: string };

function asText(value: CellValue): string {
  return displayCell(value);
}

export function convertCell(column: TaskColumn, value: CellValue): Converted {
  const isEmpty = value === null || (typeof value === "string" && value.trim() === "");
  switch (column.kind) {
    case "text":
    case "codes":
      return { value: isEmpty ? "" : asText(value) };
    case "date": {
      if (isEmpty) return { value: "" };
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? { error: "invalid_date" } : { value: utcDay(value) };
      if (typeof value === "number") {
        const date = excelSerialToDate(value);
        return date ? { value: date } : { error: "invalid_date" };
      }
      if (typeof value === "boolean") return { error: "invalid_date" };
      const text = String(value).trim();
      const dotted = /^(\d{1,2})[.\-](\d{1,2})[.\-](\d{4})$/.exec(text);
      return { value: dotted ? `${dotted[1]}/${dotted[2]}/${dotted[3]}` : text };
    }
    case "amount":
      if (isEmpty) return { value: "" };
      if (typeof value === "boolean" || value instanceof Date) return { error: "invalid_amount" };
      return { value: typeof value === "number" ? value : String(value).trim() };
    case "integer":
      if (isEmpty) return { value: "" };
      if (typeof value === "boolean" || value instanceof Date) return { error: "invalid_progress" };
      return { value: typeof value === "number" ? value : String(value).trim().replace(/\s*%$/, "") };
    case "choice": {
      if (isEmpty) return { value: "" };
      const text = asText(value).trim();
      const known = CHOICES[column.key]?.get(foldText(text));
      return { value: known ?? text.toUpperCase() };
    }
    case "boolean": {
      if (isEmpty) return { value: false };
      if (typeof value === "boolean") return { value };
      const word = foldText(asText(value));
      if (YES_WORDS.has(word)) return { value: true };
      if (NO_WORDS.has(word)) return { value: false };
      return { error: "invalid_yes_no" };
    }
  }
}

// One spreadsheet row → the task input object (field names are the schema's) and the cells that could not
// even be read as their column's kind.
export function rowToTaskInput(cells: ReadonlyMap<TaskColumnKey, CellValue>): { input: Record<string, unknown>; issues: CellIssue[] } {
  const input: Record<string, unknown> = {};
  const issues: CellIssue[] = [];
  for (const [key, value] of cells) {
    const converted = convertCell(COLUMN_BY_KEY.get(key)!, value);
    if ("error" in converted) issues.push({ key, code: converted.error });
    else input[key] = converted.value;
  }
  return { input, issues };
}

export function isEmptyRow(cells: Iterable<CellValue>): boolean {
  for (const value of cells) {
    if (value === null) continue;
    if (typeof value === "string" && value.trim() === "") continue;
    return false;
  }
  return true;
}

// Duplicate task codes inside one file (compared without regard to case, as the database does): every
// occurrence after the first, by row.
export function findDuplicateCodes(rows: { row: number; code: string }[]): { row: number; code: string }[] {
  const first = new Map<string, number>();
  const duplicates: { row: number; code: string }[] = [];
  for (const { row, code } of rows) {
    const key = code.trim().toUpperCase();
    if (!key) continue;
    if (first.has(key)) duplicates.push({ row, code });
    else first.set(key, row);
  }
  return duplicates;
}
