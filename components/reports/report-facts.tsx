import type { ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { ComplianceBadge } from "@/components/compliance/compliance-status";
import type { ComplianceCellStatus } from "@/components/compliance/compliance-symbols";
import { periodLabel, type PeriodKind } from "@/lib/domain/reporting-calendar";
import { toLocale } from "@/lib/i18n/config";
import { formatDate, formatDateTime, pickLocalized } from "@/lib/i18n/format";
import { ReportStatusBadge, type ReportStatusValue } from "./report-status-badge";

export type ReportFactsView = {
  organization: { nameVi: string; nameEn: string | null };
  period: { kind: PeriodKind; year: number; number: number; cutoffStart: string; cutoffEnd: string; deadline: string };
  status: ReportStatusValue;
  compliance: ComplianceCellStatus;
  submissionNumber: number;
  firstSubmittedAt: string | null;
};

// The report's identity: organization, period and its cut-off window, deadline, status and submission number.
export function ReportFacts({ report, documentNumber }: { report: ReportFactsView; documentNumber: string | null }) {
  const t = useTranslations("reports.detail");
  const tk = useTranslations("reports.periodKind");
  const locale = toLocale(useLocale());
  const facts: { label: string; value: ReactNode; testId?: string }[] = [
    {
      label: t("organization"),
      value: pickLocalized(locale, report.organization.nameVi, report.organization.nameEn),
      testId: "report-organization",
    },
    { label: t("period"), value: `${periodLabel(report.period, locale)} (${tk(report.period.kind)})`, testId: "report-period" },
    {
      label: t("cutoff"),
      value: t("cutoffValue", { start: formatDate(report.period.cutoffStart), end: formatDate(report.period.cutoffEnd) }),
    },
    { label: t("deadline"), value: formatDate(report.period.deadline), testId: "report-deadline" },
    { label: t("status"), value: <ReportStatusBadge status={report.status} />, testId: "report-status" },
    { label: t("compliance"), value: <ComplianceBadge status={report.compliance} />, testId: "report-compliance" },
    {
      label: t("submissionNumber"),
      value: report.submissionNumber > 0 ? t("submissionValue", { number: report.submissionNumber }) : t("submissionNone"),
      testId: "report-submission-number",
    },
    ...(report.firstSubmittedAt ? [{ label: t("firstSubmittedAt"), value: formatDateTime(report.firstSubmittedAt) }] : []),
    { label: t("documentNumber"), value: documentNumber ?? t("noDocumentNumber") },
  ];
  return (
    <dl aria-label={t("facts")} className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]" data-testid="report-facts">
      {facts.map((fact) => (
        <div key={fact.label} className="contents">
          <dt className="font-medium text-slate-700">{fact.label}</dt>
          <dd className="text-slate-900" data-testid={fact.testId}>
            {fact.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
