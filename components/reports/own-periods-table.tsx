import { useLocale, useTranslations } from "next-intl";
import { ComplianceBadge } from "@/components/compliance/compliance-status";
import type { ComplianceCellStatus } from "@/components/compliance/compliance-symbols";
import { Cell, DataTable, HeaderCell, RowHeaderCell } from "@/components/ui/table";
import { periodLabel, type PeriodKind } from "@/lib/domain/reporting-calendar";
import { toLocale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import type { FormAction } from "@/lib/schemas/action-state";
import { OpenReportButton } from "./open-report-button";
import { ReportStatusBadge, type ReportStatusValue } from "./report-status-badge";
import { TextLink } from "@/components/ui/text-link";

export type OwnPeriodRow = {
  period: { id: string; kind: PeriodKind; year: number; number: number; cutoffStart: string; cutoffEnd: string; deadline: string };
  report: { id: string; status: ReportStatusValue; submissionNumber: number } | null;
  compliance: ComplianceCellStatus;
};

// The periods an organization owes, most recent first, with the way into each report.
export function OwnPeriodsTable({ rows, openAction }: { rows: OwnPeriodRow[]; openAction: FormAction | null }) {
  const t = useTranslations("reports.own");
  const locale = toLocale(useLocale());
  return (
    <DataTable caption={t("caption")}>
      <thead>
        <tr>
          <HeaderCell className="min-w-44">{t("period")}</HeaderCell>
          <HeaderCell>{t("cutoff")}</HeaderCell>
          <HeaderCell>{t("deadline")}</HeaderCell>
          <HeaderCell>{t("compliance")}</HeaderCell>
          <HeaderCell>{t("state")}</HeaderCell>
          <HeaderCell>{t("action")}</HeaderCell>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ period, report, compliance }) => {
          const label = periodLabel(period, locale);
          const isOpenable = !report || report.status === "DRAFT" || report.status === "RETURNED";
          const actionLabel = report ? t("continue") : t("open");
          return (
            <tr key={period.id} data-testid="own-period-row" data-period={`${period.kind}-${period.year}-${period.number}`}>
              <RowHeaderCell>{label}</RowHeaderCell>
              <Cell className="whitespace-nowrap tabular-nums">
                {formatDate(period.cutoffStart)} – {formatDate(period.cutoffEnd)}
              </Cell>
              <Cell className="whitespace-nowrap tabular-nums">{formatDate(period.deadline)}</Cell>
              <Cell>
                <ComplianceBadge status={compliance} />
              </Cell>
              <Cell>
                {report ? (
                  <span className="inline-flex flex-col gap-0.5">
                    <ReportStatusBadge status={report.status} />
                    {report.submissionNumber > 0 && (
                      <span className="text-xs text-slate-700">{t("submission", { number: report.submissionNumber })}</span>
                    )}
                  </span>
                ) : (
                  <span className="text-slate-700">{t("noReport")}</span>
                )}
              </Cell>
              <Cell>
                {openAction && isOpenable ? (
                  <OpenReportButton
                    action={openAction}
                    periodId={period.id}
                    label={actionLabel}
                    accessibleLabel={t("openFor", { action: actionLabel, period: label })}
                    isPrimary={!report}
                  />
                ) : report ? (
                  <TextLink href={`/reports/${report.id}`} aria-label={t("openFor", { action: t("view"), period: label })}>
                    {t("view")}
                  </TextLink>
                ) : null}
              </Cell>
            </tr>
          );
        })}
      </tbody>
    </DataTable>
  );
}
