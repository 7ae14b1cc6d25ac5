// The report form and the review form as HTML fields, and the translation between those fields and the report
// services' input and error keys. Pure: shared by the server actions (reading a submission) and the client form
// (naming its controls and its local autosave copy).
import { REPORT_SECTIONS, type ReportSection } from "./report-rules";

export const TASK_ROW_FIELDS = ["status", "progress", "resultAchieved", "evidence"] as const;
export type TaskRowField = (typeof TASK_ROW_FIELDS)[number];
export const INDICATOR_FIELDS = ["value", "note"] as const;
export type IndicatorField = (typeof INDICATOR_FIELDS)[number];

// A field name is also the key of its error, and `section:x` / `task:<id>` / `indicator:<code>` name a whole part.
export const sectionField = (section: ReportSection) => `section:${section}`;
export const taskField = (taskId: string, field?: TaskRowField) => (field ? `task:${taskId}:${field}` : `task:${taskId}`);
export const indicatorField = (code: string, field?: IndicatorField) => (field ? `indicator:${code}:${field}` : `indicator:${code}`);
export const reasonSectionField = (section: ReportSection) => `reason:section:${section}`;
export const reasonTaskField = (taskId: string) => `reason:task:${taskId}`;
// An element id (anchor of the error summary's links) for a field or part name.
export const fieldAnchor = (name: string) => `report-${name.replace(/[^A-Za-z0-9_-]/g, "-")}`;

// The form's longest field name is `indicator:<40 characters>:value`; a longer name is none of its fields. The
// values are bounded by the report schemas, which check the length before anything else.
const MAX_FIELD_NAME_CHARS = 120;
const SECTION_NAME = /^section:(\w+)$/;
// Whether a box was left empty. A long value is not blank whatever it holds (its schema refuses it by length
// first), so a megabyte of spaces is never trimmed here.
const isBlank = (value: string) => value.length <= 10_000 && !value.trim();
const TASK_NAME = /^task:([^:\s]{1,40}):(status|progress|resultAchieved|evidence)$/;
const INDICATOR_NAME = /^indicator:([^:\s]{1,40}):(value|note)$/;
const REASON_NAME = /^reason:(section|task):([^:\s]{1,40})$/;

const isSection = (value: string): value is ReportSection => (REPORT_SECTIONS as readonly string[]).includes(value);

export type Locale = "vi" | "en";

// A number as people type it. Vietnamese writes 1.500,5 (dot for thousands, comma for decimals); English 1,500.5.
// In Vietnamese a lone dot followed by groups of exactly three digits is read as thousands (2.500 = 2500), any
// other dot as a decimal point (2.5). Returns null for text that is not a number.
// Longer text is not a number anyone types (1e12 with four decimals and separators is under 30 characters).
export const MAX_NUMBER_CHARS = 40;
// Digits, then an optional decimal part, each piece matched once: `\d+\.?\d*` let the engine split a run of
// digits between `\d+` and `\d*` in every way when the text did not end as a number (quadratic: 60,000 digits
// froze the server for 2.8 s).
const PLAIN_NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)$/;

export function parseLocalizedNumber(text: string, locale: Locale): number | null {
  if (text.length > MAX_NUMBER_CHARS * 4) return null;
  let s = text.replace(/[\s\u00a0]/g, "");
  if (!s || s.length > MAX_NUMBER_CHARS) return null;
  if (locale === "vi") {
    if (s.includes(",")) s = s.replace(/\./g, "").replace(",", ".");
    else if (/^-?\d{1,3}(\.\d{3})+$/.test(s)) s = s.replace(/\./g, "");
  } else {
    s = s.replace(/,/g, "");
  }
  if (!PLAIN_NUMBER.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

// A saved number shown in an input so that parseLocalizedNumber reads it back unchanged (no thousands separators).
export function editableNumber(value: number | null, locale: Locale): string {
  if (value === null) return "";
  const text = String(value);
  return locale === "vi" ? text.replace(".", ",") : text;
}

export type ReportFormInput = {
  version: string;
  documentNumber?: string;
  sections: Partial<Record<ReportSection, string>>;
  taskRows: { taskId: string; status: string; progress: string | undefined; resultAchieved: string; evidence: string }[];
  indicatorValues: { indicatorCode: string; value: string | number; note: string }[];
};

// The draft-save input from the submitted fields. Only the parts the form rendered as controls are present (a
// read-only part sends nothing, so it stays as saved). An indicator without a value is not reported; a note
// without a value is an error on the value.
export function readReportForm(
  entries: Iterable<[string, unknown]>,
  locale: Locale,
): { input: ReportFormInput; values: Record<string, string>; problems: Record<string, string[]> } {
  const values: Record<string, string> = {};
  for (const [name, value] of entries) {
    if (typeof value === "string" && name.length <= MAX_FIELD_NAME_CHARS && !name.startsWith("$ACTION")) values[name] = value;
  }
  const input: ReportFormInput = { version: values.version ?? "", sections: {}, taskRows: [], indicatorValues: [] };
  if ("documentNumber" in values) input.documentNumber = values.documentNumber;
  const rows = new Map<string, Partial<Record<TaskRowField, string>>>();
  const indicators = new Map<string, Partial<Record<IndicatorField, string>>>();
  for (const [name, value] of Object.entries(values)) {
    const section = SECTION_NAME.exec(name)?.[1];
    if (section && isSection(section)) {
      input.sections[section] = value;
      continue;
    }
    const task = TASK_NAME.exec(name);
    if (task) {
      const row = rows.get(task[1]!) ?? {};
      row[task[2] as TaskRowField] = value;
      rows.set(task[1]!, row);
      continue;
    }
    const indicator = INDICATOR_NAME.exec(name);
    if (indicator) {
      const entry = indicators.get(indicator[1]!) ?? {};
      entry[indicator[2] as IndicatorField] = value;
      indicators.set(indicator[1]!, entry);
    }
  }
  for (const [taskId, row] of rows) {
    const typed = row.progress ?? "";
    // Only a short entry is tidied; a long one goes to the schema as sent, which refuses it by its length.
    const progress = typed.length > MAX_NUMBER_CHARS ? typed : typed.trim().replace(/%$/, "").trim();
    input.taskRows.push({
      taskId,
      status: row.status ?? "",
      progress: progress === "" ? undefined : progress,
      resultAchieved: row.resultAchieved ?? "",
      evidence: row.evidence ?? "",
    });
  }
  const problems: Record<string, string[]> = {};
  for (const [indicatorCode, entry] of indicators) {
    const note = entry.note ?? "";
    if ((entry.value ?? "").length > MAX_NUMBER_CHARS * 4) {
      problems[indicatorField(indicatorCode, "value")] = ["invalid_number"];
      continue;
    }
    const raw = (entry.value ?? "").trim();
    if (!raw) {
      if (!isBlank(note)) problems[indicatorField(indicatorCode, "value")] = ["required"];
      continue;
    }
    input.indicatorValues.push({ indicatorCode, value: parseLocalizedNumber(raw, locale) ?? raw, note });
  }
  return { input, values, problems };
}

// The services' error keys (`sections.limitations`, `taskRows.3.progress`, `taskRows.<taskId>` on submit,
// `indicatorValues.0`, …) as the form's field names, so each error shows next to its control.
export function mapReportFieldErrors(
  fieldErrors: Record<string, string[]>,
  input: Pick<ReportFormInput, "taskRows" | "indicatorValues">,
): Record<string, string[]> {
  const mapped: Record<string, string[]> = {};
  const add = (key: string, codes: string[]) => {
    mapped[key] = [...new Set([...(mapped[key] ?? []), ...codes])];
  };
  for (const [key, codes] of Object.entries(fieldErrors)) {
    const [head, second, third] = key.split(".");
    if (head === "sections" && second && isSection(second)) add(sectionField(second), codes);
    else if (head === "taskRows" && second !== undefined) {
      const byIndex = /^\d+$/.test(second) ? input.taskRows[Number(second)]?.taskId : undefined;
      const taskId = byIndex ?? second;
      if (third && (TASK_ROW_FIELDS as readonly string[]).includes(third)) add(taskField(taskId, third as TaskRowField), codes);
      else add(taskField(taskId), codes);
    } else if (head === "indicatorValues" && second !== undefined) {
      const code = /^\d+$/.test(second) ? input.indicatorValues[Number(second)]?.indicatorCode : undefined;
      if (!code) add("_form", codes);
      else if (third === "value" || third === "note") add(indicatorField(code, third), codes);
      else add(indicatorField(code), codes);
    } else if (head === "sections" || head === "taskRows" || head === "indicatorValues") {
      // zod also files nested issues under the top-level key; the nested keys above carry them.
      continue;
    } else if (head === "documentNumber") add("documentNumber", codes);
    else add("_form", codes);
  }
  return mapped;
}

export type ReviewReasonInput = { section: ReportSection; reason: string } | { taskId: string; reason: string };

// The reviewer's reasons from the boxes named `reason:section:<name>` and `reason:task:<taskId>`; empty boxes
// are no reason. `fieldOf[i]` names the box of reasons[i], to put its errors back next to it.
export function readReviewReasons(entries: Iterable<[string, unknown]>): { reasons: ReviewReasonInput[]; fieldOf: string[] } {
  const reasons: ReviewReasonInput[] = [];
  const fieldOf: string[] = [];
  for (const [name, value] of entries) {
    if (typeof value !== "string" || name.length > MAX_FIELD_NAME_CHARS || isBlank(value)) continue;
    const match = REASON_NAME.exec(name);
    if (!match) continue;
    if (match[1] === "section") {
      if (!isSection(match[2]!)) continue;
      reasons.push({ section: match[2], reason: value });
    } else {
      reasons.push({ taskId: match[2]!, reason: value });
    }
    fieldOf.push(name);
  }
  return { reasons, fieldOf };
}

export function mapReviewFieldErrors(fieldErrors: Record<string, string[]>, fieldOf: readonly string[]): Record<string, string[]> {
  const mapped: Record<string, string[]> = {};
  for (const [key, codes] of Object.entries(fieldErrors)) {
    const match = /^reasons\.(\d+)(\.reason)?$/.exec(key);
    const target = match ? (fieldOf[Number(match[1])] ?? "reasons") : key;
    mapped[target] = [...new Set([...(mapped[target] ?? []), ...codes])];
  }
  return mapped;
}

// The browser keeps a copy of unsaved report text per report and version (see components/reports/report-form).
export const AUTOSAVE_PREFIX = "ngvh:report-draft:";

export function autosaveKey(reportId: string, version: number): string {
  return `${AUTOSAVE_PREFIX}${reportId}:${version}`;
}

export function parseAutosaveKey(key: string): { reportId: string; version: number } | null {
  if (!key.startsWith(AUTOSAVE_PREFIX)) return null;
  const match = /^([^:]+):(\d+)$/.exec(key.slice(AUTOSAVE_PREFIX.length));
  return match ? { reportId: match[1]!, version: Number(match[2]) } : null;
}

export type AutosaveCopy = { savedAt: string; values: Record<string, string> };

// Whether a kept copy says anything the form does not already show (only the form's current fields count).
export function differsFromForm(copy: AutosaveCopy, current: Record<string, string>): boolean {
  return Object.entries(copy.values).some(([name, value]) => name in current && current[name]!.trim() !== value.trim());
}
