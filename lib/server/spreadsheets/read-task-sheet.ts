import "server-only";
import ExcelJS from "exceljs";
import { ValidationError } from "@/lib/domain/errors";
import { sniffFileKind } from "@/lib/domain/file-types";
import { displayCell, isEmptyRow, type CellValue } from "@/lib/domain/spreadsheet-cells";
import { foldText, TASK_SHEET_LAYOUT, type HeaderProblem, type SheetLayout, type TaskColumnKey } from "@/lib/domain/spreadsheet-columns";
import { inspectOfficePackage, type InflateBudget } from "../files/office-package";

export const MAX_SPREADSHEET_BYTES = 5 * 1024 * 1024;
export const MAX_TASK_ROWS = 2_000;
// What a workbook may unpack to before exceljs opens it. 2,000 tasks of 20 columns are a few megabytes of
// sheet XML; a zip bomb of 5 MB unpacks to 5 GB. Counted while inflating, not taken from the directory.
export const SPREADSHEET_INFLATE_BUDGET: InflateBudget = { maxEntryBytes: 60 * 1024 * 1024, maxTotalBytes: 100 * 1024 * 1024 };
// Rows that exist in the file (formatted but empty ones included); far above any real task list.
const MAX_SHEET_ROWS = 20_000;
const MAX_SHEET_COLUMNS = 200;
const HEADER_SEARCH_ROWS = 10;

export type SheetRow<K extends string> = { row: number; cells: Map<K, CellValue> };
export type Sheet<K extends string> = {
  headerRow: number;
  // The header as written in the file, per field: error reports name the column the way the user sees it.
  headers: Map<K, string>;
  headerProblems: HeaderProblem[];
  rows: SheetRow<K>[];
};
export type TaskSheetRow = SheetRow<TaskColumnKey>;
export type TaskSheet = Sheet<TaskColumnKey>;

// Which sheet of a workbook holds the data and how its columns read: the task sheet, the activity sheet.
export type SheetSpec<K extends string> = {
  layout: SheetLayout<K>;
  // Folded names of the data sheet, and of the template's other sheets (never taken for the data sheet).
  sheetNames: ReadonlySet<string>;
  otherSheetNames: ReadonlySet<string>;
  maxRows: number;
  // The layout's own wording of the sheet-level refusals (which sheet, which headers, what a row is).
  codes?: Partial<Record<SheetCode, string>>;
};
type SheetCode = "no_task_sheet" | "no_header_row" | "spreadsheet_empty" | "too_many_rows";

const TASK_SHEET_SPEC: SheetSpec<TaskColumnKey> = {
  layout: TASK_SHEET_LAYOUT,
  sheetNames: new Set(["nhiem vu", "tasks"]),
  otherSheetNames: new Set(["huong dan", "danh muc", "ke hoach", "guide", "lists", "plan"]),
  maxRows: MAX_TASK_ROWS,
};

function fileError(code: string): ValidationError {
  return new ValidationError({ file: [code] });
}

// A cell as it shows: formulas by their computed result, rich text and links by their text. A percentage
// cell (0.5 shown as 50%) becomes 50, which is what the person typed.
export function readCell(cell: ExcelJS.Cell): CellValue {
  const value = cell.value;
  if (value === null || value === undefined) return null;
  if (typeof value === "number") {
    return cell.numFmt?.includes("%") ? Math.round(value * 100 * 1e6) / 1e6 : value;
  }
  if (typeof value === "string" || typeof value === "boolean" || value instanceof Date) return value;
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("hyperlink" in value) return typeof value.text === "string" ? value.text : String(value.hyperlink);
  if ("formula" in value || "sharedFormula" in value) {
    const result = value.result;
    if (result === undefined || result === null) return null;
    if (typeof result === "object" && !(result instanceof Date)) return "#ERROR";
    return result;
  }
  if ("error" in value) return String(value.error);
  return null;
}

function findDataWorksheet<K extends string>(workbook: ExcelJS.Workbook, spec: SheetSpec<K>): ExcelJS.Worksheet | undefined {
  const sheets = workbook.worksheets;
  return (
    sheets.find((s) => spec.sheetNames.has(foldText(s.name))) ??
    sheets.find((s) => s.state === "visible" && !spec.otherSheetNames.has(foldText(s.name)))
  );
}

// Opens an uploaded workbook and reads its task sheet: which row holds the headers, which column is which
// field, and every non-empty row under them. Problems with the file as a whole are ValidationErrors on
// `file`; problems with headers are returned for the report.
export function readTaskSheet(bytes: Uint8Array): Promise<TaskSheet> {
  return readSheet(bytes, TASK_SHEET_SPEC);
}

// The same for any sheet layout: the size limit, the content sniffing, the inflation budget and the refusal of
// macros, ActiveX and external links all happen before exceljs opens the file.
export async function readSheet<K extends string>(bytes: Uint8Array, spec: SheetSpec<K>): Promise<Sheet<K>> {
  if (bytes.byteLength > MAX_SPREADSHEET_BYTES) throw fileError("spreadsheet_too_large");
  if (bytes.byteLength === 0) throw fileError("file_required");
  if (sniffFileKind(bytes) !== "xlsx") throw fileError("not_xlsx");
  const inspection = await inspectOfficePackage(bytes, SPREADSHEET_INFLATE_BUDGET, { inflateAll: true });
  if (!inspection.ok) {
    if (inspection.reason === "too_large") throw fileError("spreadsheet_unpacks_too_large");
    throw fileError(inspection.reason === "not_a_package" ? "not_xlsx" : "file_has_active_content");
  }

  const workbook = new ExcelJS.Workbook();
  try {
    // Data validations, merged ranges and formatting rules are expanded cell by cell by exceljs; a whole-column
    // rule would mean a million entries. Only the values matter here.
    await workbook.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer,
      {
        ignoreNodes: ["dataValidations", "mergeCells", "conditionalFormatting", "hyperlinks", "extLst", "drawing", "picture", "tableParts"],
        maxRows: MAX_SHEET_ROWS,
        maxCols: MAX_SHEET_COLUMNS,
      } as Partial<ExcelJS.XlsxReadOptions>,
    );
  } catch (error) {
    if (error instanceof Error && /Max \w+ count/.test(error.message)) throw fileError("too_many_rows");
    throw fileError("not_xlsx");
  }

  const sheet = findDataWorksheet(workbook, spec);
  const sheetError = (code: SheetCode) => fileError(spec.codes?.[code] ?? code);
  if (!sheet) throw sheetError("no_task_sheet");

  let headerRow = 0;
  for (let r = 1; r <= Math.min(HEADER_SEARCH_ROWS, sheet.rowCount); r++) {
    const texts: string[] = [];
    sheet.getRow(r).eachCell((cell) => texts.push(String(readCell(cell) ?? "")));
    if (spec.layout.countHeaderMatches(texts) >= 2) {
      headerRow = r;
      break;
    }
  }
  if (!headerRow) throw sheetError("no_header_row");

  const headerCells: { index: number; text: string }[] = [];
  sheet.getRow(headerRow).eachCell((cell, index) => headerCells.push({ index, text: String(readCell(cell) ?? "").trim() }));
  const { columns, problems } = spec.layout.matchHeaderRow(headerCells);
  const headers = new Map<K, string>();
  for (const { index, text } of headerCells) {
    const key = columns.get(index);
    if (key) headers.set(key, text);
  }

  const rows: SheetRow<K>[] = [];
  let tooMany = false;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber <= headerRow || tooMany) return;
    const cells = new Map<K, CellValue>();
    for (const [index, key] of columns) cells.set(key, readCell(row.getCell(index)));
    if (isEmptyRow(cells.values())) return;
    if (rowNumber === headerRow + 1) {
      if (spec.layout.isHintRow(new Map([...cells].map(([key, value]) => [key, displayCell(value)])))) return;
    }
    if (rows.length >= spec.maxRows) {
      tooMany = true;
      return;
    }
    rows.push({ row: rowNumber, cells });
  });
  if (tooMany) throw sheetError("too_many_rows");
  if (!rows.length && !problems.length) throw sheetError("spreadsheet_empty");
  return { headerRow, headers, headerProblems: problems, rows };
}
