import { useLocale, useTranslations } from "next-intl";
import { ComplianceBadge } from "@/components/compliance/compliance-status";
import type { ComplianceCellStatus } from "@/components/compliance/compliance-symbols";
import { Cell, DataTable, HeaderCell } from "@/components/ui/table";
import { periodLabel, type PeriodKind } from "@/lib/domain/reporting-calendar";
import { toLocale } from "@/lib/i18n/config";
import { formatDate, formatDateTime, pickLocalized } from "@/lib/i18n/format";
import { ReportStatusBadge, type ReportStatusValue } from "./report-status-badge";
import { TextLink } from "@/components/ui/text-link";

export type ReportListRow = {
  id: string;
  organization: { nameVi: string; nameEn: string | null };
  period: { kind: PeriodKind; year: number; number: number; deadline: string };
  status: ReportStatusValue;
  compliance: ComplianceCellStatus;
  submissionNumber: number;
  submittedAt: string | null;
};

export function ReportListTable({ rows }: { rows: ReportListRow[] }) {
  const t = useTranslations("reports.list");
  const locale = toLocale(useLocale());
  return (
    <DataTable caption={t("caption")} isCaptionHidden>
      <thead>
        <tr>
          <HeaderCell className="min-w-56">{t("organization")}</HeaderCell>
          <HeaderCell className="min-w-40">{t("period")}</HeaderCell>
          <HeaderCell>{t("deadline")}</HeaderCell>
          <HeaderCell>{t("status")}</HeaderCell>
          <HeaderCell>{t("compliance")}</HeaderCell>
          <HeaderCell className="text-right">{t("submission")}</HeaderCell>
          <HeaderCell>{t("submittedAt")}</HeaderCell>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} data-testid="report-row">
            <Cell>
              <TextLink href={`/reports/${row.id}`}>{pickLocalized(locale, row.organization.nameVi, row.organization.nameEn)}</TextLink>
            </Cell>
            <Cell>{periodLabel(row.period, locale)}</Cell>
            <Cell className="whitespace-nowrap tabular-nums">{formatDate(row.period.deadline)}</Cell>
            <Cell>
              <ReportStatusBadge status={row.status} />
            </Cell>
            <Cell>
              <ComplianceBadge status={row.compliance} />
            </Cell>
            <Cell className="text-right tabular-nums">{row.submissionNumber || "—"}</Cell>
            <Cell className="whitespace-nowrap tabular-nums">{row.submittedAt ? formatDateTime(row.submittedAt) : "—"}</Cell>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
