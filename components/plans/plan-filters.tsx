import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { toLocale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/format";
import type { PlanStatusValue } from "./plan-status-badge";

const STATUSES: PlanStatusValue[] = ["DRAFT", "SUBMITTED", "RETURNED", "APPROVED", "REVISION"];

export type PlanFilterOrganization = { id: string; nameVi: string; nameEn: string | null };

// A GET form: the filters live in the URL, work without JavaScript and can be bookmarked.
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
  const isFiltered = Boolean(status || organizationId);
  return (
    <form method="get" action="/plans" role="search" aria-label={t("filtersLabel")} className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div>
        <label htmlFor="plan-status-filter" className="block text-sm font-medium text-slate-800">
          {t("statusFilter")}
        </label>
        <select id="plan-status-filter" name="status" defaultValue={status} className="mt-1 rounded border border-slate-400 bg-white px-3 py-2">
          <option value="">{t("all")}</option>
          {STATUSES.map((value) => (
            <option key={value} value={value}>
              {ts(value)}
            </option>
          ))}
        </select>
      </div>
      {organizations.length > 1 && (
        <div className="min-w-64 flex-1">
          <label htmlFor="plan-organization-filter" className="block text-sm font-medium text-slate-800">
            {t("organizationFilter")}
          </label>
          <select id="plan-organization-filter" name="organization" defaultValue={organizationId} className="mt-1 w-full rounded border border-slate-400 bg-white px-3 py-2">
            <option value="">{t("all")}</option>
            {organizations.map((organization) => (
              <option key={organization.id} value={organization.id}>
                {pickLocalized(locale, organization.nameVi, organization.nameEn)}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="flex gap-2">
        <button type="submit" className="rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark">
          {t("apply")}
        </button>
        {isFiltered && (
          <Link href="/plans" className="rounded border border-slate-300 px-4 py-2 text-slate-800 hover:border-brand">
            {t("clear")}
          </Link>
        )}
      </div>
    </form>
  );
}
