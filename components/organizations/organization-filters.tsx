import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FilterSearch } from "@/components/ui/filter-form";

// Kind filters as links (they work without JavaScript and can be bookmarked) and a GET search form that
// keeps the chosen kind.
export async function OrganizationFilters({
  filters,
  kind,
  q,
  hrefForKind,
  clearSearchHref,
}: {
  filters: readonly string[];
  kind: string | null;
  q: string;
  hrefForKind: (kind: string | null) => string;
  clearSearchHref: string;
}) {
  const t = await getTranslations("organizations");
  const options: { key: string | null; label: string }[] = [
    { key: null, label: t("filters.all") },
    ...filters.map((filter) => ({ key: filter, label: t(`filters.${filter}`) })),
  ];
  return (
    <div className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <nav aria-label={t("filters.label")}>
        <ul className="flex flex-wrap gap-2">
          {options.map((option) => {
            const isCurrent = option.key === kind;
            return (
              <li key={option.key ?? "all"}>
                <Link
                  href={hrefForKind(option.key)}
                  aria-current={isCurrent ? "true" : undefined}
                  data-testid={`kind-filter-${option.key ?? "all"}`}
                  className={
                    isCurrent
                      ? "inline-block rounded-full border border-brand bg-brand px-3 py-1 text-sm font-semibold text-white"
                      : "inline-block rounded-full border border-slate-300 bg-white px-3 py-1 text-sm text-slate-800 hover:border-brand hover:text-brand"
                  }
                >
                  {option.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <form method="get" action="/organizations" role="search" className="flex flex-wrap items-end gap-2">
        {kind && <input type="hidden" name="kind" value={kind} />}
        <FilterSearch id="organization-search" label={t("search.label")} defaultValue={q} hint={t("search.hint")} />
        <div className="flex gap-2 pb-5">
          <button type="submit" className="rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark">
            {t("search.submit")}
          </button>
          {q && (
            <Link href={clearSearchHref} className="rounded border border-slate-300 px-4 py-2 text-slate-800 hover:border-brand">
              {t("search.clear")}
            </Link>
          )}
        </div>
      </form>
    </div>
  );
}
