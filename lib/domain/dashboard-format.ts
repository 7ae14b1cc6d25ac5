// How the dashboards write their measures, shared by the pages, the PDF brief and the workbook so every
// output reads the same. Pure: Intl only (vi-VN numbers in Vietnamese, as lib/i18n/format.ts does).
import { periodLabel, type PeriodKind } from "./reporting-calendar";

export type FormatLocale = "vi" | "en";
export const NO_VALUE = "—";

const numberLocale = (locale: FormatLocale) => (locale === "vi" ? "vi-VN" : "en-GB");

export function formatPercentValue(value: number, locale: FormatLocale): string {
  return `${new Intl.NumberFormat(numberLocale(locale), { maximumFractionDigits: 1 }).format(value)}%`;
}

// A share in [0, 1] as a percentage ("40%"), or a dash when there is nothing to divide.
export function formatRate(rate: number | null | undefined, locale: FormatLocale): string {
  return rate === null || rate === undefined || !Number.isFinite(rate) ? NO_VALUE : formatPercentValue(rate * 100, locale);
}

// Average progress (already 0–100).
export function formatAverage(value: number | null | undefined, locale: FormatLocale): string {
  return value === null || value === undefined || !Number.isFinite(value) ? NO_VALUE : formatPercentValue(value, locale);
}

export function formatCount(value: number | null | undefined, locale: FormatLocale): string {
  return value === null || value === undefined
    ? NO_VALUE
    : new Intl.NumberFormat(numberLocale(locale), { maximumFractionDigits: 0 }).format(value);
}

export function formatValue(value: number | null | undefined, locale: FormatLocale): string {
  return value === null || value === undefined || !Number.isFinite(value)
    ? NO_VALUE
    : new Intl.NumberFormat(numberLocale(locale), { maximumFractionDigits: 2 }).format(value);
}

// A growth rate per year, signed so that a fall reads as one ("+3,2%", "−1%").
export function formatSignedRate(rate: number | null | undefined, locale: FormatLocale): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return NO_VALUE;
  const sign = rate > 0 ? "+" : rate < 0 ? "−" : "";
  return `${sign}${formatPercentValue(Math.abs(rate) * 100, locale)}`;
}

export function formatPeriod(period: { kind: PeriodKind; year: number; number: number }, locale: FormatLocale): string {
  return periodLabel(period, locale);
}

// dd/MM/yyyy from an ISO day, as the portal writes every calendar date.
export function formatIsoDay(day: string | null | undefined): string {
  if (!day) return NO_VALUE;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : day;
}
