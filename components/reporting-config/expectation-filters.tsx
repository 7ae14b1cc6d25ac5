import { useTranslations } from "next-intl";
import { FilterForm, FilterSearch, FilterSelect } from "@/components/ui/filter-form";
import { ORGANIZATION_KINDS, REGIONS } from "@/lib/schemas/organizations";

export function ExpectationFilters({ q, kind, region }: { q: string; kind: string | null; region: string | null }) {
  const t = useTranslations("reportingConfig.expectations");
  const ta = useTranslations("admin");
  return (
    <FilterForm action="/admin/reporting/expectations" label={t("filtersLabel")} isFiltered={Boolean(q || kind || region)} hasHint>
      <FilterSearch id="expectation-search" label={t("searchLabel")} defaultValue={q} hint={t("searchHint")} />
      <FilterSelect id="expectation-kind" name="kind" label={t("kind")} defaultValue={kind ?? ""} isBesideHint>
        {ORGANIZATION_KINDS.map((value) => (
          <option key={value} value={value}>
            {ta(`kinds.${value}`)}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect id="expectation-region" name="region" label={t("region")} defaultValue={region ?? ""} isBesideHint>
        {REGIONS.map((value) => (
          <option key={value} value={value}>
            {ta(`regions.${value}`)}
          </option>
        ))}
      </FilterSelect>
    </FilterForm>
  );
}
