// Parts of a report document in the Vietnamese administrative layout (Decree 30/2020/NĐ-CP on clerical work,
// Appendix I): the issuing body, the number and symbol, and the place and date. Pure: no clock (the date is a
// parameter), no labels beyond the fixed words of the layout.

type OrganizationForDocument = { kind: string; code: string; nameVi: string };

const PROVINCIAL_KINDS = new Set(["PROVINCE", "CITY", "FORMER_PROVINCE"]);
const CITY_PREFIX = "Thành phố ";
const PROVINCE_PREFIX = "Tỉnh ";
// Ministries, agencies and the Ministry of Foreign Affairs' units sit in the capital.
const CAPITAL = "Hà Nội";

const upper = (text: string) => text.normalize("NFC").toLocaleUpperCase("vi");

// The province's own name ("Thành phố Hà Nội" → "Hà Nội", "Tỉnh Lai Châu" → "Lai Châu").
function provinceName(nameVi: string): string {
  if (nameVi.startsWith(CITY_PREFIX)) return nameVi.slice(CITY_PREFIX.length);
  if (nameVi.startsWith(PROVINCE_PREFIX)) return nameVi.slice(PROVINCE_PREFIX.length);
  return nameVi;
}

// The place name of the date line: the province where the issuing body sits.
export function placeName(organization: OrganizationForDocument): string {
  return PROVINCIAL_KINDS.has(organization.kind) ? provinceName(organization.nameVi) : CAPITAL;
}

// The issuing body, upper-case, one line per level: a province or city reports through its People's Committee
// (Decree 09/2019, Art. 13), other organizations under their own name.
export function issuingBodyLines(organization: OrganizationForDocument): string[] {
  if (!PROVINCIAL_KINDS.has(organization.kind)) return [upper(organization.nameVi)];
  const isCity = organization.kind === "CITY" || organization.nameVi.startsWith(CITY_PREFIX);
  return ["ỦY BAN NHÂN DÂN", upper(`${isCity ? "Thành phố" : "Tỉnh"} ${provinceName(organization.nameVi)}`)];
}

// The issuer as named in running text ("Ủy ban nhân dân thành phố Hà Nội báo cáo …").
export function issuerName(organization: OrganizationForDocument): string {
  if (!PROVINCIAL_KINDS.has(organization.kind)) return organization.nameVi.normalize("NFC");
  const isCity = organization.kind === "CITY" || organization.nameVi.startsWith(CITY_PREFIX);
  return `Ủy ban nhân dân ${isCity ? "thành phố" : "tỉnh"} ${provinceName(organization.nameVi)}`.normalize("NFC");
}

// The abbreviation after "BC-" in the symbol: UBND for People's Committees, a ministry's own code when it is one.
function issuerSymbol(organization: OrganizationForDocument): string | null {
  if (PROVINCIAL_KINDS.has(organization.kind)) return "UBND";
  if ((organization.kind === "MINISTRY" || organization.kind === "MINISTERIAL_AGENCY") && /^[A-ZĐ]{2,10}$/u.test(organization.code)) return organization.code;
  return null;
}

// "Số: 125/BC-UBND", or a blank number for the clerk to fill in when the report has none yet.
export function documentNumberLine(documentNumber: string | null, organization: OrganizationForDocument): string {
  const number = documentNumber?.trim().replace(/^số\s*:?\s*/iu, "");
  if (number) return `Số: ${number}`;
  const symbol = issuerSymbol(organization);
  return `Số:        /BC${symbol ? `-${symbol}` : ""}`;
}

const VIETNAM_OFFSET_MS = 7 * 3_600_000;

// Day, month and year of the date line on the Vietnamese calendar day of `at`: days below 10 and the months
// 1 and 2 take a leading zero, other months do not (Decree 30/2020, Appendix I, II.5.b).
export function administrativeDateParts(at: Date): { day: string; month: string; year: string } {
  const local = new Date(at.getTime() + VIETNAM_OFFSET_MS);
  const day = local.getUTCDate();
  const month = local.getUTCMonth() + 1;
  return { day: String(day).padStart(2, "0"), month: month <= 2 ? String(month).padStart(2, "0") : String(month), year: String(local.getUTCFullYear()) };
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
    const pieces = (word.match(/[^/.\-_?&=#]*[/.\-_?&=#]?/g) ?? [word]).filter(Boolean).flatMap((piece) => piece.match(new RegExp(`.{1,${max}}`, "gu")) ?? [piece]);
    const lines: string[] = [];
    for (const piece of pieces) {
      const last = lines.length - 1;
      if (last >= 0 && lines[last]!.length + piece.length <= max) lines[last] += piece;
      else lines.push(piece);
    }
    return lines.join("\n");
  });
}
