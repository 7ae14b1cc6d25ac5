import { REPORT_SECTIONS } from "./report-rules";
import { describe, expect, it } from "vitest";
import {
  administrativeDateParts,
  documentNumberLine,
  documentPeriodText,
  DOCUMENT_SECTION_ORDER,
  issuerName,
  issuerSymbol,
  issuingBodyLines,
  paragraphsOf,
  placeName,
  quarterText,
  romanNumeral,
  signatureBlock,
  signatureIssuerOf,
  wrapLongWords,
  type ProvincialIssuer,
} from "./report-document";

const hanoi = { kind: "CITY", code: "P01", nameVi: "Thành phố Hà Nội" };
const laiChau = { kind: "PROVINCE", code: "P03", nameVi: "Lai Châu" };
const formerHaGiang = { kind: "FORMER_PROVINCE", code: "FP-HA-GIANG", nameVi: "Hà Giang" };
const mofa = { kind: "MINISTRY", code: "BNG", nameVi: "Bộ Ngoại giao" };
const bureau = { kind: "MOFA_UNIT", code: "MOFA-CDB", nameVi: "Cục Ngoại giao văn hóa và UNESCO" };
const bureauUnderMofa = {
  kind: "MOFA_UNIT",
  code: "MOFA-NVNGVH",
  nameVi: "Cục Ngoại vụ và Ngoại giao văn hóa",
  parent: { nameVi: "Bộ Ngoại giao" },
};
const education = { kind: "MINISTRY", code: "BGDDT", nameVi: "Bộ Giáo dục và Đào tạo" };
const hcmc = { kind: "CITY", code: "P27", nameVi: "Thành phố Hồ Chí Minh" };
const hue = { kind: "CITY", code: "P02", nameVi: "Thành phố Huế" };
const stateBank = { kind: "MINISTERIAL_AGENCY", code: "NHNN", nameVi: "Ngân hàng Nhà nước Việt Nam" };

describe("issuing body and place", () => {
  it.each([
    {
      name: "a centrally-run city",
      org: hanoi,
      lines: ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ NỘI"],
      place: "Hà Nội",
      issuer: "Ủy ban nhân dân thành phố Hà Nội",
    },
    {
      name: "a province named without its prefix",
      org: laiChau,
      lines: ["ỦY BAN NHÂN DÂN", "TỈNH LAI CHÂU"],
      place: "Lai Châu",
      issuer: "Ủy ban nhân dân tỉnh Lai Châu",
    },
    {
      name: "a province absorbed in 2025",
      org: formerHaGiang,
      lines: ["ỦY BAN NHÂN DÂN", "TỈNH HÀ GIANG"],
      place: "Hà Giang",
      issuer: "Ủy ban nhân dân tỉnh Hà Giang",
    },
    { name: "a ministry", org: mofa, lines: ["BỘ NGOẠI GIAO"], place: "Hà Nội", issuer: "Bộ Ngoại giao" },
    {
      name: "a unit of the Ministry",
      org: bureau,
      lines: ["CỤC NGOẠI GIAO VĂN HÓA VÀ UNESCO"],
      place: "Hà Nội",
      issuer: "Cục Ngoại giao văn hóa và UNESCO",
    },
    {
      name: "a MOFA unit under its parent body",
      org: bureauUnderMofa,
      lines: ["BỘ NGOẠI GIAO", "CỤC NGOẠI VỤ VÀ NGOẠI GIAO VĂN HÓA"],
      place: "Hà Nội",
      issuer: "Cục Ngoại vụ và Ngoại giao văn hóa",
    },
    {
      name: "Hồ Chí Minh City keeps its full name in the date line",
      org: hcmc,
      lines: ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH"],
      place: "Thành phố Hồ Chí Minh",
      issuer: "Ủy ban nhân dân thành phố Hồ Chí Minh",
    },
    {
      name: "Huế, a centrally-run city",
      org: hue,
      lines: ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HUẾ"],
      place: "Huế",
      issuer: "Ủy ban nhân dân thành phố Huế",
    },
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
    { name: "no number, a ministry whose symbol has Đ", number: null, org: education, expected: "Số:        /BC-BGDĐT" },
    { name: "no number, a ministerial-level agency", number: null, org: stateBank, expected: "Số:        /BC-NHNN" },
  ])("$name", ({ number, org, expected }) => {
    expect(documentNumberLine(number, org)).toBe(expected);
  });

  it.each<[string, ProvincialIssuer, string[], string, string]>([
    ["the People's Committee issues", "PEOPLES_COMMITTEE", ["ỦY BAN NHÂN DÂN", "TỈNH LAI CHÂU"], "UBND", "Ủy ban nhân dân tỉnh Lai Châu"],
    [
      "the Department of Foreign Affairs issues",
      "FOREIGN_AFFAIRS_DEPARTMENT",
      ["UBND TỈNH LAI CHÂU", "SỞ NGOẠI VỤ"],
      "SNgV",
      "Sở Ngoại vụ tỉnh Lai Châu",
    ],
  ])("a province where %s", (_name, provincialIssuer, lines, symbol, issuer) => {
    expect(issuingBodyLines(laiChau, provincialIssuer)).toEqual(lines);
    expect(issuerSymbol(laiChau, provincialIssuer)).toBe(symbol);
    expect(issuerName(laiChau, provincialIssuer)).toBe(issuer);
    expect(documentNumberLine(null, laiChau, provincialIssuer)).toBe(`Số:        /BC-${symbol}`);
  });
});

describe("signature block (Decree 30/2020, Art. 13)", () => {
  it.each([
    {
      name: "a Vice-Chairman signs for the People's Committee",
      org: laiChau,
      issuer: "PEOPLES_COMMITTEE" as const,
      signer: { role: "DEPUTY" as const, name: "Nguyễn Văn A" },
      lines: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
      signed: "Nguyễn Văn A",
    },
    {
      name: "the Chairman signs for the People's Committee",
      org: hanoi,
      issuer: "PEOPLES_COMMITTEE" as const,
      signer: { role: "HEAD" as const, name: "Trần Thị B" },
      lines: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
      signed: "Trần Thị B",
    },
    {
      name: "a Deputy Minister signs for the Minister",
      org: education,
      issuer: "PEOPLES_COMMITTEE" as const,
      signer: { role: "DEPUTY" as const, name: "Lê Văn C" },
      lines: ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"],
      signed: "Lê Văn C",
    },
    {
      name: "the Minister signs",
      org: mofa,
      issuer: "PEOPLES_COMMITTEE" as const,
      signer: { role: "HEAD" as const, name: null },
      lines: ["BỘ TRƯỞNG"],
      signed: null,
    },
    {
      name: "a Deputy Director signs for a Department of Foreign Affairs",
      org: laiChau,
      issuer: "FOREIGN_AFFAIRS_DEPARTMENT" as const,
      signer: { role: "DEPUTY" as const, name: " Phạm D " },
      lines: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
      signed: "Phạm D",
    },
    {
      name: "a Deputy Governor signs for the State Bank",
      org: stateBank,
      issuer: "PEOPLES_COMMITTEE" as const,
      signer: { role: "DEPUTY" as const, name: null },
      lines: ["KT. THỐNG ĐỐC", "PHÓ THỐNG ĐỐC"],
      signed: null,
    },
    {
      name: "a MOFA department's Director General signs",
      org: bureauUnderMofa,
      issuer: "PEOPLES_COMMITTEE" as const,
      signer: { role: "HEAD" as const, name: null },
      lines: ["CỤC TRƯỞNG"],
      signed: null,
    },
  ])("$name", ({ org, issuer, signer, lines, signed }) => {
    expect(signatureBlock(signatureIssuerOf(org, issuer), signer)).toEqual({ lines, name: signed });
  });

  it("never prints the generic head-of-agency placeholder", () => {
    for (const org of [hanoi, laiChau, education, mofa, stateBank, bureauUnderMofa]) {
      const block = signatureBlock(signatureIssuerOf(org), { role: "DEPUTY", name: null });
      expect(block.lines.join(" ")).not.toMatch(/THỦ TRƯỞNG CƠ QUAN|Ký, ghi rõ/);
    }
  });
});

describe("periods as documents write them", () => {
  it.each([
    [1, 2026, "text", "quý I năm 2026"],
    [2, 2026, "text", "quý II năm 2026"],
    [3, 2027, "label", "Quý III/2027"],
    [4, 2026, "label", "Quý IV/2026"],
    [4, 2026, "text", "quý IV năm 2026"],
  ] as const)("quarter %d of %d (%s) → %s", (quarter, year, style, expected) => {
    expect(quarterText(quarter, year, style)).toBe(expected);
  });

  it.each([0, 5])("refuses quarter %d", (quarter) => {
    expect(() => quarterText(quarter, 2026, "text")).toThrow(RangeError);
  });

  it.each([
    [{ kind: "QUARTERLY", number: 4, year: 2026 }, "quý IV năm 2026"],
    [{ kind: "SEMIANNUAL", number: 1, year: 2026 }, "6 tháng đầu năm 2026"],
    [{ kind: "NINE_MONTH", number: 1, year: 2026 }, "9 tháng năm 2026"],
    [{ kind: "ANNUAL", number: 1, year: 2025 }, "năm 2025"],
    [{ kind: "MONTHLY", number: 5, year: 2026 }, "tháng 5 năm 2026"],
  ])("%o → %s", (period, expected) => {
    expect(documentPeriodText(period)).toBe(expected);
  });

  it("puts the next period's directions before the proposals, as the form and the report page do", () => {
    expect(DOCUMENT_SECTION_ORDER).toEqual(["resultsAchieved", "limitations", "nextPeriodTasks", "proposals"]);
    expect(DOCUMENT_SECTION_ORDER).toEqual(REPORT_SECTIONS);
  });
});

describe("date line", () => {
  it.each([
    { name: "a day below 10 takes a zero, July does not", at: "2026-07-05T03:00:00Z", expected: { day: "05", month: "7", year: "2026" } },
    { name: "February takes a zero", at: "2026-02-15T03:00:00Z", expected: { day: "15", month: "02", year: "2026" } },
    { name: "January takes a zero", at: "2027-01-09T03:00:00Z", expected: { day: "09", month: "01", year: "2027" } },
    { name: "December does not", at: "2026-12-20T03:00:00Z", expected: { day: "20", month: "12", year: "2026" } },
    {
      name: "late evening UTC is already the next day in Hà Nội",
      at: "2026-12-31T18:00:00Z",
      expected: { day: "01", month: "01", year: "2027" },
    },
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
