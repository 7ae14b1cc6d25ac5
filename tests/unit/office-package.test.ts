// Uploaded packages are unpacked under a byte budget counted while inflating, and refused for macros, ActiveX
// and external links read from [Content_Types].xml and the relationships (not from one file name).
import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/domain/errors";
import { findPackageHazards } from "@/lib/domain/file-types";
import { readTaskSheet, SPREADSHEET_INFLATE_BUDGET } from "@/lib/server/spreadsheets/read-task-sheet";
import { buildTaskWorkbook } from "@/lib/server/spreadsheets/task-workbook";
import { inspectOfficePackage } from "@/lib/server/files/office-package";
import { deflatedRepeat, xlsxBomb } from "./fixtures/zip-bomb";
import { buildZip, crc32, writeZip } from "./fixtures/zip";

const MEBIBYTE = 1024 * 1024;
const lists = {
  taskGroups: [{ code: "TG1", name: "Nhóm 1" }],
  objectives: [{ code: "SO1", name: "Mục tiêu 1" }],
  indicators: [],
  organizations: [{ code: "BNG", name: "Bộ Ngoại giao" }],
};

async function fileErrorOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fieldErrors.file;
}

// The largest resident set seen while `run` works (sampled every 5 ms), above what it was before.
async function peakGrowth<T>(run: () => Promise<T>): Promise<{ result: T; growthMb: number; ms: number }> {
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const started = performance.now();
  try {
    const result = await run();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, growthMb: (peak - before) / MEBIBYTE, ms: performance.now() - started };
  } finally {
    clearInterval(timer);
  }
}

describe("zip bombs in the task import", () => {
  it("refuses a 1 MB workbook that inflates to 1 GiB while declaring 4 KB, with little memory and time", async () => {
    const bomb = xlsxBomb(1024);
    expect(bomb.byteLength).toBeLessThan(1.5 * MEBIBYTE);
    const { result, growthMb, ms } = await peakGrowth(() => fileErrorOf(readTaskSheet(bomb)));
    expect(result).toEqual(["spreadsheet_unpacks_too_large"]);
    // Inflating stops at the declared 4 KB: nothing near the gigabyte is ever held or even produced.
    expect(growthMb).toBeLessThan(64);
    expect(ms).toBeLessThan(2_000);
  });

  it("refuses a part that declares its real size when that is over the budget, before inflating it", async () => {
    const honest = xlsxBomb(512, 512 * MEBIBYTE);
    const started = performance.now();
    expect(await fileErrorOf(readTaskSheet(honest))).toEqual(["spreadsheet_unpacks_too_large"]);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it("stops a part that declares the whole budget at the budget, and counts every part towards the total", async () => {
    const declaredAtBudget = xlsxBomb(256, SPREADSHEET_INFLATE_BUDGET.maxEntryBytes);
    const { result, growthMb } = await peakGrowth(() => fileErrorOf(readTaskSheet(declaredAtBudget)));
    expect(result).toEqual(["spreadsheet_unpacks_too_large"]);
    expect(growthMb).toBeLessThan(64);

    // Three honest 40 MiB parts: each under the per-part budget, 120 MiB together.
    const part = (name: string) => ({ name, data: deflatedRepeat(40), method: 8 as const, crc: 0, uncompressedSize: 40 * MEBIBYTE });
    const three = writeZip([
      { name: "[Content_Types].xml", data: new TextEncoder().encode("<Types/>"), method: 0, crc: 0, uncompressedSize: 8 },
      { name: "xl/workbook.xml", data: new TextEncoder().encode("<workbook/>"), method: 0, crc: 0, uncompressedSize: 11 },
      part("xl/worksheets/sheet1.xml"),
      part("xl/worksheets/sheet2.xml"),
      part("xl/worksheets/sheet3.xml"),
    ]);
    expect(await fileErrorOf(readTaskSheet(three))).toEqual(["spreadsheet_unpacks_too_large"]);
  });

  it("counts while inflating: a part that inflates past its declared size is stopped right after it", async () => {
    const bomb = xlsxBomb(64, 10_000);
    const inspection = await inspectOfficePackage(
      bomb,
      { maxEntryBytes: 100 * MEBIBYTE, maxTotalBytes: 100 * MEBIBYTE },
      { inflateAll: true },
    );
    expect(inspection).toEqual({ ok: false, reason: "too_large" });
  });

  it("still reads the portal's own template and an honest deflated package", async () => {
    const template = await buildTaskWorkbook({ lists });
    expect(await inspectOfficePackage(template, SPREADSHEET_INFLATE_BUDGET, { inflateAll: true })).toMatchObject({ ok: true });
    const text = new TextEncoder().encode("<worksheet/>".repeat(1000));
    const honest = writeZip([
      { name: "[Content_Types].xml", data: new TextEncoder().encode("<Types/>"), method: 0, crc: 0, uncompressedSize: 8 },
      { name: "xl/workbook.xml", data: deflateRawSync(text), method: 8, crc: crc32(text), uncompressedSize: text.length },
    ]);
    expect(await inspectOfficePackage(honest, SPREADSHEET_INFLATE_BUDGET, { inflateAll: true })).toMatchObject({ ok: true });
  });
});

const VBA_TYPE = "application/vnd.ms-office.vbaProject";
const rels = (...relationships: string[]) =>
  `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationships.join("")}</Relationships>`;
const types = (...entries: string[]) =>
  `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${entries.join("")}</Types>`;
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

describe("active content read from the package's description", () => {
  it.each([
    [
      "a VBA project renamed, declared by its content type",
      { "xl/data/x.bin": "x" },
      types(`<Override PartName="/xl/data/x.bin" ContentType="${VBA_TYPE}"/>`),
      rels(),
    ],
    [
      "a macro-enabled workbook (.xlsm main part)",
      {},
      types(`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/>`),
      rels(),
    ],
    ["a VBA project as a default extension", {}, types(`<Default Extension="bin" ContentType="${VBA_TYPE}"/>`), rels()],
    [
      "a relationship to a VBA project under another name",
      {},
      types(),
      rels(`<Relationship Id="r1" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="x.dat"/>`),
    ],
    [
      "an ActiveX control",
      {},
      types(),
      rels(
        `<Relationship Id="r1" Type="${R}/control" Target="../activeX/activeX1.xml"/><Relationship Id="r2" Type="http://schemas.microsoft.com/office/2006/relationships/activeXControlBinary" Target="a.bin"/>`,
      ),
    ],
    [
      "a link to an external workbook",
      {},
      types(),
      rels(`<Relationship Id="r1" Type="${R}/externalLink" Target="externalLinks/externalLink1.xml"/>`),
    ],
    [
      "a remote template (fetched on opening)",
      {},
      types(),
      rels(`<Relationship Id="r1" Type="${R}/attachedTemplate" Target="https://evil.example/t.dotm" TargetMode="External"/>`),
    ],
    [
      "a content type spelled with character references",
      {},
      types(`<Override PartName="/a.bin" ContentType="application/vnd.ms-office.vba&#80;roject"/>`),
      rels(),
    ],
    ["single-quoted attributes and a prefix", {}, types(`<ct:Override PartName='/a.bin' ContentType='${VBA_TYPE}'/>`), rels()],
  ])("refuses %s", async (_, extraParts, contentTypes, relationships) => {
    const bytes = buildZip({
      "[Content_Types].xml": contentTypes,
      "_rels/.rels": relationships,
      "xl/workbook.xml": "<workbook/>",
      "xl/_rels/workbook.xml.rels": relationships,
      ...extraParts,
    });
    const inspection = await inspectOfficePackage(bytes, SPREADSHEET_INFLATE_BUDGET, { inflateAll: true });
    expect(inspection.ok).toBe(false);
    expect(await fileErrorOf(readTaskSheet(bytes))).toEqual(["file_has_active_content"]);
  });

  it("reads a description written in UTF-16", async () => {
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(Buffer.from(types(`<Override PartName="/a.bin" ContentType="${VBA_TYPE}"/>`), "utf16le")),
    ]);
    const bytes = buildZip({ "[Content_Types].xml": utf16, "xl/workbook.xml": "<workbook/>" });
    expect(await inspectOfficePackage(bytes, SPREADSHEET_INFLATE_BUDGET, { inflateAll: false })).toMatchObject({
      ok: false,
      reason: "macro_content_type",
    });
  });

  it("accepts hyperlinks to the web and ordinary parts", () => {
    expect(
      findPackageHazards({
        names: ["[Content_Types].xml", "word/document.xml", "word/_rels/document.xml.rels"],
        contentTypes: types(
          `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>`,
        ),
        relationships: [
          rels(
            `<Relationship Id="r1" Type="${R}/hyperlink" Target="https://mofa.gov.vn" TargetMode="External"/>`,
            `<Relationship Id="r2" Type="${R}/styles" Target="styles.xml"/>`,
          ),
        ],
      }),
    ).toEqual([]);
  });

  it("finds the same when only the description is inflated (attachments)", async () => {
    const docm = buildZip({
      "[Content_Types].xml": types(
        `<Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/>`,
      ),
      "word/document.xml": "<w:document/>",
    });
    expect(await inspectOfficePackage(docm, SPREADSHEET_INFLATE_BUDGET, { inflateAll: false })).toEqual({
      ok: false,
      reason: "macro_content_type",
    });
  });

  it("reads a long crafted description in linear time", () => {
    const started = performance.now();
    findPackageHazards({
      names: [],
      contentTypes: '<Override ContentType="'.repeat(100_000),
      relationships: ["<Relationship Type='".repeat(100_000), "<Relationship ".repeat(100_000)],
    });
    expect(performance.now() - started).toBeLessThan(500);
  });
});
