// Formatting shared by server and client components. Dates are always dd/MM/yyyy (Vietnamese administrative
// usage, kept in English too); numbers and đồng follow vi-VN in Vietnamese.
import type { Locale } from "./config";

const TIME_ZONE = "Asia/Ho_Chi_Minh";

function numberLocale(locale: Locale) {
  return locale === "vi" ? "vi-VN" : "en-GB";
}

// Calendar dates (@db.Date) arrive as UTC midnight; format them in UTC so the day never shifts.
export function formatDate(value: Date | string | null | undefined): string {
  if (!value) return "";
  const d = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(d.getTime())) return "";
  const dd = String(d.getUTCDate()).padStart(2, "0");
  const mm = String(d.getUTCMonth() + 1).padStart(2, "0");
  return `${dd}/${mm}/${d.getUTCFullYear()}`;
}

export function formatDateTime(value: Date | string | null | undefined): string {
  if (!value) return "";
  const d = typeof value === "string" ? new Date(value) : value;
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: TIME_ZONE,
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  }).formatToParts(d);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("day")}/${get("month")}/${get("year")} ${get("hour")}:${get("minute")}`;
}

export function formatNumber(value: number | string | bigint | null | undefined, locale: Locale, maxFractionDigits = 2): string {
  if (value === null || value === undefined || value === "") return "";
  const n = typeof value === "string" ? Number(value) : value;
  return new Intl.NumberFormat(numberLocale(locale), { maximumFractionDigits: maxFractionDigits }).format(n);
}

export function formatVnd(value: number | bigint | string | null | undefined, locale: Locale): string {
  if (value === null || value === undefined || value === "") return "";
  const n = typeof value === "string" ? BigInt(value) : value;
  return `${new Intl.NumberFormat(numberLocale(locale), { maximumFractionDigits: 0 }).format(n)} ${locale === "vi" ? "đồng" : "VND"}`;
}

export function formatPercent(value: number | null | undefined, locale: Locale): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "";
  return `${new Intl.NumberFormat(numberLocale(locale), { maximumFractionDigits: 1 }).format(value)}%`;
}

// Content with both languages: the chosen one, falling back to Vietnamese (the authoritative text).
export function pickLocalized(locale: Locale, vi: string, en: string | null | undefined): string {
  return locale === "en" && en ? en : vi;
}
