// Parts of a report document in the Vietnamese administrative layout (Decree 30/2020/NĐ-CP on clerical work,
// Appendix I): the issuing body, the number and symbol, and the place and date. Pure: no clock (the date is a
// parameter), no labels beyond the fixed words of the layout.

import { REPORT_SECTIONS } from "./report-rules";

// `parent`: the body a unit belongs to (a MOFA department prints under "BỘ NGOẠI GIAO").
export type OrganizationForDocument = { kind: string; code: string; nameVi: string; parent?: { nameVi: string } | null };

// Who issues a province's report: its People's Committee, or, where the province has one (Decree 45/2025/NĐ-CP),
// its Department of Foreign Affairs under the Committee ("UBND TỈNH … / SỞ NGOẠI VỤ", symbol BC-SNgV).
export const PROVINCIAL_ISSUERS = ["PEOPLES_COMMITTEE", "FOREIGN_AFFAIRS_DEPARTMENT"] as const;
export type ProvincialIssuer = (typeof PROVINCIAL_ISSUERS)[number];

const PROVINCIAL_KINDS: ReadonlySet<string> = new Set(["PROVINCE", "CITY", "FORMER_PROVINCE"]);

// Only a province or a centrally-run city (current or former) chooses which of its bodies issues its reports.
export function choosesIssuingBody(kind: string): boolean {
  return PROVINCIAL_KINDS.has(kind);
}
const CITY_PREFIX = "Thành phố ";
const PROVINCE_PREFIX = "Tỉnh ";
// Ministries, agencies and the Ministry of Foreign Affairs' units sit in the capital.
const CAPITAL = "Hà Nội";
// Place names that are a person's name keep their full form in the date line (Decree 30/2020, Appendix I).
const NAMED_AFTER_A_PERSON = new Set(["Hồ Chí Minh"]);

const upper = (text: string) => text.normalize("NFC").toLocaleUpperCase("vi");

// The province's own name ("Thành phố Hà Nội" → "Hà Nội", "Tỉnh Lai Châu" → "Lai Châu").
function provinceName(nameVi: string): string {
  if (nameVi.startsWith(CITY_PREFIX)) return nameVi.slice(CITY_PREFIX.length);
  if (nameVi.startsWith(PROVINCE_PREFIX)) return nameVi.slice(PROVINCE_PREFIX.length);
  return nameVi;
}

function isCity(organization: OrganizationForDocument): boolean {
  return organization.kind === "CITY" || organization.nameVi.startsWith(CITY_PREFIX);
}

// The place name of the date line: the province where the issuing body sits ("Thành phố Hồ Chí Minh" in full).
export function placeName(organization: OrganizationForDocument): string {
  if (!PROVINCIAL_KINDS.has(organization.kind)) return CAPITAL;
  const name = provinceName(organization.nameVi).normalize("NFC");
  return NAMED_AFTER_A_PERSON.has(name) ? `Thành phố ${name}` : name;
}

// The issuing body, upper-case, one line per level: a province or city reports through its People's Committee
// (Decree 09/2019, Art. 13) or its Department of Foreign Affairs under it; a unit prints under its parent body
// ("BỘ NGOẠI GIAO" / "CỤC …"); other organizations under their own name.
export function issuingBodyLines(
  organization: OrganizationForDocument,
  provincialIssuer: ProvincialIssuer = "PEOPLES_COMMITTEE",
): string[] {
  if (PROVINCIAL_KINDS.has(organization.kind)) {
    const province = `${isCity(organization) ? "Thành phố" : "Tỉnh"} ${provinceName(organization.nameVi)}`;
    return provincialIssuer === "FOREIGN_AFFAIRS_DEPARTMENT"
      ? [upper(`UBND ${province}`), "SỞ NGOẠI VỤ"]
      : ["ỦY BAN NHÂN DÂN", upper(province)];
  }
  if (organization.parent) return [upper(organization.parent.nameVi), upper(organization.nameVi)];
  return [upper(organization.nameVi)];
}

// The issuer as named in running text ("Ủy ban nhân dân thành phố Hà Nội báo cáo …").
export function issuerName(organization: OrganizationForDocument, provincialIssuer: ProvincialIssuer = "PEOPLES_COMMITTEE"): string {
  if (!PROVINCIAL_KINDS.has(organization.kind)) return organization.nameVi.normalize("NFC");
  const province = `${isCity(organization) ? "thành phố" : "tỉnh"} ${provinceName(organization.nameVi)}`;
  return (provincialIssuer === "FOREIGN_AFFAIRS_DEPARTMENT" ? `Sở Ngoại vụ ${province}` : `Ủy ban nhân dân ${province}`).normalize("NFC");
}

// The symbols ministries and ministerial-level agencies print in document numbers (Decree 30/2020, Appendix
// III), keyed by the portal's organization code, which is plain ASCII: "BGDDT" prints as "BGDĐT".
export const MINISTRY_SYMBOLS: Readonly<Record<string, string>> = {
  BQP: "BQP",
  BCA: "BCA",
  BNG: "BNG",
  BNV: "BNV",
  BTP: "BTP",
  BTC: "BTC",
  BCT: "BCT",
  BNNMT: "BNNMT",
  BXD: "BXD",
  BVHTTDL: "BVHTTDL",
  BKHCN: "BKHCN",
  BGDDT: "BGDĐT",
  BYT: "BYT",
  BDTTG: "BDTTG",
  NHNN: "NHNN",
  TTCP: "TTCP",
  VPCP: "VPCP",
};

// The abbreviation after "BC-" in the symbol: UBND for People's Committees, SNgV for a Department of Foreign
// Affairs, a ministry's own symbol; none (for the clerk to fill in) where the portal does not know it.
export function issuerSymbol(
  organization: OrganizationForDocument,
  provincialIssuer: ProvincialIssuer = "PEOPLES_COMMITTEE",
): string | null {
  if (PROVINCIAL_KINDS.has(organization.kind)) return provincialIssuer === "FOREIGN_AFFAIRS_DEPARTMENT" ? "SNgV" : "UBND";
  if (organization.kind === "MINISTRY" || organization.kind === "MINISTERIAL_AGENCY") return MINISTRY_SYMBOLS[organization.code] ?? null;
  return null;
}

// "Số: 125/BC-UBND", or a blank number for the clerk to fill in when the report has none yet.
export function documentNumberLine(
  documentNumber: string | null,
  organization: OrganizationForDocument,
  provincialIssuer: ProvincialIssuer = "PEOPLES_COMMITTEE",
): string {
  const number = documentNumber?.trim().replace(/^số\s*:?\s*/iu, "");
  if (number) return `Số: ${number}`;
  const symbol = issuerSymbol(organization, provincialIssuer);
  return `Số:        /BC${symbol ? `-${symbol}` : ""}`;
}

// ───────────── the signature block (Decree 30/2020, Art. 13 and Appendix I) ─────────────

// How the issuer is led: a collective body (a People's Committee) signs "TM." on behalf of the collective; a body
// led by one head (a ministry, a department) signs in the head's name, a deputy "KT." for the head.
export type SignatureIssuer =
  | { kind: "COLLECTIVE"; collectiveName: string; headTitle: string; deputyTitle: string }
  | { kind: "HEAD"; headTitle: string; deputyTitle: string };

export type Signer = { role: "HEAD" | "DEPUTY"; name: string | null };

export type SignatureBlock = { lines: string[]; name: string | null };

export function signatureBlock(issuer: SignatureIssuer, signer: Signer): SignatureBlock {
  const lines: string[] = [];
  if (issuer.kind === "COLLECTIVE") lines.push(`TM. ${upper(issuer.collectiveName)}`);
  if (signer.role === "DEPUTY") lines.push(`KT. ${upper(issuer.headTitle)}`, upper(issuer.deputyTitle));
  else lines.push(upper(issuer.headTitle));
  const name = signer.name?.trim().normalize("NFC") || null;
  return { lines, name };
}

// Heads of ministerial-level agencies carry their own titles; every other ministry is led by a minister.
const AGENCY_TITLES: Readonly<Record<string, { headTitle: string; deputyTitle: string }>> = {
  NHNN: { headTitle: "Thống đốc", deputyTitle: "Phó Thống đốc" },
  TTCP: { headTitle: "Tổng Thanh tra", deputyTitle: "Phó Tổng Thanh tra" },
  VPCP: { headTitle: "Bộ trưởng, Chủ nhiệm", deputyTitle: "Phó Chủ nhiệm" },
};

// The signature issuer of an organization, as far as its kind tells: People's Committees sign on behalf of
// the Committee (Chủ tịch / Phó Chủ tịch), a Department of Foreign Affairs by its Director, ministries by the
// minister, MOFA's departments (Cục) by the Director General.
export function signatureIssuerOf(
  organization: OrganizationForDocument,
  provincialIssuer: ProvincialIssuer = "PEOPLES_COMMITTEE",
): SignatureIssuer {
  if (PROVINCIAL_KINDS.has(organization.kind)) {
    return provincialIssuer === "FOREIGN_AFFAIRS_DEPARTMENT"
      ? { kind: "HEAD", headTitle: "Giám đốc", deputyTitle: "Phó Giám đốc" }
      : { kind: "COLLECTIVE", collectiveName: "Ủy ban nhân dân", headTitle: "Chủ tịch", deputyTitle: "Phó Chủ tịch" };
  }
  if (organization.kind === "MINISTERIAL_AGENCY")
    return { kind: "HEAD", ...(AGENCY_TITLES[organization.code] ?? { headTitle: "Thủ trưởng", deputyTitle: "Phó Thủ trưởng" }) };
  if (organization.kind === "MINISTRY") return { kind: "HEAD", headTitle: "Bộ trưởng", deputyTitle: "Thứ trưởng" };
  if (organization.kind === "MOFA_UNIT" && organization.nameVi.startsWith("Cục"))
    return { kind: "HEAD", headTitle: "Cục trưởng", deputyTitle: "Phó Cục trưởng" };
  if (organization.kind === "MOFA_UNIT" && organization.nameVi.startsWith("Vụ"))
    return { kind: "HEAD", headTitle: "Vụ trưởng", deputyTitle: "Phó Vụ trưởng" };
  if (organization.kind === "REPRESENTATIVE_MISSION")
    return { kind: "HEAD", headTitle: "Đại sứ", deputyTitle: "Phó Trưởng cơ quan đại diện" };
  return { kind: "HEAD", headTitle: "Thủ trưởng cơ quan", deputyTitle: "Phó Thủ trưởng cơ quan" };
}

// The report's parts in the order of an administrative report, the same order as the form and the report page.
export const DOCUMENT_SECTION_ORDER = REPORT_SECTIONS;

// ───────────── periods as documents name them ─────────────

const ROMAN_QUARTERS = ["I", "II", "III", "IV"] as const;

// "quý IV năm 2026" in running text, "Quý IV/2026" in labels: administrative documents write quarters in Roman
// numerals.
export function quarterText(quarter: number, year: number, style: "text" | "label"): string {
  const roman = ROMAN_QUARTERS[quarter - 1];
  if (!roman) throw new RangeError(`quarter must be 1–4, got ${quarter}`);
  return style === "label" ? `Quý ${roman}/${year}` : `quý ${roman} năm ${year}`;
}

export type DocumentPeriod = { kind: string; number: number; year: number };

// The period in the subject and the opening sentence: "quý IV năm 2026", "6 tháng đầu năm 2026", "9 tháng năm
// 2026", "năm 2026", "tháng 5 năm 2026".
export function documentPeriodText(period: DocumentPeriod): string {
  switch (period.kind) {
    case "QUARTERLY":
      return quarterText(period.number, period.year, "text");
    case "SEMIANNUAL":
      return `6 tháng ${period.number === 1 ? "đầu" : "cuối"} năm ${period.year}`;
    case "NINE_MONTH":
      return `9 tháng năm ${period.year}`;
    case "ANNUAL":
      return `năm ${period.year}`;
    default:
      return `tháng ${period.number} năm ${period.year}`;
  }
}

const VIETNAM_OFFSET_MS = 7 * 3_600_000;

// Day, month and year of the date line on the Vietnamese calendar day of `at`: days below 10 and the months
// 1 and 2 take a leading zero, other months do not (Decree 30/2020, Appendix I, II.5.b).
export function administrativeDateParts(at: Date): { day: string; month: string; year: string } {
  const local = new Date(at.getTime() + VIETNAM_OFFSET_MS);
  const day = local.getUTCDate();
  const month = local.getUTCMonth() + 1;
  return {
    day: String(day).padStart(2, "0"),
    month: month <= 2 ? String(month).padStart(2, "0") : String(month),
    year: String(local.getUTCFullYear()),
  };
}

// Roman numerals of the section headings (I–IV).
export function romanNumeral(n: number): string {
  const table: [number, string][] = [
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let rest = n;
  let out = "";
  for (const [value, symbol] of table) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}

// Text typed in a textarea as paragraphs (blank lines and single line breaks both start a new paragraph).
export function paragraphsOf(text: string | null): string[] {
  return (text ?? "")
    .normalize("NFC")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

// Lets a PDF wrap a long unbroken run (a web address, a file name) inside its cell: words longer than `max`
// characters are cut into lines of at most `max`, preferably after "/", ".", "-", "_", "?", "&", "=" or "#".
// Word wraps such runs by itself; the PDF renderer breaks lines only at spaces (or at hyphenation points, where
// it would print a misleading hyphen inside an address), so the cut is an explicit line break.
export function wrapLongWords(text: string, max = 24): string {
  return text.replace(/\S+/g, (word) => {
    if (word.length <= max) return word;
    const pieces = (word.match(/[^/.\-_?&=#]*[/.\-_?&=#]?/g) ?? [word])
      .filter(Boolean)
      .flatMap((piece) => piece.match(new RegExp(`.{1,${max}}`, "gu")) ?? [piece]);
    const lines: string[] = [];
    for (const piece of pieces) {
      const last = lines.length - 1;
      if (last >= 0 && lines[last]!.length + piece.length <= max) lines[last] += piece;
      else lines.push(piece);
    }
    return lines.join("\n");
  });
}
