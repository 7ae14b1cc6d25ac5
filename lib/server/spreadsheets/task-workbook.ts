import "server-only";
import ExcelJS from "exceljs";
import {
  FUNDING_SOURCE_LABELS,
  NO,
  TASK_COLUMNS,
  TASK_STATUS_LABELS,
  YES,
  type ReferenceList,
  type TaskColumnKey,
} from "@/lib/domain/spreadsheet-columns";
import { MAX_SPREADSHEET_BYTES, MAX_TASK_ROWS } from "./read-task-sheet";
import type { ListItem, ReferenceLists } from "./reference-lists";

// The task workbook: the template (empty) and the export (a plan's tasks) are the same file, so an export can
// be imported into another plan. Sheets: "Nhiệm vụ" (header, hints, tasks), "Hướng dẫn" (how to fill it in),
// "Kế hoạch" (export only: the plan's identity) and the hidden "Danh mục" feeding the drop-down lists.
export const TASK_SHEET_NAME = "Nhiệm vụ";
const GUIDE_SHEET_NAME = "Hướng dẫn";
const PLAN_SHEET_NAME = "Kế hoạch";
const LISTS_SHEET_NAME = "Danh mục";
const FIRST_DATA_ROW = 3;

export type TaskRowValues = Partial<Record<TaskColumnKey, string | number | null>>;

export type PlanSheetInfo = { label: string; value: string }[];

const GUIDE: Record<TaskColumnKey, string> = {
  code: "Mã do đơn vị tự đặt, duy nhất trong kế hoạch; gồm chữ, chữ số và các ký tự - _ . ; tối đa 30 ký tự. Ví dụ: NV01.",
  titleVi: "Tên nhiệm vụ bằng tiếng Việt, tối đa 500 ký tự, không chứa thẻ HTML.",
  titleEn: "Tên nhiệm vụ bằng tiếng Anh (nếu có), tối đa 500 ký tự.",
  description: "Nội dung nhiệm vụ, tối đa 10.000 ký tự.",
  taskGroupCode: "Một trong năm nhóm nhiệm vụ của Chiến lược, TG1–TG5 (xem danh sách bên dưới).",
  objectiveCodes: "Mã các mục tiêu nhiệm vụ phục vụ (ví dụ SO1); nhiều mã cách nhau bởi dấu phẩy: SO1, SO2.",
  indicatorCodes: "Mã các chỉ tiêu liên quan; nhiều mã cách nhau bởi dấu phẩy.",
  leadOrganizationCode: "Mã cơ quan chủ trì trong danh mục cơ quan, đơn vị của Cổng (chọn trong danh sách thả xuống).",
  leadUnitName: "Tên đơn vị trực thuộc chủ trì, khi đơn vị đó không có trong danh mục.",
  coordinatorCodes: "Mã các cơ quan phối hợp; nhiều mã cách nhau bởi dấu phẩy.",
  startDate: "Ngày bắt đầu, định dạng dd/MM/yyyy (ví dụ 01/03/2026), hoặc ô ngày của Excel.",
  dueDate: "Ngày hoàn thành dự kiến, định dạng dd/MM/yyyy; không được trước ngày bắt đầu.",
  budgetVnd: "Kinh phí dự kiến, tính bằng đồng: số nguyên không âm, ví dụ 1.500.000 hoặc 1500000.",
  fundingSource: "Nguồn kinh phí: một mã trong danh sách bên dưới.",
  expectedOutputs: "Sản phẩm dự kiến, tối đa 5.000 ký tự.",
  isBreakthrough: "Ghi “Có” nếu là sáng kiến đột phá; để trống hoặc ghi “Không” nếu không phải.",
  breakthroughPhase: "Giai đoạn của sáng kiến đột phá (nếu có), tối đa 100 ký tự.",
  status: "Trạng thái thực hiện: một mã trong danh sách bên dưới; để trống là NOT_STARTED (chưa bắt đầu).",
  progress: "Tỷ lệ hoàn thành, số nguyên từ 0 đến 100; trạng thái COMPLETED phải có tiến độ 100.",
};

const LIST_NAMES: Record<ReferenceList, string> = {
  taskGroups: "DM_NhomNhiemVu",
  objectives: "DM_MucTieu",
  indicators: "DM_ChiTieu",
  organizations: "DM_CoQuan",
  fundingSources: "DM_NguonKinhPhi",
  statuses: "DM_TrangThai",
  yesNo: "DM_CoKhong",
};

export const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDCE6F1" } };
export const REQUIRED_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFCE4D6" } };
export const WORKBOOK_CREATOR = "Cổng theo dõi Chiến lược Ngoại giao văn hóa đến năm 2030";

function labelled(labels: Record<string, { vi: string }>): ListItem[] {
  return Object.entries(labels).map(([code, l]) => ({ code, name: l.vi }));
}

export type DataValidations = { add(range: string, validation: ExcelJS.DataValidation): void };

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

// The hidden "Danh mục" sheet: each list as a code column (a defined name the drop-downs refer to) and its names.
export function addListsSheet(workbook: ExcelJS.Workbook, lists: readonly { definedName: string; items: readonly ListItem[] }[]) {
  const sheet = workbook.addWorksheet(LISTS_SHEET_NAME, { state: "hidden" });
  lists.forEach(({ definedName, items }, i) => {
    const codeColumn = i * 3 + 1;
    sheet.getCell(1, codeColumn).value = `${definedName} (mã)`;
    sheet.getCell(1, codeColumn + 1).value = "Tên";
    items.forEach((item, r) => {
      sheet.getCell(r + 2, codeColumn).value = item.code;
      sheet.getCell(r + 2, codeColumn + 1).value = item.name;
    });
    sheet.getColumn(codeColumn).width = 18;
    sheet.getColumn(codeColumn + 1).width = 40;
    if (!items.length) return;
    const letter = sheet.getColumn(codeColumn).letter;
    workbook.definedNames.add(`${quoteSheet(LISTS_SHEET_NAME)}!$${letter}$2:$${letter}$${items.length + 1}`, definedName);
  });
}

// The columns a template's data sheet is drawn from (the task sheet, the activity sheet).
export type DataSheetColumn<List extends string> = {
  width: number;
  kind: string;
  headerVi: string;
  hintVi: string;
  isRequired?: boolean;
  list?: List;
  isMultiple?: boolean;
};

// A template's data sheet: the header and hint rows frozen, each column's width and format, a drop-down from
// the lists sheet where the column has a list, and a whole-number check on integer columns, down to `lastRow`.
export function addDataSheet<List extends string>(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly DataSheetColumn<List>[],
  options: { lastRow: number; listNames: Record<List, string>; available: Set<List>; integer: { max: number; error: string } },
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", xSplit: 1, ySplit: 2 }] });
  const validations = (sheet as unknown as { dataValidations: DataValidations }).dataValidations;
  columns.forEach((column, i) => {
    const index = i + 1;
    const sheetColumn = sheet.getColumn(index);
    sheetColumn.width = column.width;
    // Dates are text: typed into a date cell, "05/03/2026" would become 3 May in an English-language Excel.
    if (column.kind === "date") sheetColumn.numFmt = "@";
    if (column.kind === "amount") sheetColumn.numFmt = "#,##0";
    const header = sheet.getCell(1, index);
    header.value = column.headerVi;
    header.font = { bold: true };
    header.fill = column.isRequired ? REQUIRED_FILL : HEADER_FILL;
    header.alignment = { wrapText: true, vertical: "middle" };
    const hint = sheet.getCell(2, index);
    hint.value = column.hintVi;
    hint.font = { italic: true, color: { argb: "FF595959" } };
    hint.alignment = { wrapText: true, vertical: "top" };

    const range = `${sheetColumn.letter}${FIRST_DATA_ROW}:${sheetColumn.letter}${options.lastRow}`;
    if (column.list && options.available.has(column.list)) {
      validations.add(range, {
        type: "list",
        allowBlank: true,
        formulae: [options.listNames[column.list]],
        showErrorMessage: true,
        // A list of several codes ("SO1, SO2") is not one of the offered values: warn, do not forbid.
        errorStyle: column.isMultiple ? "warning" : "stop",
        errorTitle: column.headerVi,
        error: column.isMultiple
          ? "Giá trị không có trong danh sách. Nhiều mã cần cách nhau bởi dấu phẩy."
          : "Vui lòng chọn một giá trị trong danh sách.",
      });
    } else if (column.kind === "integer") {
      validations.add(range, {
        type: "whole",
        operator: "between",
        allowBlank: true,
        formulae: [0, options.integer.max],
        showErrorMessage: true,
        errorStyle: "stop",
        errorTitle: column.headerVi,
        error: options.integer.error,
      });
    }
  });
  sheet.getRow(1).height = 32;
  sheet.getRow(2).height = 30;
  return sheet;
}

function addTaskSheet(workbook: ExcelJS.Workbook, tasks: TaskRowValues[], available: Set<ReferenceList>) {
  const sheet = addDataSheet(workbook, TASK_SHEET_NAME, TASK_COLUMNS, {
    lastRow: Math.max(FIRST_DATA_ROW + MAX_TASK_ROWS - 1, FIRST_DATA_ROW + tasks.length - 1),
    listNames: LIST_NAMES,
    available,
    integer: { max: 100, error: "Tiến độ là số nguyên từ 0 đến 100." },
  });
  tasks.forEach((task, r) => {
    const row = sheet.getRow(FIRST_DATA_ROW + r);
    TASK_COLUMNS.forEach((column, i) => {
      const value = task[column.key];
      if (value !== null && value !== undefined && value !== "") row.getCell(i + 1).value = value;
    });
  });
}

// The guide sheet of a template workbook (the task and the activity templates): a title, instructions, each
// column with what to enter and whether it is required, then the codes of each reference list.
export function addGuideSheet<Key extends string>(
  workbook: ExcelJS.Workbook,
  guide: {
    title: string;
    lines: readonly string[];
    columns: readonly { key: Key; headerVi: string; isRequired?: boolean }[];
    contents: Record<Key, string>;
    sections: readonly [heading: string, items: readonly ListItem[]][];
  },
) {
  const sheet = workbook.addWorksheet(GUIDE_SHEET_NAME);
  sheet.columns = [{ width: 28 }, { width: 100 }, { width: 12 }];
  sheet.addRow([guide.title]).font = { bold: true, size: 14 };
  for (const line of guide.lines) sheet.addRow(["", line]).getCell(2).alignment = { wrapText: true };
  sheet.addRow([]);
  const head = sheet.addRow(["Cột", "Nội dung", "Bắt buộc"]);
  head.font = { bold: true };
  head.eachCell((cell) => (cell.fill = HEADER_FILL));
  for (const column of guide.columns) {
    const row = sheet.addRow([column.headerVi, guide.contents[column.key], column.isRequired ? "Có" : ""]);
    row.getCell(2).alignment = { wrapText: true, vertical: "top" };
    row.getCell(1).alignment = { vertical: "top" };
  }
  for (const [heading, items] of guide.sections) {
    sheet.addRow([]);
    sheet.addRow([heading]).font = { bold: true };
    for (const item of items) sheet.addRow([item.code, item.name]).getCell(2).alignment = { wrapText: true };
  }
}

function addPlanSheet(workbook: ExcelJS.Workbook, info: PlanSheetInfo) {
  const sheet = workbook.addWorksheet(PLAN_SHEET_NAME);
  sheet.columns = [{ width: 28 }, { width: 90 }];
  for (const { label, value } of info) {
    const row = sheet.addRow([label, value]);
    row.getCell(1).font = { bold: true };
    row.getCell(2).alignment = { wrapText: true };
  }
}

export async function buildTaskWorkbook(options: {
  lists: ReferenceLists;
  tasks?: TaskRowValues[];
  plan?: PlanSheetInfo;
}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = WORKBOOK_CREATOR;
  workbook.created = new Date();
  const lists: Record<ReferenceList, ListItem[]> = {
    ...options.lists,
    fundingSources: labelled(FUNDING_SOURCE_LABELS),
    statuses: labelled(TASK_STATUS_LABELS),
    yesNo: [
      { code: YES, name: "Sáng kiến đột phá" },
      { code: NO, name: "Không phải sáng kiến đột phá" },
    ],
  };
  const available = new Set((Object.keys(lists) as ReferenceList[]).filter((list) => lists[list].length > 0));
  // Defined names do not depend on sheet order, so the task sheet comes first and the hidden lists last.
  addTaskSheet(workbook, options.tasks ?? [], available);
  addGuideSheet(workbook, {
    title: "Hướng dẫn nhập nhiệm vụ của kế hoạch hành động",
    lines: [
      `Nhập mỗi nhiệm vụ trên một dòng của sheet “${TASK_SHEET_NAME}”, từ dòng ${FIRST_DATA_ROW}; giữ nguyên dòng tiêu đề (dòng 1). Dòng gợi ý (dòng 2) có thể giữ lại hoặc xóa.`,
      "Ngày ghi theo định dạng dd/MM/yyyy (ví dụ 05/03/2026). Kinh phí tính bằng đồng, là số nguyên. Nhiều mã trong một ô cách nhau bởi dấu phẩy (ví dụ: SO1, SO2).",
      `Tối đa ${MAX_TASK_ROWS.toLocaleString("vi-VN")} nhiệm vụ và ${MAX_SPREADSHEET_BYTES / 1024 / 1024} MB mỗi tệp. Nếu có ô sai, hệ thống không nhập dòng nào và liệt kê từng ô cần sửa.`,
      "Các danh sách thả xuống lấy từ danh mục của Cổng tại thời điểm tải mẫu (sheet “Danh mục”, đang ẩn).",
    ],
    columns: TASK_COLUMNS,
    contents: GUIDE,
    sections: [
      ["Nhóm nhiệm vụ", lists.taskGroups],
      ["Mục tiêu", lists.objectives],
      ["Chỉ tiêu", lists.indicators],
      ["Nguồn kinh phí", lists.fundingSources],
      ["Trạng thái", lists.statuses],
    ],
  });
  if (options.plan) addPlanSheet(workbook, options.plan);
  addListsSheet(
    workbook,
    (Object.keys(LIST_NAMES) as ReferenceList[]).map((list) => ({ definedName: LIST_NAMES[list], items: lists[list] })),
  );
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
