import "server-only";
import { displayCell, findDuplicateCodes, rowToTaskInput } from "@/lib/domain/spreadsheet-cells";
import { COLUMN_BY_KEY, TASK_COLUMN_KEYS, type TaskColumnKey } from "@/lib/domain/spreadsheet-columns";
import { taskInputSchema, type TaskInput } from "@/lib/schemas/plans";
import { resolveTaskCodes, type ReferenceCodes } from "../services/plans";
import type { TaskSheet } from "./read-task-sheet";

// One wrong cell: the spreadsheet row number, the column's header as written in the file, a validation code
// (translated at the edge) and what the cell held.
export type ImportCellError = { row: number; column: string; code: string; value: string | null };

const MAX_VALUE_LENGTH = 200;
const COLUMN_ORDER = new Map<string, number>(TASK_COLUMN_KEYS.map((key, i) => [key, i]));

function shorten(text: string): string {
  const characters = Array.from(text);
  return characters.length > MAX_VALUE_LENGTH ? `${characters.slice(0, MAX_VALUE_LENGTH).join("")}…` : text;
}

function isColumnKey(key: string): key is TaskColumnKey {
  return COLUMN_ORDER.has(key);
}

// Values that always pass their field, standing in for wrong cells on a second pass (see below).
const NEUTRAL: Partial<Record<TaskColumnKey, unknown>> = { code: "X", titleVi: "X", taskGroupCode: "TG1", isBreakthrough: false };

// Parses one field on its own, so codes can be checked against the reference lists even when another field
// of the row is wrong (every wrong cell is reported at once, not one per attempt).
function parseField<K extends TaskColumnKey>(key: K, input: Record<string, unknown>): TaskInput[K] | undefined {
  const parsed = taskInputSchema.shape[key].safeParse(input[key]);
  return parsed.success ? (parsed.data as TaskInput[K]) : undefined;
}

// Validates every row with the task schema and the reference codes, plus the two rules only a whole file can
// break (a code repeated in the file, a code the plan already has). Either all rows are valid tasks, or the
// report lists every wrong cell.
export function validateTaskRows(
  sheet: TaskSheet,
  codes: ReferenceCodes,
  existingCodes: Iterable<string>,
): { errors: ImportCellError[]; tasks: TaskInput[] } {
  const headerOf = (key: TaskColumnKey) => sheet.headers.get(key) ?? COLUMN_BY_KEY.get(key)!.headerVi;
  if (sheet.headerProblems.length) {
    return {
      tasks: [],
      errors: sheet.headerProblems.map((p) => ({
        row: sheet.headerRow,
        column: p.text,
        code: p.code,
        value: p.code === "missing_column" ? null : p.text,
      })),
    };
  }

  const seen = new Set<string>();
  const found: { row: number; key: TaskColumnKey; code: string }[] = [];
  const add = (row: number, key: string, code: string) => {
    const field = isColumnKey(key) ? key : "code";
    const id = `${row}|${field}|${code}`;
    if (seen.has(id)) return;
    seen.add(id);
    found.push({ row, key: field, code });
  };

  const tasks: TaskInput[] = [];
  for (const { row, cells } of sheet.rows) {
    const { input, issues } = rowToTaskInput(cells);
    for (const issue of issues) add(row, issue.key, issue.code);
    const parsed = taskInputSchema.safeParse(input);
    if (parsed.success) {
      if (!issues.length) tasks.push(parsed.data);
    } else {
      const failed = new Set<string>();
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? "code");
        failed.add(field);
        add(row, field, issue.message);
      }
      // The schema's cross-field rules (due date before start, completed without 100%) run only once every
      // field has parsed; a second pass with the wrong cells neutralised finds them in the same report.
      const probe = { ...input };
      for (const field of failed) probe[field] = NEUTRAL[field as TaskColumnKey] ?? "";
      const second = taskInputSchema.safeParse(probe);
      if (!second.success) {
        for (const issue of second.error.issues) {
          const field = String(issue.path[0] ?? "code");
          if (!failed.has(field)) add(row, field, issue.message);
        }
      }
    }
    const taskGroupCode = parseField("taskGroupCode", input);
    const references = {
      taskGroupCode: taskGroupCode ?? "TG1",
      objectiveCodes: parseField("objectiveCodes", input) ?? [],
      indicatorCodes: parseField("indicatorCodes", input) ?? [],
      coordinatorCodes: parseField("coordinatorCodes", input) ?? [],
      leadOrganizationCode: parseField("leadOrganizationCode", input) ?? null,
    } as TaskInput;
    const resolved = resolveTaskCodes(references, codes);
    for (const [field, fieldCodes] of Object.entries(resolved.errors)) {
      // A task group the schema already refused is reported once, by the schema.
      if (field === "taskGroupCode" && taskGroupCode === undefined) continue;
      for (const code of fieldCodes) add(row, field, code);
    }
  }

  const codeCells = sheet.rows.map(({ row, cells }) => ({ row, code: displayCell(cells.get("code") ?? null).trim() }));
  for (const duplicate of findDuplicateCodes(codeCells)) add(duplicate.row, "code", "duplicate_task_code");
  const taken = new Set([...existingCodes].map((c) => c.toUpperCase()));
  for (const { row, code } of codeCells) {
    if (code && taken.has(code.toUpperCase())) add(row, "code", "task_code_taken");
  }

  const cellsByRow = new Map(sheet.rows.map((r) => [r.row, r.cells]));
  const errors = found
    .sort((a, b) => a.row - b.row || COLUMN_ORDER.get(a.key)! - COLUMN_ORDER.get(b.key)!)
    .map(({ row, key, code }) => {
      const raw = cellsByRow.get(row)?.get(key) ?? null;
      const value = displayCell(raw);
      return { row, column: headerOf(key), code, value: value ? shorten(value) : null };
    });
  return { errors, tasks: errors.length ? [] : tasks };
}
