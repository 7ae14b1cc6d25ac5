import { useLocale, useTranslations } from "next-intl";
import { ComplianceBadge } from "@/components/compliance/compliance-status";
import type { ComplianceCellStatus } from "@/components/compliance/compliance-symbols";
import { Cell, DataTable, HeaderCell } from "@/components/ui/table";
import { periodLabel, type PeriodKind } from "@/lib/domain/reporting-calendar";
import { toLocale } from "@/lib/i18n/config";
import { formatDateTime, pickLocalized } from "@/lib/i18n/format";
import { TextLink } from "@/components/ui/text-link";

export type ReportQueueRow = {
  id: string;
  organization: { nameVi: string; nameEn: string | null };
  period: { kind: PeriodKind; year: number; number: number };
  submissionNumber: number;
  submittedAt: string | null;
  ageDays: number;
  compliance: ComplianceCellStatus;
};

// Reports awaiting the Steering Committee's decision, oldest submission first.
export function ReportQueueTable({ rows }: { rows: ReportQueueRow[] }) {
  const t = useTranslations("reports.queue");
  const locale = toLocale(useLocale());
  return (
    <DataTable caption={t("caption")} isCaptionHidden>
      <thead>
        <tr>
          <HeaderCell className="min-w-56">{t("organization")}</HeaderCell>
          <HeaderCell className="min-w-40">{t("period")}</HeaderCell>
          <HeaderCell>{t("submission")}</HeaderCell>
          <HeaderCell>{t("submittedAt")}</HeaderCell>
          <HeaderCell className="text-right">{t("age")}</HeaderCell>
          <HeaderCell>{t("compliance")}</HeaderCell>
          <HeaderCell>{t("review")}</HeaderCell>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const organization = pickLocalized(locale, row.organization.nameVi, row.organization.nameEn);
          const period = periodLabel(row.period, locale);
          return (
            <tr key={row.id} data-testid="report-queue-row">
              <Cell>{organization}</Cell>
              <Cell>{period}</Cell>
              <Cell className="tabular-nums">
                {row.submissionNumber}
                {row.submissionNumber > 1 && <span className="block text-xs text-slate-700">{t("resubmission")}</span>}
              </Cell>
              <Cell className="whitespace-nowrap tabular-nums">{row.submittedAt ? formatDateTime(row.submittedAt) : "—"}</Cell>
              <Cell className="whitespace-nowrap text-right tabular-nums">{t("ageValue", { count: row.ageDays })}</Cell>
              <Cell>
                <ComplianceBadge status={row.compliance} />
              </Cell>
              <Cell>
                <TextLink href={`/reports/${row.id}/review`} aria-label={t("reviewFor", { period, organization })} className="font-medium">
                  {t("review")}
                </TextLink>
              </Cell>
            </tr>
          );
        })}
      </tbody>
    </DataTable>
  );
}
