import "server-only";
import ExcelJS from "exceljs";
import type { SheetTable } from "./tables";

const NUMBER_FORMATS = { text: "@", integer: "0", decimal: "#,##0.####", rate: "0.0%", percent: "0.0%", date: "dd/mm/yyyy" } as const;

// Excel refuses sheet names over 31 characters or with []:*?/\ ; names must also be unique.
export function safeSheetName(name: string, taken: Set<string>): string {
  const base =
    name
      .replace(/[[\]:*?/\\]/g, " ")
      .trim()
      .slice(0, 31) || "Sheet";
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${base.slice(0, 28)} ${n}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

// The dashboards' tables, one sheet each, after a first sheet saying what the file shows (filters, date).
export async function buildDashboardWorkbook(input: {
  tables: SheetTable[];
  about: { label: string; value: string }[];
  aboutTitle: string;
}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "NGVH 2030";
  workbook.created = new Date();
  const taken = new Set<string>();

  const about = workbook.addWorksheet(safeSheetName(input.aboutTitle, taken));
  about.columns = [{ width: 28 }, { width: 90 }];
  for (const line of input.about) {
    const row = about.addRow([line.label, line.value]);
    row.getCell(1).font = { bold: true };
    row.getCell(2).alignment = { wrapText: true, vertical: "top" };
  }

  for (const table of input.tables) {
    const sheet = workbook.addWorksheet(safeSheetName(table.title, taken), { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = table.columns.map((column) => ({
      header: column.header,
      width: column.width ?? 16,
      style: { numFmt: NUMBER_FORMATS[column.kind] },
    }));
    const header = sheet.getRow(1);
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: "top" };
    header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE5E7EB" } };
    for (const cells of table.rows) {
      sheet.addRow(
        cells.map((value, index) => {
          if (value === null) return null;
          if (table.columns[index]?.kind === "date" && typeof value === "string") {
            const [year, month, day] = value.split("-").map(Number);
            return new Date(Date.UTC(year!, month! - 1, day));
          }
          return value;
        }),
      );
    }
    if (table.rows.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
