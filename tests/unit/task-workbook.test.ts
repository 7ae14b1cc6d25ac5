import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/domain/errors";
import { listZipEntries } from "@/lib/domain/file-types";
import { TASK_COLUMNS } from "@/lib/domain/spreadsheet-columns";
import { readTaskSheet } from "@/lib/server/spreadsheets/read-task-sheet";
import { buildTaskWorkbook, TASK_SHEET_NAME } from "@/lib/server/spreadsheets/task-workbook";

const lists = {
  taskGroups: [1, 2, 3, 4, 5].map((n) => ({ code: `TG${n}`, name: `Nhóm ${n}` })),
  objectives: [
    { code: "GO", name: "Mục tiêu tổng quát" },
    { code: "SO1", name: "Mục tiêu 1" },
  ],
  indicators: [{ code: "IND_UNESCO_TOTAL", name: "Tổng số danh hiệu UNESCO" }],
  organizations: [
    { code: "BNG", name: "Bộ Ngoại giao" },
    { code: "HN", name: "Hà Nội" },
  ],
};

async function open(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

async function fileErrorOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fieldErrors.file;
}

describe("the task template", () => {
  it("has the Vietnamese header row, hints, a guide and hidden lists behind the drop-downs", async () => {
    const bytes = await buildTaskWorkbook({ lists });
    const workbook = await open(bytes);
    expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([
      [TASK_SHEET_NAME, "visible"],
      ["Hướng dẫn", "visible"],
      ["Danh mục", "hidden"],
    ]);
    const sheet = workbook.getWorksheet(TASK_SHEET_NAME)!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      "Mã nhiệm vụ",
      "Tên nhiệm vụ (tiếng Việt)",
      "Tên nhiệm vụ (tiếng Anh)",
      "Mô tả",
      "Nhóm nhiệm vụ",
      "Mục tiêu",
      "Chỉ tiêu",
      "Mã cơ quan chủ trì",
      "Đơn vị chủ trì",
      "Cơ quan phối hợp",
      "Ngày bắt đầu",
      "Ngày hoàn thành",
      "Kinh phí (đồng)",
      "Nguồn kinh phí",
      "Sản phẩm dự kiến",
      "Sáng kiến đột phá",
      "Giai đoạn đột phá",
      "Trạng thái",
      "Tiến độ (%)",
    ]);
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual(TASK_COLUMNS.map((c) => c.hintVi));
    const listsSheet = workbook.getWorksheet("Danh mục")!;
    expect(listsSheet.getColumn(1).values.slice(2)).toEqual(["TG1", "TG2", "TG3", "TG4", "TG5"]);
    // Validations are read back cell by cell; E3 is the task group column, P3 the yes/no one.
    const validations = (sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
    expect(validations.E3).toMatchObject({ type: "list", formulae: ["DM_NhomNhiemVu"], errorStyle: "stop" });
    expect(validations.F2002).toMatchObject({ type: "list", formulae: ["DM_MucTieu"], errorStyle: "warning" });
    expect(validations.P3).toMatchObject({ type: "list", formulae: ["DM_CoKhong"] });
    expect(validations.S3).toMatchObject({ type: "whole", formulae: [0, 100] });
    expect(validations.E2003).toBeUndefined();
    expect(workbook.definedNames.model.map((n) => [n.name, n.ranges])).toContainEqual(["DM_NhomNhiemVu", ["'Danh mục'!$A$2:$A$6"]]);
  });

  it("is an empty but well-formed import file", async () => {
    expect(await fileErrorOf(readTaskSheet(await buildTaskWorkbook({ lists })))).toEqual(["spreadsheet_empty"]);
  });

  it("leaves out the drop-down of an empty list", async () => {
    const workbook = await open(await buildTaskWorkbook({ lists: { ...lists, indicators: [] } }));
    const validations = (workbook.getWorksheet(TASK_SHEET_NAME) as unknown as { dataValidations: { model: Record<string, unknown> } })
      .dataValidations.model;
    expect(validations.G3).toBeUndefined();
    expect(workbook.definedNames.model.map((n) => n.name)).not.toContain("DM_ChiTieu");
  });
});

describe("an export", () => {
  it("reads back, through the import reader, as the same values", async () => {
    const bytes = await buildTaskWorkbook({
      lists,
      plan: [{ label: "Tên kế hoạch", value: "Kế hoạch thực hiện Chiến lược" }],
      tasks: [
        {
          code: "NV01",
          titleVi: "Tổ chức Tuần Văn hóa Việt Nam",
          objectiveCodes: "GO, SO1",
          startDate: "01/03/2026",
          dueDate: "30/11/2026",
          budgetVnd: 1_500_000_000,
          taskGroupCode: "TG3",
          isBreakthrough: "Có",
          status: "IN_PROGRESS",
          progress: 40,
        },
        { code: "NV02", titleVi: "Nhiệm vụ thứ hai", taskGroupCode: "TG1" },
      ],
    });
    expect((await open(bytes)).worksheets.map((s) => s.name)).toEqual([TASK_SHEET_NAME, "Hướng dẫn", "Kế hoạch", "Danh mục"]);
    const sheet = await readTaskSheet(bytes);
    expect(sheet.headerRow).toBe(1);
    expect(sheet.headerProblems).toEqual([]);
    expect(sheet.rows.map((r) => r.row)).toEqual([3, 4]);
    expect(Object.fromEntries([...sheet.rows[0]!.cells].filter(([, v]) => v !== null))).toEqual({
      code: "NV01",
      titleVi: "Tổ chức Tuần Văn hóa Việt Nam",
      objectiveCodes: "GO, SO1",
      startDate: "01/03/2026",
      dueDate: "30/11/2026",
      budgetVnd: 1_500_000_000,
      taskGroupCode: "TG3",
      isBreakthrough: "Có",
      status: "IN_PROGRESS",
      progress: 40,
    });
  });
});

describe("readTaskSheet refuses", () => {
  it.each([
    ["a text file", new TextEncoder().encode("Mã nhiệm vụ,Tên nhiệm vụ\nNV01,Một"), "not_xlsx"],
    ["an empty upload", new Uint8Array(), "file_required"],
    ["a file over 5 MB", new Uint8Array(5 * 1024 * 1024 + 1), "spreadsheet_too_large"],
  ])("%s", async (_, bytes, code) => {
    expect(await fileErrorOf(readTaskSheet(bytes))).toEqual([code]);
  });

  it("a workbook without a header row", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Sheet1").addRow(["a", "b"]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(listZipEntries(bytes)?.some((e) => e.name === "xl/workbook.xml")).toBe(true);
    expect(await fileErrorOf(readTaskSheet(bytes))).toEqual(["no_header_row"]);
  });

  it("more than 2,000 tasks", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Nhiệm vụ");
    sheet.addRow(["Mã nhiệm vụ", "Tên nhiệm vụ (tiếng Việt)", "Nhóm nhiệm vụ"]);
    for (let i = 1; i <= 2001; i++) sheet.addRow([`NV${i}`, `Nhiệm vụ ${i}`, "TG1"]);
    expect(await fileErrorOf(readTaskSheet(new Uint8Array(await workbook.xlsx.writeBuffer())))).toEqual(["too_many_rows"]);
  });
});
