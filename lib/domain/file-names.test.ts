import { describe, expect, it } from "vitest";
import { contentDisposition, MAX_FILE_NAME_LENGTH, sanitizeFileName, withExtension } from "./file-names";

describe("sanitizeFileName", () => {
  it.each([
    ["keeps Vietnamese letters", "Kế hoạch hành động 2026.pdf", "Kế hoạch hành động 2026.pdf"],
    ["composes decomposed diacritics (macOS)", "Ke\u0302\u0301 hoa\u0323ch.pdf", "Kế hoạch.pdf"],
    ["strips Unix path parts", "../../etc/passwd", "passwd"],
    ["strips Windows path parts", "C:\\Users\\an\\Desktop\\báo cáo.docx", "báo cáo.docx"],
    ["removes control characters", "bao\u0000cao\u0007\n.pdf", "baocao.pdf"],
    ["removes bidirectional overrides", "hoa-don\u202Efdp.exe", "hoa-donfdp.exe"],
    ["replaces characters Windows refuses", 'a<b>c:d"e|f?g*h.pdf', "a_b_c_d_e_f_g_h.pdf"],
    ["collapses spaces", "  kế   hoạch \t 2026 .pdf ", "kế hoạch 2026 .pdf"],
    ["drops leading dots", "...hidden.pdf", "hidden.pdf"],
    ["drops trailing dots and spaces", "report.pdf. . ", "report.pdf"],
    ["prefixes Windows device names", "CON.pdf", "_CON.pdf"],
    ["falls back when nothing is left", "../\u0000/", "tep-dinh-kem"],
  ])("%s", (_, input, expected) => {
    expect(sanitizeFileName(input)).toBe(expected);
  });

  it("cuts long names to 200 characters and keeps the extension", () => {
    const name = sanitizeFileName(`${"ệ".repeat(500)}.docx`);
    expect(Array.from(name)).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(name.endsWith("ệ.docx")).toBe(true);
  });

  it("never cuts inside a surrogate pair", () => {
    const name = sanitizeFileName("😀".repeat(300));
    expect(Array.from(name).every((c) => c === "😀")).toBe(true);
  });
});

describe("withExtension", () => {
  it.each([
    ["bao-cao.pdf", "pdf", "bao-cao.pdf"],
    ["bao-cao.PDF", "pdf", "bao-cao.pdf"],
    ["bao-cao.docx", "pdf", "bao-cao.pdf"],
    ["bao-cao", "docx", "bao-cao.docx"],
    ["bao-cao.v2", "xlsx", "bao-cao.v2.xlsx"],
  ])("%s as %s → %s", (name, extension, expected) => {
    expect(withExtension(name, extension)).toBe(expected);
  });
});

describe("contentDisposition", () => {
  it("sends the UTF-8 name encoded and an ASCII fallback", () => {
    expect(contentDisposition("Kế hoạch (đợt 1).pdf")).toBe(
      `attachment; filename="Ke hoach (dot 1).pdf"; filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%20%28%C4%91%E1%BB%A3t%201%29.pdf`,
    );
  });
});
