import "server-only";
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IRunOptions,
} from "docx";
import type { ReportDocumentModel } from "./report-document-assembly";

// The report as a Word document in the layout of Decree 30/2020/NĐ-CP (Appendix I): A4 portrait, margins top
// and bottom 20 mm, left 30 mm, right 15 mm; Times New Roman; issuing body and number top-left; national title
// (12 pt), motto (13 pt) with a rule of its own length, and the place-and-date line under them top-right; the
// document kind and subject, the body (14 pt), then recipients and the signer's position, space and name.
// Page numbers are centred at the top from the second page on.
const FONT = "Times New Roman";
const MM = 56.7; // twips per millimetre
const PAGE = { width: 11906, height: 16838 };
const MARGIN = { top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(30 * MM), right: Math.round(15 * MM) };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const pt = (points: number) => points * 2; // docx sizes are half-points

const run = (text: string, options: Omit<IRunOptions, "text"> = {}) =>
  new TextRun({ text: text.normalize("NFC"), font: FONT, size: pt(13), ...options });

// `ruleOnly`: an empty paragraph that only carries its bottom border (the short rules of the layout).
function centred(children: TextRun[], options: { spacingAfter?: number; border?: boolean; indent?: number; ruleOnly?: boolean } = {}) {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: options.spacingAfter ?? 0, ...(options.ruleOnly ? { line: 80, lineRule: LineRuleType.EXACT } : {}) },
    children,
    ...(options.border ? { border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } } } : {}),
    ...(options.indent ? { indent: { left: options.indent, right: options.indent } } : {}),
  });
}

function cell(children: Paragraph[], width: number, options: { borderless?: boolean; header?: boolean } = {}) {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    verticalAlign: options.header ? VerticalAlign.CENTER : VerticalAlign.TOP,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    ...(options.borderless ? { borders: TableBorders.NONE } : {}),
    ...(options.header ? { shading: { fill: "E7E6E6" } } : {}),
  });
}

function tableText(text: string, options: { bold?: boolean; align?: "left" | "center" | "right" } = {}) {
  const lines = text ? text.split(/\r?\n/) : [""];
  return lines.map(
    (line) =>
      new Paragraph({
        alignment: options.align === "center" ? AlignmentType.CENTER : options.align === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [run(line, { size: pt(12), bold: options.bold })],
      }),
  );
}

// Width of "Độc lập - Tự do - Hạnh phúc" in Times New Roman bold 13 pt, measured with the metric-compatible
// Tinos (12.24 em = 159 pt): the rule under the motto is drawn exactly that long (Decree 30/2020, Appendix I).
const MOTTO_WIDTH = Math.round(12.2417 * 13 * 20);

// Top block: two borderless columns. The short rules under the issuing body and under the motto are bottom
// borders on indented paragraphs of their own; the place-and-date line sits under the motto, in the same column.
function headerBlock(model: ReportDocumentModel): Table {
  const left = Math.round(TEXT_WIDTH * 0.4);
  const right = TEXT_WIDTH - left;
  const mottoIndent = Math.max(0, Math.round((right - 160 - MOTTO_WIDTH) / 2));
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: [
          cell(
            [
              ...model.issuingBody.map((line) => centred([run(line, { bold: true, size: pt(13) })])),
              centred([run("", { size: pt(2) })], { border: true, ruleOnly: true, indent: Math.round(left / 3), spacingAfter: 100 }),
              centred([run(model.numberLine, { size: pt(13) })], { spacingAfter: 120 }),
            ],
            left,
            { borderless: true },
          ),
          cell(
            [
              centred([run(model.nationalTitle, { bold: true, size: pt(12) })]),
              centred([run(model.motto, { bold: true, size: pt(13) })]),
              centred([run("", { size: pt(2) })], { border: true, ruleOnly: true, indent: mottoIndent, spacingAfter: 160 }),
              centred([run(model.dateLine, { italics: true, size: pt(14) })], { spacingAfter: 120 }),
            ],
            right,
            { borderless: true },
          ),
        ],
      }),
    ],
  });
}

function bodyParagraph(text: string) {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: Math.round(10 * MM) },
    spacing: { before: 60, after: 60, line: 312 },
    children: [run(text, { size: pt(14) })],
  });
}

function heading(text: string) {
  return new Paragraph({ spacing: { before: 200, after: 80 }, keepNext: true, children: [run(text, { bold: true, size: pt(14) })] });
}

function tasksTable(model: ReportDocumentModel): Table | Paragraph {
  const { columns, rows } = model.tasks;
  if (rows.length === 0) return bodyParagraph(model.tasks.empty);
  const widths = [700, 2400, 1250, 850, 2500];
  widths.push(TEXT_WIDTH - widths.reduce((a, b) => a + b, 0));
  const keys = ["index", "task", "status", "progress", "result", "evidence"] as const;
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: keys.map((key, i) => cell(tableText(columns[key], { bold: true, align: "center" }), widths[i]!, { header: true })),
      }),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: keys.map((key, i) =>
              cell(tableText(row[key], { align: key === "index" || key === "progress" ? "center" : "left" }), widths[i]!),
            ),
          }),
      ),
    ],
  });
}

function indicatorsTable(model: ReportDocumentModel): Table | Paragraph {
  const { columns, rows } = model.indicators;
  if (rows.length === 0) return bodyParagraph(model.indicators.empty);
  const widths = [700, 3500, 1500, 1400];
  widths.push(TEXT_WIDTH - widths.reduce((a, b) => a + b, 0));
  const keys = ["index", "indicator", "unit", "value", "note"] as const;
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: keys.map((key, i) => cell(tableText(columns[key], { bold: true, align: "center" }), widths[i]!, { header: true })),
      }),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: keys.map((key, i) =>
              cell(tableText(row[key], { align: key === "index" ? "center" : key === "value" ? "right" : "left" }), widths[i]!),
            ),
          }),
      ),
    ],
  });
}

// "Nơi nhận" bottom-left (bold italic 12 pt, recipients 11 pt); the signature block bottom-right.
function closingBlock(model: ReportDocumentModel): Table {
  const left = Math.round(TEXT_WIDTH * 0.45);
  const right = TEXT_WIDTH - left;
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          cell(
            [
              new Paragraph({ children: [run(model.recipientsLabel, { bold: true, italics: true, size: pt(12) })] }),
              ...model.recipients.map((line) => new Paragraph({ children: [run(line, { size: pt(11) })] })),
            ],
            left,
            { borderless: true },
          ),
          cell(
            [
              ...model.signature.lines.map((line) => centred([run(line, { bold: true, size: pt(14) })])),
              // The space for the signature and seal, then the signer's name.
              centred([run("", { size: pt(14) })], { spacingAfter: 1400 }),
              centred([run(model.signature.name ?? "", { bold: true, size: pt(14) })]),
            ],
            right,
            { borderless: true },
          ),
        ],
      }),
    ],
  });
}

export async function buildReportDocx(model: ReportDocumentModel): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [];
  if (model.draftMark)
    children.push(
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        spacing: { after: 120 },
        children: [run(model.draftMark, { bold: true, size: pt(11) })],
      }),
    );
  children.push(
    headerBlock(model),
    new Paragraph({ spacing: { after: 240 }, children: [] }),
    centred([run(model.kind, { bold: true, size: pt(14) })]),
    centred([run(model.subject, { bold: true, size: pt(14) })], { spacingAfter: 0 }),
    centred([run("", { size: pt(2) })], { border: true, ruleOnly: true, indent: Math.round(TEXT_WIDTH * 0.4), spacingAfter: 240 }),
    bodyParagraph(model.basis),
  );
  for (const section of model.sections) {
    children.push(heading(section.heading), ...section.paragraphs.map(bodyParagraph));
  }
  children.push(heading(model.tasks.title), tasksTable(model), heading(model.indicators.title), indicatorsTable(model));
  children.push(new Paragraph({ spacing: { before: 240 }, children: [] }), closingBlock(model));

  const pageNumberHeader = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: pt(13) })],
      }),
    ],
  });
  const document = new Document({
    creator: model.author,
    title: model.metaTitle,
    styles: { default: { document: { run: { font: FONT, size: pt(13) } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: PAGE, margin: { ...MARGIN, header: Math.round(10 * MM), footer: Math.round(10 * MM) } },
        },
        headers: { default: pageNumberHeader, first: new Header({ children: [] }) },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
