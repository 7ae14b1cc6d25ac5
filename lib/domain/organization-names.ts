// Dated names of organizations. Pure: no clock, no database.
//
// An organization keeps its identity when only its name or status changes: Thừa Thiên Huế became Thành phố Huế
// on 01/01/2025 (Resolution 175/2024/QH15) and is the same unit. Documents and lists show the name that was valid
// on the document's date; searches match every name the organization ever had.

// How the unit prints in a document's issuing-body line: "TỈNH …" or "THÀNH PHỐ …" (centrally-run city).
export type AdministrativeUnitType = "PROVINCE" | "CITY";

export type DatedName = {
  nameVi: string;
  nameEn: string | null;
  unitType: AdministrativeUnitType | null;
  validFrom: Date | null; // first day the name was in use (inclusive); null = since before the portal's records
  validTo: Date | null; // last day the name was in use (inclusive); null = still in use
};

export type CurrentName = { nameVi: string; nameEn: string | null; unitType: AdministrativeUnitType | null };

const DAY_MS = 86_400_000;
const dayNumber = (date: Date) => Math.floor(date.getTime() / DAY_MS);

function covers(name: DatedName, day: number): boolean {
  if (name.validFrom && dayNumber(name.validFrom) > day) return false;
  if (name.validTo && dayNumber(name.validTo) < day) return false;
  return true;
}

// The name valid on `date`: a recorded name whose interval contains the date, else the current name.
export function nameValidAt(current: CurrentName, history: readonly DatedName[], date: Date): CurrentName {
  const day = dayNumber(date);
  const match = history.find((name) => covers(name, day));
  return match ? { nameVi: match.nameVi, nameEn: match.nameEn, unitType: match.unitType } : current;
}

const PREFIXES: ReadonlyArray<{ prefix: string; unitType: AdministrativeUnitType }> = [
  { prefix: "Thành phố ", unitType: "CITY" },
  { prefix: "Tỉnh ", unitType: "PROVINCE" },
];

// The bare place name: "Thành phố Huế" → "Huế", "Tỉnh Thừa Thiên Huế" → "Thừa Thiên Huế".
export function bareUnitName(nameVi: string): string {
  for (const { prefix } of PREFIXES) if (nameVi.startsWith(prefix)) return nameVi.slice(prefix.length);
  return nameVi;
}

// The issuing-body line of a document of the unit: "TỈNH TUYÊN QUANG", "THÀNH PHỐ HẢI PHÒNG".
export function administrativeUnitTitle(name: CurrentName): string {
  const bare = bareUnitName(name.nameVi);
  const type = name.unitType ?? PREFIXES.find(({ prefix }) => name.nameVi.startsWith(prefix))?.unitType ?? null;
  if (!type) return name.nameVi.toLocaleUpperCase("vi");
  return `${type === "CITY" ? "THÀNH PHỐ" : "TỈNH"} ${bare.toLocaleUpperCase("vi")}`;
}

// Units named after a person keep their full name in the place-and-date line ("Thành phố Hồ Chí Minh, ngày …");
// the others use the place name alone ("Huế, ngày …").
const NAMED_AFTER_A_PERSON = new Set(["Hồ Chí Minh"]);

export function placeNameForDateLine(name: CurrentName): string {
  const bare = bareUnitName(name.nameVi);
  if (NAMED_AFTER_A_PERSON.has(bare)) return name.unitType === "PROVINCE" ? `Tỉnh ${bare}` : `Thành phố ${bare}`;
  return bare;
}
