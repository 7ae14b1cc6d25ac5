import { getLocale, getTranslations } from "next-intl/server";
import { RateBarChart } from "@/components/charts/rate-bar-chart";
import { TrendLineChart } from "@/components/charts/trend-line-chart";
import { EmptyState } from "@/components/ui/empty-state";
import { Cell, DataTable, HeaderCell, RowHeaderCell } from "@/components/ui/table";
import type { ReportingCompliance } from "@/lib/domain/dashboard-types";
import { toLocale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { formatPeriod, formatRate } from "@/lib/domain/dashboard-format";
import { COMPLIANCE_STYLES, ComplianceBadge, type ComplianceValue } from "./status-badges";
import { DataTableDetails, Stat } from "./widget";

const STATUSES: ComplianceValue[] = ["ON_TIME", "LATE", "MISSING", "RETURNED", "NOT_DUE"];

// Reporting compliance of the latest due (or chosen) period, and the timeliness of every due period.
// `tablesHref`: where the data tables are (the overview's tables view); null when this page is that view.
export async function CompliancePanel({ data, tablesHref }: { data: ReportingCompliance; tablesHref: string | null }) {
  const t = await getTranslations("dashboard.reporting");
  const tc = await getTranslations("dashboard.compliance");
  const locale = toLocale(await getLocale());
  const latest = data.latest;
  if (!latest && data.trend.length === 0) return <EmptyState title={t("empty")} />;
  const counts: Record<ComplianceValue, number> | null = latest
    ? { ON_TIME: latest.onTime, LATE: latest.late, MISSING: latest.missing, RETURNED: latest.returned, NOT_DUE: latest.notDue }
    : null;
  const shown = STATUSES.filter((s) => s !== "NOT_DUE" || (counts?.NOT_DUE ?? 0) > 0);
  const trendSummary = t("trendSummary", {
    rows: data.trend.map((p) => `${formatPeriod(p, locale)}: ${formatRate(p.timeliness, locale)}`).join("; "),
  });
  return (
    <div className="space-y-6">
      {latest && counts && (
        <section aria-labelledby="latest-period-heading" className="space-y-3">
          <h3 id="latest-period-heading" className="font-semibold text-slate-900">
            {t("latestHeading", { period: formatPeriod(latest, locale), deadline: formatDate(latest.deadline) })}
          </h3>
          <dl className="grid grid-cols-2 gap-3 md:grid-cols-5">
            <Stat label={t("owed")} value={latest.owed} testId="compliance-owed" />
            {shown.map((status) => (
              <Stat
                key={status}
                label={`${COMPLIANCE_STYLES[status].symbol} ${tc(status)}`}
                value={counts[status]}
                testId={`compliance-${status}`}
              />
            ))}
          </dl>
          <p className="text-sm text-slate-800">
            {t("timeliness")}: <strong className="tabular-nums">{formatRate(latest.timeliness, locale)}</strong>{" "}
            <span className="text-slate-600">{t("timelinessHint")}</span>
          </p>
          <RateBarChart
            data={shown.map((status) => ({
              label: `${COMPLIANCE_STYLES[status].symbol} ${tc(status)}`,
              value: counts[status],
              colour: COMPLIANCE_STYLES[status].colour,
            }))}
            summary={t("latestSummary", {
              period: formatPeriod(latest, locale),
              rows: shown.map((s) => `${tc(s)}: ${counts[s]}`).join("; "),
            })}
            kind="count"
            labelWidth={150}
            testId="compliance-latest-chart"
          />
          <DataTableDetails open={tablesHref === null} deferredHref={tablesHref ?? undefined}>
            <DataTable caption={t("latestCaption", { period: formatPeriod(latest, locale) })}>
              <thead>
                <tr>
                  <HeaderCell>{t("columns.status")}</HeaderCell>
                  <HeaderCell className="text-right">{t("columns.count")}</HeaderCell>
                </tr>
              </thead>
              <tbody>
                {shown.map((status) => (
                  <tr key={status}>
                    <RowHeaderCell>
                      <ComplianceBadge status={status} />
                    </RowHeaderCell>
                    <Cell className="text-right tabular-nums">{counts[status]}</Cell>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          </DataTableDetails>
        </section>
      )}
      <section aria-labelledby="trend-heading" className="space-y-3">
        <h3 id="trend-heading" className="font-semibold text-slate-900">
          {t("trendHeading")}
        </h3>
        {data.trend.length === 0 ? (
          <p className="text-sm text-slate-700">{t("trendEmpty")}</p>
        ) : (
          <>
            <TrendLineChart
              points={data.trend.map((p) => ({ label: formatPeriod(p, locale), value: p.timeliness === null ? null : p.timeliness * 100 }))}
              summary={trendSummary}
              seriesLabel={t("timeliness")}
              testId="timeliness-trend-chart"
            />
            <DataTableDetails open={tablesHref === null} deferredHref={tablesHref ?? undefined}>
              <DataTable caption={t("trendCaption")}>
                <thead>
                  <tr>
                    <HeaderCell>{t("columns.period")}</HeaderCell>
                    <HeaderCell>{t("columns.deadline")}</HeaderCell>
                    <HeaderCell className="text-right">{t("owed")}</HeaderCell>
                    {STATUSES.slice(0, 4).map((s) => (
                      <HeaderCell key={s} className="text-right">
                        {tc(s)}
                      </HeaderCell>
                    ))}
                    <HeaderCell className="text-right">{t("timeliness")}</HeaderCell>
                  </tr>
                </thead>
                <tbody>
                  {data.trend.map((p) => (
                    <tr key={p.periodId}>
                      <RowHeaderCell>{formatPeriod(p, locale)}</RowHeaderCell>
                      <Cell className="tabular-nums">{formatDate(p.deadline)}</Cell>
                      <Cell className="text-right tabular-nums">{p.owed}</Cell>
                      <Cell className="text-right tabular-nums">{p.onTime}</Cell>
                      <Cell className="text-right tabular-nums">{p.late}</Cell>
                      <Cell className="text-right tabular-nums">{p.missing}</Cell>
                      <Cell className="text-right tabular-nums">{p.returned}</Cell>
                      <Cell className="text-right tabular-nums">{formatRate(p.timeliness, locale)}</Cell>
                    </tr>
                  ))}
                </tbody>
              </DataTable>
            </DataTableDetails>
          </>
        )}
      </section>
    </div>
  );
}
