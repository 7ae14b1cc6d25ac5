import { describe, expect, it } from "vitest";
import {
  convertCell,
  displayCell,
  excelSerialToDate,
  findDuplicateCodes,
  isEmptyRow,
  rowToTaskInput,
  type CellValue,
} from "./spreadsheet-cells";
import { COLUMN_BY_KEY, type TaskColumnKey } from "./spreadsheet-columns";

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const convert = (key: TaskColumnKey, value: CellValue) => convertCell(COLUMN_BY_KEY.get(key)!, value);

describe("convertCell", () => {
  it.each<[string, TaskColumnKey, CellValue, unknown]>([
    ["an Excel date (UTC midnight)", "startDate", utc(2026, 3, 5), { value: utc(2026, 3, 5) }],
    ["an Excel date with a time of day", "startDate", new Date(Date.UTC(2026, 2, 5, 17, 30)), { value: utc(2026, 3, 5) }],
    ["a date serial", "dueDate", 46086, { value: utc(2026, 3, 5) }],
    ["a date serial on 29/02/2024", "dueDate", 45351, { value: utc(2024, 2, 29) }],
    ["dd/MM/yyyy text, left for the schema", "startDate", " 05/03/2026 ", { value: "05/03/2026" }],
    ["dd.MM.yyyy text", "startDate", "5.3.2026", { value: "5/3/2026" }],
    ["dd-MM-yyyy text", "startDate", "05-03-2026", { value: "05/03/2026" }],
    ["an empty date", "startDate", null, { value: "" }],
    ["a serial out of range", "startDate", -3, { error: "invalid_date" }],
    ["TRUE in a date column", "startDate", true, { error: "invalid_date" }],
    ["an amount as a number", "budgetVnd", 1500000, { value: 1500000 }],
    ["an amount as text", "budgetVnd", "1.500.000", { value: "1.500.000" }],
    ["an empty amount", "budgetVnd", "  ", { value: "" }],
    ["50% typed as text", "progress", "50 %", { value: "50" }],
    ["progress as a number", "progress", 40, { value: 40 }],
    ["a status code in lower case", "status", "in_progress", { value: "IN_PROGRESS" }],
    ["a status label in Vietnamese", "status", "Đang thực hiện", { value: "IN_PROGRESS" }],
    ["a status label without diacritics", "status", "hoan thanh", { value: "COMPLETED" }],
    ["an unknown status, left for the schema", "status", "Sắp xong", { value: "SẮP XONG" }],
    ["a funding label", "fundingSource", "Ngân sách nhà nước", { value: "STATE_BUDGET" }],
    ["a task group in lower case", "taskGroupCode", "tg2", { value: "TG2" }],
    ["Có", "isBreakthrough", "Có", { value: true }],
    ["x", "isBreakthrough", "x", { value: true }],
    ["Không", "isBreakthrough", "Không", { value: false }],
    ["an empty yes/no", "isBreakthrough", null, { value: false }],
    ["a boolean cell", "isBreakthrough", true, { value: true }],
    ["a word that is neither yes nor no", "isBreakthrough", "Có lẽ", { error: "invalid_yes_no" }],
    ["a number in a text column", "code", 12, { value: "12" }],
    ["a date in a text column", "titleVi", utc(2026, 1, 2), { value: "02/01/2026" }],
  ])("%s", (_, key, value, expected) => {
    expect(convert(key, value)).toEqual(expected);
  });
});

describe("excelSerialToDate", () => {
  it.each([
    [61, utc(1900, 3, 1)],
    [45658, utc(2025, 1, 1)],
    [46387.75, utc(2026, 12, 31)],
  ])("%d → %s", (serial, date) => {
    expect(excelSerialToDate(serial)).toEqual(date);
  });
});

describe("rowToTaskInput", () => {
  it("builds the schema's input and lists cells of the wrong kind", () => {
    const { input, issues } = rowToTaskInput(
      new Map<TaskColumnKey, CellValue>([
        ["code", "NV01"],
        ["startDate", utc(2026, 1, 1)],
        ["isBreakthrough", "không rõ"],
        ["progress", true],
      ]),
    );
    expect(input).toEqual({ code: "NV01", startDate: utc(2026, 1, 1) });
    expect(issues).toEqual([
      { key: "isBreakthrough", code: "invalid_yes_no" },
      { key: "progress", code: "invalid_progress" },
    ]);
  });
});

describe("isEmptyRow and displayCell", () => {
  it("treats blanks as empty and anything else as content", () => {
    expect(isEmptyRow([null, "", "  "])).toBe(true);
    expect(isEmptyRow([null, 0])).toBe(false);
    expect(isEmptyRow([false])).toBe(false);
  });

  it("shows dates as dd/MM/yyyy", () => {
    expect(displayCell(utc(2026, 12, 1))).toBe("01/12/2026");
    expect(displayCell(null)).toBe("");
  });
});

describe("findDuplicateCodes", () => {
  it("reports every repeat after the first, regardless of case", () => {
    expect(
      findDuplicateCodes([
        { row: 3, code: "NV01" },
        { row: 4, code: "NV02" },
        { row: 5, code: "nv01" },
        { row: 6, code: "" },
        { row: 7, code: "" },
        { row: 8, code: "NV01 " },
      ]),
    ).toEqual([
      { row: 5, code: "nv01" },
      { row: 8, code: "NV01 " },
    ]);
  });
});
