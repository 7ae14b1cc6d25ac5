import "server-only";
import { PLACE_ORGANIZATION_KINDS } from "@/lib/domain/activity-kinds";
import { isLikelyDuplicate } from "@/lib/domain/activity-duplicates";
import {
  ACTIVITY_COLUMN_BY_KEY,
  ACTIVITY_COLUMN_KEYS,
  ACTIVITY_SHEET_LAYOUT,
  MAX_ACTIVITY_ROWS,
  rowToActivityInput,
  type ActivityColumnKey,
} from "@/lib/domain/activity-sheet";
import { displayCell } from "@/lib/domain/spreadsheet-cells";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { translateValidationCode } from "@/lib/i18n/validation";
import { activityInputSchema } from "@/lib/schemas/activities";
import type { Actor } from "../auth/session";
import { db } from "../db";
import { authorize } from "../guards";
import { findLikelyDuplicateProposals, type DuplicateProposal } from "../queries/activities";
import { activityChoiceLabels } from "../spreadsheets/activity-workbook";
import { readSheet, type Sheet, type SheetSpec } from "../spreadsheets/read-task-sheet";
import { insertActivity, type ActivityLinks, type Fields } from "./activities";

// One wrong cell (row number, the column's header as written in the file, a validation code, what the cell held);
// a likely duplicate also names the activity already in the register.
export type ActivityImportError = { row: number; column: string; code: string; value: string | null; existing?: DuplicateProposal };
export type ActivityImportResult = { status: "imported"; count: number } | { status: "invalid"; errors: ActivityImportError[] };

const ACTIVITY_SHEET_SPEC: SheetSpec<ActivityColumnKey> = {
  layout: ACTIVITY_SHEET_LAYOUT,
  sheetNames: new Set(["hoat dong", "activities"]),
  otherSheetNames: new Set(["huong dan", "danh muc", "guide", "lists"]),
  maxRows: MAX_ACTIVITY_ROWS,
  codes: {
    no_task_sheet: "no_activity_sheet",
    no_header_row: "no_activity_header_row",
    spreadsheet_empty: "activities_empty",
    too_many_rows: "too_many_activity_rows",
  },
};

const MAX_VALUE_LENGTH = 200;
const COLUMN_ORDER = new Map<string, number>(ACTIVITY_COLUMN_KEYS.map((key, i) => [key, i]));

function shorten(text: string): string {
  const characters = Array.from(text);
  return characters.length > MAX_VALUE_LENGTH ? `${characters.slice(0, MAX_VALUE_LENGTH).join("")}…` : text;
}

type References = {
  organizations: Map<string, { id: string; kind: string }>;
  taskGroups: Map<string, string>;
  objectives: Map<string, string>;
};

// Every code a file may name, loaded once (a file of 2,000 rows is not 10,000 look-ups).
async function loadReferences(): Promise<References> {
  const [organizations, taskGroups, objectives] = await Promise.all([
    db.organization.findMany({ select: { id: true, code: true, kind: true } }),
    db.taskGroup.findMany({ select: { id: true, code: true } }),
    db.objective.findMany({ select: { id: true, code: true } }),
  ]);
  return {
    organizations: new Map(organizations.map((o) => [o.code.toUpperCase(), { id: o.id, kind: o.kind }])),
    taskGroups: new Map(taskGroups.map((t) => [t.code.toUpperCase(), t.id])),
    objectives: new Map(objectives.map((o) => [o.code.toUpperCase(), o.id])),
  };
}

function resolve(fields: Fields, refs: References, leadOrganizationId: string) {
  const errors: { key: ActivityColumnKey; code: string }[] = [];
  const ids = (codes: string[], map: Map<string, string>, key: ActivityColumnKey, code: string) => {
    const found = codes.map((c) => map.get(c.toUpperCase()));
    if (found.some((id) => !id)) errors.push({ key, code });
    return found.filter((id): id is string => !!id);
  };
  const organizationIds = new Map([...refs.organizations].map(([code, o]) => [code, o.id]));
  const coOrganizerIds = ids(fields.coOrganizerCodes, organizationIds, "coOrganizerCodes", "unknown_organization");
  const province = fields.provinceCode ? refs.organizations.get(fields.provinceCode.toUpperCase()) : undefined;
  if (fields.provinceCode && (!province || !(PLACE_ORGANIZATION_KINDS as readonly string[]).includes(province.kind)))
    errors.push({ key: "provinceCode", code: "unknown_province" });
  const links: ActivityLinks = {
    coOrganizerIds: coOrganizerIds.filter((id) => id !== leadOrganizationId),
    provinceId: province?.id ?? null,
    taskGroupIds: ids(fields.taskGroupCodes, refs.taskGroups, "taskGroupCodes", "unknown_task_group"),
    objectiveIds: ids(fields.objectiveCodes, refs.objectives, "objectiveCodes", "unknown_objective"),
    taskIds: [],
  };
  return { errors, links };
}

type ValidRow = { row: number; fields: Fields; links: ActivityLinks };

// Every row through the activity schema (as the form and the API) and the reference codes; then the rule only a
// register can break: a row that looks like an activity already recorded (or like a row above it in the file) is
// an error naming that activity — one record per real activity, the import never creates the copy.
async function validateActivityRows(sheet: Sheet<ActivityColumnKey>, refs: References, leadOrganizationId: string) {
  const headerOf = (key: ActivityColumnKey) => sheet.headers.get(key) ?? ACTIVITY_COLUMN_BY_KEY.get(key)!.headerVi;
  if (sheet.headerProblems.length) {
    const errors = sheet.headerProblems.map((p) => ({
      row: sheet.headerRow,
      column: p.text,
      code: p.code,
      value: p.code === "missing_column" ? null : p.text,
    }));
    return { errors, rows: [] };
  }
  const found: { row: number; key: ActivityColumnKey; code: string; existing?: DuplicateProposal }[] = [];
  const seen = new Set<string>();
  const add = (row: number, field: string, code: string, existing?: DuplicateProposal) => {
    const key = COLUMN_ORDER.has(field) ? (field as ActivityColumnKey) : "titleVi";
    const id = `${row}|${key}|${code}`;
    if (seen.has(id)) return;
    seen.add(id);
    found.push({ row, key, code, existing });
  };
  const labels = activityChoiceLabels();
  const valid: ValidRow[] = [];
  for (const { row, cells } of sheet.rows) {
    const { input, issues } = rowToActivityInput(cells, labels);
    for (const issue of issues) add(row, issue.key, issue.code);
    const parsed = activityInputSchema.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) add(row, String(issue.path[0] ?? "titleVi"), issue.message);
      continue;
    }
    const { confirmNew: _confirmNew, ...fields } = parsed.data;
    const resolved = resolve(fields, refs, leadOrganizationId);
    for (const error of resolved.errors) add(row, error.key, error.code);
    if (!issues.length && !resolved.errors.length) valid.push({ row, fields, links: resolved.links });
  }

  const existing = await findLikelyDuplicateProposals(valid.map((v) => v.fields));
  valid.forEach((v, i) => {
    const match = existing[i];
    if (match) add(v.row, "titleVi", "likely_duplicate_activity", match);
    const earlier = valid.slice(0, i).find((other) => isLikelyDuplicate(other.fields, v.fields));
    if (earlier) add(v.row, "titleVi", "duplicate_activity_row");
  });

  const cellsByRow = new Map(sheet.rows.map((r) => [r.row, r.cells]));
  const errors: ActivityImportError[] = found
    .sort((a, b) => a.row - b.row || COLUMN_ORDER.get(a.key)! - COLUMN_ORDER.get(b.key)!)
    .map(({ row, key, code, existing: match }) => {
      const value = displayCell(cellsByRow.get(row)?.get(key) ?? null);
      return { row, column: headerOf(key), code, value: value ? shorten(value) : null, ...(match ? { existing: match } : {}) };
    });
  return { errors, rows: errors.length ? [] : valid };
}

// Imports a spreadsheet of activities led by the actor's organization: all rows or none. A file with any wrong
// cell imports nothing and comes back as a report of every wrong cell. Problems with the file itself (not an
// .xlsx, too large, macros, a zip bomb, too many rows, no header row, empty) are ValidationErrors on `file`.
export async function importActivitiesFromSpreadsheet(actor: Actor, bytes: Uint8Array): Promise<ActivityImportResult> {
  const leadOrganizationId = actor.user.organizationId;
  // Checked first so that nobody can make the server unpack files without the right to record activities.
  authorize(actor, "activity:create", { organizationId: leadOrganizationId });
  const sheet = await readSheet(bytes, ACTIVITY_SHEET_SPEC);
  const { errors, rows } = await validateActivityRows(sheet, await loadReferences(), leadOrganizationId);
  if (errors.length) return { status: "invalid", errors };
  await db.$transaction(
    async (tx) => {
      for (const { fields, links } of rows) await insertActivity(tx, actor, fields, links, { leadOrganizationId, via: "spreadsheet" });
    },
    // Up to 2,000 activities, each with its links and audit entry, in one transaction.
    { maxWait: 10_000, timeout: 180_000 },
  );
  return { status: "imported", count: rows.length };
}

export type ActivityImportReportRow = {
  row: number;
  column: string;
  reason: string;
  value: string | null;
  existing?: { id: string; titleVi: string; leadOrganization: string; startDate: string; endDate: string };
};

// The report in the reader's language; a likely duplicate's reason names the activity already recorded.
export function describeImportErrors(errors: ActivityImportError[], locale: Locale): ActivityImportReportRow[] {
  return errors.map((e) => {
    const reason = translateValidationCode(e.code, locale);
    if (!e.existing) return { row: e.row, column: e.column, reason, value: e.value };
    const existing = {
      id: e.existing.id,
      titleVi: e.existing.titleVi,
      leadOrganization: e.existing.leadOrganization.nameVi,
      startDate: e.existing.startDate,
      endDate: e.existing.endDate,
    };
    const named = `${reason} “${existing.titleVi}” (${existing.leadOrganization}, ${formatDate(existing.startDate)}–${formatDate(existing.endDate)})`;
    return { row: e.row, column: e.column, reason: named, value: e.value, existing };
  });
}
