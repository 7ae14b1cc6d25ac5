import Link from "next/link";
import { useTranslations } from "next-intl";
import { ROLES } from "@/lib/domain/roles";

// A GET form: the filters live in the URL, work without JavaScript and can be bookmarked.
export function UserFilters({ q, role, status }: { q: string; role: string | null; status: string | null }) {
  const t = useTranslations("admin");
  const isFiltered = Boolean(q || role || status);
  return (
    <form method="get" action="/admin/users" role="search" aria-label={t("users.filtersLabel")} className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="min-w-64 flex-1">
        <label htmlFor="user-search" className="block text-sm font-medium text-slate-800">
          {t("users.searchLabel")}
        </label>
        <input id="user-search" type="search" name="q" defaultValue={q} maxLength={100} className="mt-1 w-full rounded border border-slate-400 px-3 py-2" />
      </div>
      <div>
        <label htmlFor="user-role-filter" className="block text-sm font-medium text-slate-800">
          {t("users.fields.role")}
        </label>
        <select id="user-role-filter" name="role" defaultValue={role ?? ""} className="mt-1 rounded border border-slate-400 bg-white px-3 py-2">
          <option value="">{t("filters.all")}</option>
          {ROLES.map((value) => (
            <option key={value} value={value}>
              {t(`roles.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="user-status-filter" className="block text-sm font-medium text-slate-800">
          {t("filters.status")}
        </label>
        <select id="user-status-filter" name="status" defaultValue={status ?? ""} className="mt-1 rounded border border-slate-400 bg-white px-3 py-2">
          <option value="">{t("filters.all")}</option>
          <option value="active">{t("filters.active")}</option>
          <option value="inactive">{t("filters.inactive")}</option>
        </select>
      </div>
      <div className="flex gap-2">
        <button type="submit" className="rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark">
          {t("filters.apply")}
        </button>
        {isFiltered && (
          <Link href="/admin/users" className="rounded border border-slate-300 px-4 py-2 text-slate-800 hover:border-brand">
            {t("filters.clear")}
          </Link>
        )}
      </div>
    </form>
  );
}
