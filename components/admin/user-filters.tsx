import { useTranslations } from "next-intl";
import { FilterForm, FilterSearch, FilterSelect } from "@/components/ui/filter-form";
import { ROLES } from "@/lib/domain/roles";

export function UserFilters({ q, role, status }: { q: string; role: string | null; status: string | null }) {
  const t = useTranslations("admin");
  return (
    <FilterForm action="/admin/users" label={t("users.filtersLabel")} isFiltered={Boolean(q || role || status)}>
      <FilterSearch id="user-search" label={t("users.searchLabel")} defaultValue={q} />
      <FilterSelect id="user-role-filter" name="role" label={t("users.fields.role")} defaultValue={role ?? ""}>
        {ROLES.map((value) => (
          <option key={value} value={value}>
            {t(`roles.${value}`)}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect id="user-status-filter" name="status" label={t("filters.status")} defaultValue={status ?? ""}>
        <option value="active">{t("filters.active")}</option>
        <option value="inactive">{t("filters.inactive")}</option>
      </FilterSelect>
    </FilterForm>
  );
}
