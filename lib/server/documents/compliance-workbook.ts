import "server-only";
import ExcelJS from "exceljs";

export type ComplianceCellKind = "ON_TIME" | "LATE" | "MISSING" | "RETURNED" | "NOT_DUE" | "NOT_OWED";

export type ComplianceWorkbookData = {
  labels: {
    sheetName: string;
    legendSheet: string;
    title: string;
    code: string;
    organization: string;
    timeliness: string;
    symbol: string;
    meaning: string;
  };
  // Lines under the title: the filters and the time of export.
  notes: string[];
  years: number[];
  periods: { year: number; label: string }[];
  rows: { code: string; organization: string; cells: ComplianceCellKind[]; timeliness: number | null }[];
  legend: { status: ComplianceCellKind; symbol: string; label: string }[];
};

// Okabe–Ito colours (app/globals.css) lightened for cell fills; the cell text carries the meaning.
const BASE_COLOURS: Record<ComplianceCellKind, string> = {
  ON_TIME: "009E73",
  LATE: "E69F00",
  MISSING: "D55E00",
  RETURNED: "CC79A7",
  NOT_DUE: "CBD5E1",
  NOT_OWED: "FFFFFF",
};

function tint(hex: string, share: number): string {
  const channel = (i: number) => {
    const value = Number.parseInt(hex.slice(i, i + 2), 16);
    return Math.round(value * share + 255 * (1 - share))
      .toString(16)
      .padStart(2, "0");
  };
  return `FF${channel(0)}${channel(2)}${channel(4)}`.toUpperCase();
}

const fillOf = (status: ComplianceCellKind): ExcelJS.Fill => ({
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: tint(BASE_COLOURS[status], status === "NOT_DUE" ? 0.4 : 0.25) },
});
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE5E7EB" } };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

// The compliance matrix as a workbook: title and filters, a two-row header (years, then periods), one row per
// organization with a word and symbol per cell and its timeliness rate, and a legend sheet.
export async function buildComplianceWorkbook(data: ComplianceWorkbookData): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "NGVH 2030";
  workbook.created = new Date();
  const legendByStatus = new Map(data.legend.map((l) => [l.status, l]));
  const firstPeriodColumn = 3;
  const headerRow = 3 + data.notes.length;
  const sheet = workbook.addWorksheet(data.labels.sheetName, { views: [{ state: "frozen", xSplit: 2, ySplit: headerRow + 1 }] });

  sheet.getCell(1, 1).value = data.labels.title;
  sheet.getCell(1, 1).font = { bold: true, size: 13 };
  data.notes.forEach((note, i) => {
    sheet.getCell(2 + i, 1).value = note;
    sheet.getCell(2 + i, 1).font = { italic: true };
  });

  const lastColumn = firstPeriodColumn + data.periods.length;
  for (const [column, text] of [
    [1, data.labels.code],
    [2, data.labels.organization],
    [lastColumn, data.labels.timeliness],
  ] as const) {
    sheet.getCell(headerRow, column).value = text;
    sheet.mergeCells(headerRow, column, headerRow + 1, column);
  }
  let column = firstPeriodColumn;
  for (const year of data.years) {
    const count = data.periods.filter((p) => p.year === year).length;
    sheet.getCell(headerRow, column).value = year;
    if (count > 1) sheet.mergeCells(headerRow, column, headerRow, column + count - 1);
    column += count;
  }
  data.periods.forEach((period, i) => {
    sheet.getCell(headerRow + 1, firstPeriodColumn + i).value = period.label;
  });
  for (const r of [headerRow, headerRow + 1]) {
    const row = sheet.getRow(r);
    for (let c = 1; c <= lastColumn; c++) {
      const cell = row.getCell(c);
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
      cell.border = THIN;
      cell.alignment = { vertical: "middle", horizontal: c <= 2 ? "left" : "center", wrapText: true };
    }
  }

  data.rows.forEach((row, i) => {
    const r = sheet.getRow(headerRow + 2 + i);
    r.getCell(1).value = row.code;
    r.getCell(2).value = row.organization;
    row.cells.forEach((status, j) => {
      const cell = r.getCell(firstPeriodColumn + j);
      const legend = legendByStatus.get(status);
      cell.value = legend ? `${legend.symbol} ${legend.label}` : status;
      cell.fill = fillOf(status);
      cell.alignment = { horizontal: "center" };
    });
    const rate = r.getCell(lastColumn);
    rate.value = row.timeliness === null ? null : Math.round(row.timeliness * 1000) / 10;
    rate.numFmt = "0.0";
    for (let c = 1; c <= lastColumn; c++) r.getCell(c).border = THIN;
  });

  sheet.getColumn(1).width = 14;
  sheet.getColumn(2).width = 40;
  for (let c = firstPeriodColumn; c < lastColumn; c++) sheet.getColumn(c).width = 16;
  sheet.getColumn(lastColumn).width = 16;

  const legend = workbook.addWorksheet(data.labels.legendSheet);
  legend.addRow([data.labels.symbol, data.labels.meaning]).font = { bold: true };
  for (const item of data.legend) {
    const row = legend.addRow([item.symbol, item.label]);
    row.getCell(1).fill = fillOf(item.status);
    row.getCell(1).alignment = { horizontal: "center" };
  }
  legend.getColumn(1).width = 10;
  legend.getColumn(2).width = 30;

  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
