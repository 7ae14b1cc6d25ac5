import { useTranslations } from "next-intl";
import { FilterForm, FilterSearch, FilterSelect } from "@/components/ui/filter-form";
import { ORGANIZATION_KINDS } from "@/lib/schemas/organizations";

export function OrganizationAdminFilters({ q, kind, status }: { q: string; kind: string | null; status: string | null }) {
  const t = useTranslations("admin");
  return (
    <FilterForm action="/admin/organizations" label={t("organizations.filtersLabel")} isFiltered={Boolean(q || kind || status)} hasHint>
      <FilterSearch id="org-search" label={t("organizations.searchLabel")} defaultValue={q} hint={t("organizations.searchHint")} />
      <FilterSelect id="org-kind-filter" name="kind" label={t("organizations.fields.kind")} defaultValue={kind ?? ""} isBesideHint>
        {ORGANIZATION_KINDS.map((value) => (
          <option key={value} value={value}>
            {t(`kinds.${value}`)}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect id="org-status-filter" name="status" label={t("filters.status")} defaultValue={status ?? ""} isBesideHint>
        <option value="active">{t("filters.active")}</option>
        <option value="inactive">{t("filters.inactive")}</option>
      </FilterSelect>
    </FilterForm>
  );
}
