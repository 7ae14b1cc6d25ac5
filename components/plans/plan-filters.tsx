import { useLocale, useTranslations } from "next-intl";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { toLocale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/format";
import { PLAN_STATUSES } from "@/lib/domain/plan-workflow";

const STATUSES = PLAN_STATUSES;

export type PlanFilterOrganization = { id: string; nameVi: string; nameEn: string | null };

export function PlanFilters({
  status,
  organizationId,
  organizations,
}: {
  status: string;
  organizationId: string;
  organizations: PlanFilterOrganization[];
}) {
  const t = useTranslations("plans.list");
  const ts = useTranslations("workspace.planStatus");
  const locale = toLocale(useLocale());
  return (
    <FilterForm action="/plans" label={t("filtersLabel")} isFiltered={Boolean(status || organizationId)}>
      <FilterSelect id="plan-status-filter" name="status" label={t("statusFilter")} defaultValue={status}>
        {STATUSES.map((value) => (
          <option key={value} value={value}>
            {ts(value)}
          </option>
        ))}
      </FilterSelect>
      {organizations.length > 1 && (
        <FilterSelect
          id="plan-organization-filter"
          name="organization"
          label={t("organizationFilter")}
          defaultValue={organizationId}
          width="grow"
        >
          {organizations.map((organization) => (
            <option key={organization.id} value={organization.id}>
              {pickLocalized(locale, organization.nameVi, organization.nameEn)}
            </option>
          ))}
        </FilterSelect>
      )}
    </FilterForm>
  );
}
