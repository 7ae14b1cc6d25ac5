import "server-only";
import { getTranslations } from "next-intl/server";
import { formatPeriod } from "@/lib/domain/dashboard-format";
import type { DashboardFilters } from "@/lib/domain/dashboard-filters";
import type { Locale } from "@/lib/i18n/config";
import { db } from "../db";

// The filters of an export in words, printed on the PDF and the workbook so a file says what it shows.
export async function describeFilters(filters: DashboardFilters, locale: Locale): Promise<string> {
  const [t, tg, tr, tt] = await Promise.all([
    getTranslations({ locale, namespace: "dashboard.filters" }),
    getTranslations({ locale, namespace: "dashboard.groups" }),
    getTranslations({ locale, namespace: "organizations.region" }),
    getTranslations({ locale, namespace: "dashboard.taskGroups" }),
  ]);
  const period = filters.period
    ? await db.reportingPeriod.findUnique({ where: { id: filters.period }, select: { kind: true, year: true, number: true } })
    : null;
  const parts = [
    filters.year ? t("summaryYear", { year: filters.year }) : null,
    period ? t("summaryPeriod", { period: formatPeriod(period, locale) }) : null,
    filters.orgKind ? tg(filters.orgKind) : null,
    filters.region ? tr(filters.region) : null,
    filters.taskGroup ? tt(filters.taskGroup) : null,
  ].filter((part): part is string => Boolean(part));
  return parts.length ? parts.join(" · ") : t("summaryAll");
}

// A next-intl translator of the "dashboard" namespace as a plain function (the PDF and workbook builders take
// keys computed at run time, e.g. `status.${status}`).
export async function dashboardTranslator(locale: Locale): Promise<(key: string, values?: Record<string, string | number>) => string> {
  const t = await getTranslations({ locale, namespace: "dashboard" });
  return (key, values) => t(key as never, values as never);
}
