import { useTranslations } from "next-intl";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import {
  COMPLIANCE_PERIOD_KINDS,
  ORGANIZATION_GROUPS,
  REGIONS,
  isFilteredCompliance,
  type ComplianceQuery,
} from "@/lib/domain/report-compliance-filters";

const YEARS = Array.from({ length: 9 }, (_, i) => 2022 + i);

// The filters are shared with the .xlsx export. Organization staff see only their own row, so the organization
// filters are left out for them.
export function ComplianceFilters({ query, showOrganizationFilters }: { query: ComplianceQuery; showOrganizationFilters: boolean }) {
  const t = useTranslations("reports.complianceView");
  const tk = useTranslations("reports.periodKind");
  const tr = useTranslations("organizations.region");
  const years = [...new Set([...YEARS, query.fromYear, query.toYear])].sort((a, b) => a - b);
  const yearOptions = years.map((year) => (
    <option key={year} value={year}>
      {year}
    </option>
  ));
  return (
    <FilterForm
      action="/compliance"
      label={t("filtersLabel")}
      isFiltered={isFilteredCompliance(query)}
      applyLabel={t("apply")}
      testId="compliance-filters"
    >
      <FilterSelect id="compliance-kind" name="kind" label={t("kind")} defaultValue={query.kind} hasAllOption={false}>
        {COMPLIANCE_PERIOD_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {tk(kind)}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect id="compliance-from" name="from" label={t("fromYear")} defaultValue={String(query.fromYear)} hasAllOption={false}>
        {yearOptions}
      </FilterSelect>
      <FilterSelect id="compliance-to" name="to" label={t("toYear")} defaultValue={String(query.toYear)} hasAllOption={false}>
        {yearOptions}
      </FilterSelect>
      {showOrganizationFilters && (
        <>
          <FilterSelect id="compliance-group" name="group" label={t("group")} defaultValue={query.group ?? ""}>
            {(Object.keys(ORGANIZATION_GROUPS) as (keyof typeof ORGANIZATION_GROUPS)[]).map((group) => (
              <option key={group} value={group}>
                {t(`groups.${group}`)}
              </option>
            ))}
          </FilterSelect>
          <FilterSelect id="compliance-region" name="region" label={t("region")} defaultValue={query.region ?? ""}>
            {REGIONS.map((region) => (
              <option key={region} value={region}>
                {tr(region)}
              </option>
            ))}
          </FilterSelect>
        </>
      )}
    </FilterForm>
  );
}
