import { useLocale, useTranslations } from "next-intl";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { periodLabel, type PeriodKind } from "@/lib/domain/reporting-calendar";
import { toLocale } from "@/lib/i18n/config";
import { REPORT_STATUSES } from "./report-status-badge";

export type ReportFilterPeriod = { id: string; kind: PeriodKind; year: number; number: number };

const KIND_ORDER: PeriodKind[] = ["ANNUAL", "NINE_MONTH", "SEMIANNUAL", "QUARTERLY", "MONTHLY", "AD_HOC"];

export function ReportFilters({ periodId, status, periods }: { periodId: string; status: string; periods: ReportFilterPeriod[] }) {
  const t = useTranslations("reports.list");
  const tk = useTranslations("reports.periodKind");
  const ts = useTranslations("reports.status");
  const locale = toLocale(useLocale());
  const kinds = KIND_ORDER.filter((kind) => periods.some((p) => p.kind === kind));
  return (
    <FilterForm action="/reports" label={t("filtersLabel")} isFiltered={Boolean(periodId || status)}>
      <FilterSelect id="report-period-filter" name="period" label={t("periodFilter")} defaultValue={periodId} width="wide">
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
      </FilterSelect>
      <FilterSelect id="report-status-filter" name="status" label={t("statusFilter")} defaultValue={status}>
        {REPORT_STATUSES.map((value) => (
          <option key={value} value={value}>
            {ts(value)}
          </option>
        ))}
      </FilterSelect>
    </FilterForm>
  );
}
