import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { periodLabel, type PeriodKind } from "@/lib/domain/reporting-calendar";
import { toLocale } from "@/lib/i18n/config";
import { REPORT_STATUSES } from "./report-status-badge";

export type ReportFilterPeriod = { id: string; kind: PeriodKind; year: number; number: number };

const KIND_ORDER: PeriodKind[] = ["ANNUAL", "SEMIANNUAL", "QUARTERLY", "MONTHLY"];

// A GET form: the filters live in the URL, work without JavaScript and can be bookmarked.
export function ReportFilters({ periodId, status, periods }: { periodId: string; status: string; periods: ReportFilterPeriod[] }) {
  const t = useTranslations("reports.list");
  const tk = useTranslations("reports.periodKind");
  const ts = useTranslations("reports.status");
  const locale = toLocale(useLocale());
  const kinds = KIND_ORDER.filter((kind) => periods.some((p) => p.kind === kind));
  return (
    <form method="get" action="/reports" role="search" aria-label={t("filtersLabel")} className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="min-w-64">
        <label htmlFor="report-period-filter" className="block text-sm font-medium text-slate-800">
          {t("periodFilter")}
        </label>
        <select id="report-period-filter" name="period" defaultValue={periodId} className="mt-1 w-full rounded border border-slate-400 bg-white px-3 py-2">
          <option value="">{t("all")}</option>
          {kinds.map((kind) => (
            <optgroup key={kind} label={tk(kind)}>
              {periods
                .filter((p) => p.kind === kind)
                .map((p) => (
                  <option key={p.id} value={p.id}>
                    {periodLabel(p, locale)}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="report-status-filter" className="block text-sm font-medium text-slate-800">
          {t("statusFilter")}
        </label>
        <select id="report-status-filter" name="status" defaultValue={status} className="mt-1 rounded border border-slate-400 bg-white px-3 py-2">
          <option value="">{t("all")}</option>
          {REPORT_STATUSES.map((value) => (
            <option key={value} value={value}>
              {ts(value)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex gap-2">
        <button type="submit" className="rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark">
          {t("apply")}
        </button>
        {(periodId || status) && (
          <Link href="/reports" className="rounded border border-slate-300 px-4 py-2 text-slate-800 hover:border-brand">
            {t("clear")}
          </Link>
        )}
      </div>
    </form>
  );
}
