// Calendar dates as the portal's users type them (dd/MM/yyyy) or as the API sends them (yyyy-MM-dd).
// A calendar date is a UTC midnight Date, which is how PostgreSQL `date` columns round-trip through Prisma.
export function parseCalendarDate(input: string): Date | null {
  if (input.length > 64) return null;
  const text = input.trim();
  let day: number, month: number, year: number;
  let match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (match) {
    day = Number(match[1]);
    month = Number(match[2]);
    year = Number(match[3]);
  } else {
    match = /^(\d{4})-(\d{2})-(\d{2})(?:T00:00:00(?:\.000)?Z)?$/.exec(text);
    if (!match) return null;
    year = Number(match[1]);
    month = Number(match[2]);
    day = Number(match[3]);
  }
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  // Rejects 31/02 and other days that do not exist (Date would roll them over).
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date;
}

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

// Amounts in đồng as typed: "1.500.000", "1 500 000" or "1500000" (no decimals: the đồng has no subunit).
export function parseVndAmount(input: string | number | bigint): bigint | null {
  if (typeof input === "bigint") return input;
  if (typeof input === "number") return Number.isSafeInteger(input) ? BigInt(input) : null;
  // 18 digits with separators and a currency word fit in far less; nothing longer is an amount.
  if (input.length > 64) return null;
  const text = input
    .trim()
    .replace(/[\s.]/g, "")
    .replace(/(đ|đồng|VND|vnd)$/i, "");
  if (!/^-?\d{1,18}$/.test(text)) return null;
  return BigInt(text);
}
