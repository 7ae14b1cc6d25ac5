import Link from "next/link";
import { useTranslations } from "next-intl";
import { ORGANIZATION_KINDS, REGIONS } from "@/lib/schemas/organizations";

// A GET form: the filters live in the URL, work without JavaScript and can be bookmarked.
export function ExpectationFilters({ q, kind, region }: { q: string; kind: string | null; region: string | null }) {
  const t = useTranslations("reportingConfig.expectations");
  const ta = useTranslations("admin");
  const isFiltered = Boolean(q || kind || region);
  return (
    <form
      method="get"
      action="/admin/reporting/expectations"
      role="search"
      aria-label={t("filtersLabel")}
      className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="min-w-64 flex-1">
        <label htmlFor="expectation-search" className="block text-sm font-medium text-slate-800">
          {t("searchLabel")}
        </label>
        <input
          id="expectation-search"
          type="search"
          name="q"
          defaultValue={q}
          maxLength={100}
          aria-describedby="expectation-search-hint"
          className="mt-1 w-full rounded border border-slate-400 px-3 py-2"
        />
        <p id="expectation-search-hint" className="mt-1 text-xs text-slate-600">
          {t("searchHint")}
        </p>
      </div>
      <div className="pb-5">
        <label htmlFor="expectation-kind" className="block text-sm font-medium text-slate-800">
          {t("kind")}
        </label>
        <select id="expectation-kind" name="kind" defaultValue={kind ?? ""} className="mt-1 rounded border border-slate-400 bg-white px-3 py-2">
          <option value="">{ta("filters.all")}</option>
          {ORGANIZATION_KINDS.map((value) => (
            <option key={value} value={value}>
              {ta(`kinds.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="pb-5">
        <label htmlFor="expectation-region" className="block text-sm font-medium text-slate-800">
          {t("region")}
        </label>
        <select id="expectation-region" name="region" defaultValue={region ?? ""} className="mt-1 rounded border border-slate-400 bg-white px-3 py-2">
          <option value="">{ta("filters.all")}</option>
          {REGIONS.map((value) => (
            <option key={value} value={value}>
              {ta(`regions.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex gap-2 pb-5">
        <button type="submit" className="rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark">
          {ta("filters.apply")}
        </button>
        {isFiltered && (
          <Link href="/admin/reporting/expectations" className="rounded border border-slate-300 px-4 py-2 text-slate-800 hover:border-brand">
            {ta("filters.clear")}
          </Link>
        )}
      </div>
    </form>
  );
}
