import { describe, expect, it } from "vitest";
import { buildZip, minimalDocx, minimalPdf } from "@/tests/unit/fixtures/zip";
import { listZipEntries, sniffFileKind } from "./file-types";

const text = (s: string) => new TextEncoder().encode(s);

describe("sniffFileKind", () => {
  it.each([
    ["a PDF", minimalPdf(), "pdf"],
    ["a DOCX package", minimalDocx(), "docx"],
    ["an XLSX package", buildZip({ "[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>" }), "xlsx"],
  ])("recognises %s by its bytes", (_, bytes, kind) => {
    expect(sniffFileKind(bytes)).toBe(kind);
  });

  it.each([
    ["an empty file", new Uint8Array()],
    ["a Windows executable", text("MZ\x90\x00\x03\x00\x00\x00This program cannot be run in DOS mode")],
    ["an HTML page", text("<!DOCTYPE html><html><script>alert(1)</script></html>")],
    ["a PDF header not at the start", text(" %PDF-1.4")],
    ["a ZIP that is neither Word nor Excel", buildZip({ "readme.txt": "hello" })],
    ["a macro-enabled Word document", buildZip({ "word/document.xml": "<w/>", "word/vbaProject.bin": "x" })],
    ["a macro-enabled workbook", buildZip({ "xl/workbook.xml": "<w/>", "xl/vbaProject.bin": "x" })],
    ["a package claiming to be both", buildZip({ "word/document.xml": "<w/>", "xl/workbook.xml": "<w/>" })],
    ["a truncated ZIP", minimalDocx().slice(0, 60)],
    ["a ZIP local header followed by junk", new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array<number>(200).fill(7)])],
  ])("refuses %s", (_, bytes) => {
    expect(sniffFileKind(bytes)).toBeNull();
  });
});

describe("listZipEntries", () => {
  it("lists names and sizes from the central directory", () => {
    const entries = listZipEntries(buildZip({ "a.txt": "12345", "dir/b.xml": "<b/>" }));
    expect(entries).toEqual([
      { name: "a.txt", compressedSize: 5, uncompressedSize: 5, method: 0, localHeaderOffset: 0 },
      { name: "dir/b.xml", compressedSize: 4, uncompressedSize: 4, method: 0, localHeaderOffset: 40 },
    ]);
  });

  it("finds the directory behind an archive comment", () => {
    const zip = buildZip({ "word/document.xml": "<w/>" });
    const comment = text("a comment at the end");
    const withComment = new Uint8Array(zip.length + comment.length);
    withComment.set(zip);
    withComment.set(comment, zip.length);
    new DataView(withComment.buffer).setUint16(zip.length - 2, comment.length, true);
    expect(listZipEntries(withComment)?.map((e) => e.name)).toEqual(["word/document.xml"]);
  });
});
