import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { EntityHistory } from "@/components/audit/entity-history";
import { AutosaveCleanup } from "@/components/reports/autosave-cleanup";
import { IndicatorsReadOnly, SectionsReadOnly, TaskRowsReadOnly } from "@/components/reports/report-content";
import { ReportDiff } from "@/components/reports/report-diff";
import { ReportEvents } from "@/components/reports/report-events";
import { ReportFacts } from "@/components/reports/report-facts";
import { ReportForm } from "@/components/reports/report-form";
import { ReportNotice } from "@/components/reports/report-notice";
import { ReportActivityAnnex } from "@/components/reports/report-activity-annex";
import { ReturnedNote } from "@/components/reports/returned-note";
import { Card } from "@/components/ui/card";
import { PageHeading } from "@/components/ui/page-heading";
import { can } from "@/lib/domain/policy";
import { REPORT_SECTIONS, type ReportSection } from "@/lib/domain/report-rules";
import { periodLabel } from "@/lib/domain/reporting-calendar";
import { toLocale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/format";
import { requireUser } from "@/lib/server/guards";
import { listEntityHistory } from "@/lib/server/queries/audit";
import { getReportDetailOrNotFound } from "@/lib/server/queries/or-not-found";
import { getMofaRecipient } from "@/lib/server/queries/workflow-settings";
import { getReportActivityAnnex } from "@/lib/server/services/activity-annex";
import { saveReportAction } from "./actions";
import { confirmActivityAnnexAction } from "./annex-actions";
import { TextLink } from "@/components/ui/text-link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports.detail");
  return { title: t("metaTitle") };
}

const buttonClass = "inline-block rounded border border-slate-500 bg-white px-4 py-2 font-medium text-slate-900 hover:border-brand";

export default async function ReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ notice?: string }>;
}) {
  await connection();
  const { id } = await params;
  const user = await requireUser({ returnTo: `/reports/${encodeURIComponent(id)}` });
  const detail = await getReportDetailOrNotFound(user, id);
  const [history, recipient, annex] = await Promise.all([
    listEntityHistory(user, "ProgressReport", detail.report.id),
    getMofaRecipient(),
    getReportActivityAnnex(user, detail.report.id),
  ]);
  const { notice } = await searchParams;
  const t = await getTranslations("reports");
  const locale = toLocale(await getLocale());
  const { report } = detail;
  const resource = { organizationId: report.organization.id };
  const label = periodLabel(report.period, locale);
  const isOpen = report.status === "DRAFT" || report.status === "RETURNED";
  const mayEdit = isOpen && can(user, "report:update", resource);
  const mayReview = report.status === "SUBMITTED" && can(user, "report:review", resource);
  const taskCodes = Object.fromEntries(detail.taskRows.map((row) => [row.taskId, row.code]));
  const sectionReasons: Partial<Record<ReportSection, string>> = {};
  for (const reason of detail.returnReasons) if (reason.section) sectionReasons[reason.section] = reason.reason;
  const lastReturn = detail.events.filter((e) => e.type === "RETURNED").at(-1);
  const editableSections = detail.editable.all ? [...REPORT_SECTIONS] : detail.editable.sections;
  return (
    <div className="space-y-6">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <TextLink href="/reports">{t("own.title")}</TextLink>
      </nav>
      <ReportNotice notice={notice} />
      {(notice === "saved" || notice === "submitted") && <AutosaveCleanup reportId={report.id} version={report.version} />}
      <PageHeading
        title={<span data-testid="report-title">{t("detail.title", { period: label })}</span>}
        eyebrow={pickLocalized(locale, report.organization.nameVi, report.organization.nameEn)}
      >
        <ReportFacts report={report} documentNumber={detail.documentNumber} />
      </PageHeading>

      <section aria-label={t("detail.actions")} className="flex flex-wrap items-start gap-3" data-testid="report-links">
        <a href={`/reports/${report.id}/export.docx`} download className={buttonClass} data-testid="report-export-docx">
          {t("detail.exportDocx")}
        </a>
        <a href={`/reports/${report.id}/export.pdf`} download className={buttonClass} data-testid="report-export-pdf">
          {t("detail.exportPdf")}
        </a>
        {mayReview && (
          <Link
            href={`/reports/${report.id}/review`}
            className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark"
            data-testid="report-review-link"
          >
            {t("detail.review")}
          </Link>
        )}
      </section>

      {report.status === "RETURNED" && <ReturnedNote event={lastReturn} reasons={detail.returnReasons} taskCodes={taskCodes} />}
      {report.status === "SUBMITTED" && (
        <p className="rounded border border-cb-blue bg-sky-50 p-3 text-sm text-slate-900">
          {t("detail.submittedNote", { recipient: pickLocalized(locale, recipient.nameVi, recipient.nameEn) })}
        </p>
      )}
      {report.status === "ACCEPTED" && (
        <p className="rounded border border-cb-green bg-emerald-50 p-3 text-sm text-emerald-950">{t("detail.acceptedNote")}</p>
      )}

      {mayEdit && !can(user, "report:submit", resource) && (
        <p className="rounded border border-slate-400 bg-slate-50 p-3 text-sm text-slate-900" data-testid="leader-sends-note">
          {t("detail.leaderSends")}
        </p>
      )}
      {mayEdit ? (
        <ReportForm
          key={report.version}
          action={saveReportAction}
          reportId={report.id}
          version={report.version}
          isResubmission={report.submissionNumber > 0}
          canSubmit={can(user, "report:submit", resource)}
          documentNumber={detail.documentNumber}
          isDocumentNumberEditable={detail.editable.all}
          sections={detail.sections}
          editableSections={editableSections}
          sectionReasons={sectionReasons}
          taskRows={detail.taskRows}
          indicators={detail.indicatorValues}
          isIndicatorsEditable={detail.editable.all || detail.editable.indicators}
        />
      ) : (
        <div className="space-y-8" data-testid="report-read-only">
          {isOpen && <p className="text-sm text-slate-700">{t("detail.readOnlyNote")}</p>}
          <section aria-labelledby="report-sections-heading" className="space-y-4">
            <h2 id="report-sections-heading" className="text-xl font-semibold">
              {t("detail.sectionsHeading")}
            </h2>
            <SectionsReadOnly sections={detail.sections} sectionReasons={report.status === "RETURNED" ? sectionReasons : {}} />
          </section>
          <section aria-labelledby="report-tasks-heading" className="space-y-3">
            <h2 id="report-tasks-heading" className="text-xl font-semibold">
              {t("detail.tasksHeading", { count: detail.taskRows.length })}
            </h2>
            <TaskRowsReadOnly rows={detail.taskRows} />
          </section>
          <section aria-labelledby="report-indicators-heading" className="space-y-3">
            <h2 id="report-indicators-heading" className="text-xl font-semibold">
              {t("detail.indicatorsHeading")}
            </h2>
            <IndicatorsReadOnly indicators={detail.indicatorValues} />
          </section>
        </div>
      )}

      <Card>
        <ReportActivityAnnex
          reportId={report.id}
          proposed={annex.proposed}
          confirmed={annex.confirmed}
          action={mayEdit ? confirmActivityAnnexAction : undefined}
        />
      </Card>

      <Card as="section" className="space-y-3">
        <h2 className="text-lg font-semibold">{t("detail.eventsHeading")}</h2>
        <ReportEvents events={detail.events} taskCodes={taskCodes} />
      </Card>

      {detail.diff && (
        <Card as="section" className="space-y-3">
          <h2 className="text-lg font-semibold">{t("detail.diffHeading")}</h2>
          <ReportDiff diff={detail.diff} />
        </Card>
      )}

      <Card as="section">
        <EntityHistory entries={history} />
      </Card>
    </div>
  );
}
