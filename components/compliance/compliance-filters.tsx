import Link from "next/link";
import { useTranslations } from "next-intl";
import { COMPLIANCE_PERIOD_KINDS, ORGANIZATION_GROUPS, REGIONS, isFilteredCompliance, type ComplianceQuery } from "@/lib/domain/report-compliance-filters";

const YEARS = Array.from({ length: 9 }, (_, i) => 2022 + i);
const selectClass = "mt-1 rounded border border-slate-400 bg-white px-3 py-2";
const labelClass = "block text-sm font-medium text-slate-800";

// A GET form: the filters live in the URL (shared with the .xlsx export), work without JavaScript and can be
// bookmarked. Organization staff see only their own row, so the organization filters are left out for them.
export function ComplianceFilters({ query, showOrganizationFilters }: { query: ComplianceQuery; showOrganizationFilters: boolean }) {
  const t = useTranslations("reports.complianceView");
  const tk = useTranslations("reports.periodKind");
  const tr = useTranslations("organizations.region");
  const years = [...new Set([...YEARS, query.fromYear, query.toYear])].sort((a, b) => a - b);
  return (
    <form method="get" action="/compliance" role="search" aria-label={t("filtersLabel")} className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="compliance-filters">
      <div>
        <label htmlFor="compliance-kind" className={labelClass}>
          {t("kind")}
        </label>
        <select id="compliance-kind" name="kind" defaultValue={query.kind} className={selectClass}>
          {COMPLIANCE_PERIOD_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {tk(kind)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="compliance-from" className={labelClass}>
          {t("fromYear")}
        </label>
        <select id="compliance-from" name="from" defaultValue={String(query.fromYear)} className={selectClass}>
          {years.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="compliance-to" className={labelClass}>
          {t("toYear")}
        </label>
        <select id="compliance-to" name="to" defaultValue={String(query.toYear)} className={selectClass}>
          {years.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
      </div>
      {showOrganizationFilters && (
        <>
          <div>
            <label htmlFor="compliance-group" className={labelClass}>
              {t("group")}
            </label>
            <select id="compliance-group" name="group" defaultValue={query.group ?? ""} className={selectClass}>
              <option value="">{t("all")}</option>
              {(Object.keys(ORGANIZATION_GROUPS) as (keyof typeof ORGANIZATION_GROUPS)[]).map((group) => (
                <option key={group} value={group}>
                  {t(`groups.${group}`)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="compliance-region" className={labelClass}>
              {t("region")}
            </label>
            <select id="compliance-region" name="region" defaultValue={query.region ?? ""} className={selectClass}>
              <option value="">{t("all")}</option>
              {REGIONS.map((region) => (
                <option key={region} value={region}>
                  {tr(region)}
                </option>
              ))}
            </select>
          </div>
        </>
      )}
      <div className="flex gap-2">
        <button type="submit" className="rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark">
          {t("apply")}
        </button>
        {isFilteredCompliance(query) && (
          <Link href="/compliance" className="rounded border border-slate-300 px-4 py-2 text-slate-800 hover:border-brand">
            {t("clear")}
          </Link>
        )}
      </div>
    </form>
  );
}
