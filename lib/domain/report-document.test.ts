import { describe, expect, it } from "vitest";
import { administrativeDateParts, documentNumberLine, issuerName, issuingBodyLines, paragraphsOf, placeName, romanNumeral, wrapLongWords } from "./report-document";

const hanoi = { kind: "CITY", code: "P01", nameVi: "Thành phố Hà Nội" };
const laiChau = { kind: "PROVINCE", code: "P03", nameVi: "Lai Châu" };
const formerHaGiang = { kind: "FORMER_PROVINCE", code: "FP-HA-GIANG", nameVi: "Hà Giang" };
const mofa = { kind: "MINISTRY", code: "BNG", nameVi: "Bộ Ngoại giao" };
const bureau = { kind: "MOFA_UNIT", code: "MOFA-CDB", nameVi: "Cục Ngoại giao văn hóa và UNESCO" };

describe("issuing body and place", () => {
  it.each([
    { name: "a centrally-run city", org: hanoi, lines: ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ NỘI"], place: "Hà Nội", issuer: "Ủy ban nhân dân thành phố Hà Nội" },
    { name: "a province named without its prefix", org: laiChau, lines: ["ỦY BAN NHÂN DÂN", "TỈNH LAI CHÂU"], place: "Lai Châu", issuer: "Ủy ban nhân dân tỉnh Lai Châu" },
    { name: "a province absorbed in 2025", org: formerHaGiang, lines: ["ỦY BAN NHÂN DÂN", "TỈNH HÀ GIANG"], place: "Hà Giang", issuer: "Ủy ban nhân dân tỉnh Hà Giang" },
    { name: "a ministry", org: mofa, lines: ["BỘ NGOẠI GIAO"], place: "Hà Nội", issuer: "Bộ Ngoại giao" },
    { name: "a unit of the Ministry", org: bureau, lines: ["CỤC NGOẠI GIAO VĂN HÓA VÀ UNESCO"], place: "Hà Nội", issuer: "Cục Ngoại giao văn hóa và UNESCO" },
  ])("$name", ({ org, lines, place, issuer }) => {
    expect(issuingBodyLines(org)).toEqual(lines);
    expect(placeName(org)).toBe(place);
    expect(issuerName(org)).toBe(issuer);
  });
});

describe("number and symbol", () => {
  it.each([
    { name: "the report's own number", number: "125/BC-UBND", org: hanoi, expected: "Số: 125/BC-UBND" },
    { name: "a number typed with its label", number: "Số: 7/BC-BNG", org: mofa, expected: "Số: 7/BC-BNG" },
    { name: "no number, a People's Committee", number: null, org: laiChau, expected: "Số:        /BC-UBND" },
    { name: "no number, a ministry", number: "  ", org: mofa, expected: "Số:        /BC-BNG" },
    { name: "no number, another unit", number: null, org: bureau, expected: "Số:        /BC" },
  ])("$name", ({ number, org, expected }) => {
    expect(documentNumberLine(number, org)).toBe(expected);
  });
});

describe("date line", () => {
  it.each([
    { name: "a day below 10 takes a zero, July does not", at: "2026-07-05T03:00:00Z", expected: { day: "05", month: "7", year: "2026" } },
    { name: "February takes a zero", at: "2026-02-15T03:00:00Z", expected: { day: "15", month: "02", year: "2026" } },
    { name: "January takes a zero", at: "2027-01-09T03:00:00Z", expected: { day: "09", month: "01", year: "2027" } },
    { name: "December does not", at: "2026-12-20T03:00:00Z", expected: { day: "20", month: "12", year: "2026" } },
    { name: "late evening UTC is already the next day in Hà Nội", at: "2026-12-31T18:00:00Z", expected: { day: "01", month: "01", year: "2027" } },
    { name: "leap day", at: "2028-02-29T10:00:00Z", expected: { day: "29", month: "02", year: "2028" } },
  ])("$name", ({ at, expected }) => {
    expect(administrativeDateParts(new Date(at))).toEqual(expected);
  });
});

describe("text helpers", () => {
  it("numbers sections in Roman numerals", () => {
    expect([1, 2, 3, 4, 5, 9, 14].map(romanNumeral)).toEqual(["I", "II", "III", "IV", "V", "IX", "XIV"]);
  });

  it("splits typed text into paragraphs, dropping blank lines", () => {
    expect(paragraphsOf("Một.\r\n\r\n  Hai.  \nBa.")).toEqual(["Một.", "Hai.", "Ba."]);
    expect(paragraphsOf(null)).toEqual([]);
  });

  it("composes decomposed Vietnamese letters", () => {
    expect(paragraphsOf("Hà Nội".normalize("NFD"))[0]).toBe("Hà Nội".normalize("NFC"));
  });
});

describe("wrapping long runs for the PDF", () => {
  it("leaves ordinary words alone", () => {
    expect(wrapLongWords("Kết quả nhiệm vụ 1")).toBe("Kết quả nhiệm vụ 1");
  });

  it("cuts a long address after its separators, filling each line", () => {
    expect(wrapLongWords("xem https://hanoi.gov.vn/tin-bai", 12)).toBe("xem https://\nhanoi.gov.\nvn/tin-bai");
  });

  it("cuts a run without separators every `max` characters", () => {
    expect(wrapLongWords("a".repeat(10), 4)).toBe("aaaa\naaaa\naa");
  });

  it("keeps every character, in order", () => {
    const text = "https://example.vn/bao-cao?ky=2026-1&don-vi=P01 và https://x.vn";
    const wrapped = wrapLongWords(text, 10);
    expect(wrapped.replaceAll("\n", "")).toBe(text);
    expect(wrapped.split(/\s/).every((line) => line.length <= 10)).toBe(true);
  });
});
