import Link from "next/link";
import { useTranslations } from "next-intl";
import { ORGANIZATION_KINDS } from "@/lib/schemas/organizations";

export function OrganizationAdminFilters({ q, kind, status }: { q: string; kind: string | null; status: string | null }) {
  const t = useTranslations("admin");
  const isFiltered = Boolean(q || kind || status);
  return (
    <form
      method="get"
      action="/admin/organizations"
      role="search"
      aria-label={t("organizations.filtersLabel")}
      className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="min-w-64 flex-1">
        <label htmlFor="org-search" className="block text-sm font-medium text-slate-800">
          {t("organizations.searchLabel")}
        </label>
        <input
          id="org-search"
          type="search"
          name="q"
          defaultValue={q}
          maxLength={100}
          aria-describedby="org-search-hint"
          className="mt-1 w-full rounded border border-slate-400 px-3 py-2"
        />
        <p id="org-search-hint" className="mt-1 text-xs text-slate-600">
          {t("organizations.searchHint")}
        </p>
      </div>
      <div className="pb-5">
        <label htmlFor="org-kind-filter" className="block text-sm font-medium text-slate-800">
          {t("organizations.fields.kind")}
        </label>
        <select id="org-kind-filter" name="kind" defaultValue={kind ?? ""} className="mt-1 rounded border border-slate-400 bg-white px-3 py-2">
          <option value="">{t("filters.all")}</option>
          {ORGANIZATION_KINDS.map((value) => (
            <option key={value} value={value}>
              {t(`kinds.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="pb-5">
        <label htmlFor="org-status-filter" className="block text-sm font-medium text-slate-800">
          {t("filters.status")}
        </label>
        <select id="org-status-filter" name="status" defaultValue={status ?? ""} className="mt-1 rounded border border-slate-400 bg-white px-3 py-2">
          <option value="">{t("filters.all")}</option>
          <option value="active">{t("filters.active")}</option>
          <option value="inactive">{t("filters.inactive")}</option>
        </select>
      </div>
      <div className="flex gap-2 pb-5">
        <button type="submit" className="rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark">
          {t("filters.apply")}
        </button>
        {isFiltered && (
          <Link href="/admin/organizations" className="rounded border border-slate-300 px-4 py-2 text-slate-800 hover:border-brand">
            {t("filters.clear")}
          </Link>
        )}
      </div>
    </form>
  );
}
