import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import {
  DASHBOARD_FIRST_YEAR,
  DASHBOARD_LAST_YEAR,
  DASHBOARD_ORGANIZATION_GROUP_KEYS,
  DASHBOARD_REGIONS,
  TASK_GROUP_CODES,
  type DashboardFilters,
} from "@/lib/domain/dashboard-filters";
import type { DashboardPeriodOption } from "@/lib/domain/dashboard-types";
import { toLocale } from "@/lib/i18n/config";
import { formatPeriod } from "@/lib/domain/dashboard-format";

const YEARS = Array.from({ length: DASHBOARD_LAST_YEAR - DASHBOARD_FIRST_YEAR + 1 }, (_, i) => DASHBOARD_FIRST_YEAR + i);
const selectClass = "mt-1 w-full rounded border border-slate-400 bg-white px-3 py-2";

// A GET form: the filters live in the URL, work without JavaScript, and a view can be shared as a link.
export async function DashboardFilterForm({
  action,
  filters,
  periods,
  hidden = {},
  showOrganizationKind = true,
  children,
}: {
  action: string;
  filters: DashboardFilters;
  // Reporting periods for the compliance widget; omitted where the view has no such widget.
  periods?: DashboardPeriodOption[];
  hidden?: Record<string, string>;
  showOrganizationKind?: boolean;
  children?: React.ReactNode;
}) {
  const t = await getTranslations("dashboard.filters");
  const tg = await getTranslations("dashboard.groups");
  const tr = await getTranslations("organizations.region");
  const tt = await getTranslations("dashboard.taskGroups");
  const locale = toLocale(await getLocale());
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-label={t("label")}
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-6"
    >
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div>
        <label htmlFor="filter-year" className="block text-sm font-medium text-slate-800">
          {t("year")}
        </label>
        <select id="filter-year" name="year" defaultValue={filters.year ? String(filters.year) : ""} className={selectClass}>
          <option value="">{t("allYears")}</option>
          {YEARS.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
      </div>
      {periods && (
        <div>
          <label htmlFor="filter-period" className="block text-sm font-medium text-slate-800">
            {t("period")}
          </label>
          <select id="filter-period" name="period" defaultValue={filters.period ?? ""} className={selectClass}>
            <option value="">{t("latestPeriod")}</option>
            {periods.map((period) => (
              <option key={period.id} value={period.id}>
                {formatPeriod(period, locale)}
              </option>
            ))}
          </select>
        </div>
      )}
      {showOrganizationKind && (
        <div>
          <label htmlFor="filter-kind" className="block text-sm font-medium text-slate-800">
            {t("orgKind")}
          </label>
          <select id="filter-kind" name="orgKind" defaultValue={filters.orgKind ?? ""} className={selectClass}>
            <option value="">{t("allKinds")}</option>
            {DASHBOARD_ORGANIZATION_GROUP_KEYS.map((group) => (
              <option key={group} value={group}>
                {tg(group)}
              </option>
            ))}
          </select>
        </div>
      )}
      <div>
        <label htmlFor="filter-region" className="block text-sm font-medium text-slate-800">
          {t("region")}
        </label>
        <select id="filter-region" name="region" defaultValue={filters.region ?? ""} className={selectClass}>
          <option value="">{t("allRegions")}</option>
          {DASHBOARD_REGIONS.map((region) => (
            <option key={region} value={region}>
              {tr(region)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-task-group" className="block text-sm font-medium text-slate-800">
          {t("taskGroup")}
        </label>
        <select id="filter-task-group" name="taskGroup" defaultValue={filters.taskGroup ?? ""} className={selectClass}>
          <option value="">{t("allTaskGroups")}</option>
          {TASK_GROUP_CODES.map((code) => (
            <option key={code} value={code}>
              {tt(code)}
            </option>
          ))}
        </select>
      </div>
      {children}
      <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-6">
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
          {t("apply")}
        </button>
        <Link href={action} className="text-link">
          {t("reset")}
        </Link>
      </div>
    </form>
  );
}
