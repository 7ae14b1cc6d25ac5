import { getLocale, getTranslations } from "next-intl/server";
import type { DashboardFilters } from "@/lib/domain/dashboard-filters";
import type { DashboardPeriodOption } from "@/lib/domain/dashboard-types";
import { toLocale } from "@/lib/i18n/config";
import { formatPeriod } from "@/lib/domain/dashboard-format";

// The filters in force, in words (announced politely when a filtered view loads).
export async function FilterSummary({ filters, periods = [] }: { filters: DashboardFilters; periods?: DashboardPeriodOption[] }) {
  const t = await getTranslations("dashboard.filters");
  const tg = await getTranslations("dashboard.groups");
  const tr = await getTranslations("organizations.region");
  const tt = await getTranslations("dashboard.taskGroups");
  const locale = toLocale(await getLocale());
  const period = filters.period ? periods.find((p) => p.id === filters.period) : undefined;
  const parts = [
    filters.year ? t("summaryYear", { year: filters.year }) : null,
    period ? t("summaryPeriod", { period: formatPeriod(period, locale) }) : null,
    filters.orgKind ? tg(filters.orgKind) : null,
    filters.region ? tr(filters.region) : null,
    filters.taskGroup ? tt(filters.taskGroup) : null,
  ].filter((part): part is string => Boolean(part));
  return (
    <p aria-live="polite" className="text-sm text-slate-800" data-testid="filter-summary">
      <span className="font-medium">{t("summaryLabel")}</span> {parts.length ? parts.join(" · ") : t("summaryAll")}
    </p>
  );
}
