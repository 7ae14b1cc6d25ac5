import type { Metadata } from "next";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { ReportDiff } from "@/components/reports/report-diff";
import { ReportEvents } from "@/components/reports/report-events";
import { ReportFacts } from "@/components/reports/report-facts";
import { ReportReviewForm } from "@/components/reports/report-review-form";
import { Card } from "@/components/ui/card";
import { PageHeading } from "@/components/ui/page-heading";
import { periodLabel } from "@/lib/domain/reporting-calendar";
import { toLocale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/format";
import { requirePagePermission, requireUser } from "@/lib/server/guards";
import { getReportDetailOrNotFound } from "@/lib/server/queries/or-not-found";
import { reviewReportAction } from "./actions";
import { TextLink } from "@/components/ui/text-link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports.review");
  return { title: t("metaTitle") };
}

// The Steering Committee's review of one submitted report: what changed since the previous submission, the
// report itself with a reason box per section and per task, then the decision.
export default async function ReviewReportPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  const user = await requireUser({ returnTo: `/reports/${encodeURIComponent(id)}/review` });
  requirePagePermission(user, "report:review");
  const detail = await getReportDetailOrNotFound(user, id);
  const t = await getTranslations("reports");
  const locale = toLocale(await getLocale());
  const { report } = detail;
  const label = periodLabel(report.period, locale);
  const organization = pickLocalized(locale, report.organization.nameVi, report.organization.nameEn);
  const taskCodes = Object.fromEntries(detail.taskRows.map((row) => [row.taskId, row.code]));
  return (
    <div className="space-y-6">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <TextLink href="/reports/review">{t("queue.title")}</TextLink>
        <span aria-hidden="true"> › </span>
        <TextLink href={`/reports/${report.id}`}>
          {t("detail.title", { period: label })} — {organization}
        </TextLink>
      </nav>
      <PageHeading title={t("review.title")} eyebrow={`${organization} · ${label}`}>
        <ReportFacts report={report} documentNumber={detail.documentNumber} />
      </PageHeading>
      {report.status !== "SUBMITTED" ? (
        <p
          role="status"
          className="rounded border border-cb-orange bg-amber-50 p-4 text-amber-950"
          data-testid="report-not-awaiting-review"
        >
          {t("review.notAwaiting")} <TextLink href={`/reports/${report.id}`}>{t("review.backToReport")}</TextLink>
        </p>
      ) : (
        <>
          <Card as="section" className="space-y-3">
            <h2 className="text-xl font-semibold">{t("detail.diffHeading")}</h2>
            {detail.diff ? <ReportDiff diff={detail.diff} /> : <p className="text-sm text-slate-700">{t("review.firstSubmission")}</p>}
          </Card>
          {detail.events.length > 1 && (
            <Card as="section" className="space-y-3">
              <h2 className="text-lg font-semibold">{t("detail.eventsHeading")}</h2>
              <ReportEvents events={detail.events} taskCodes={taskCodes} />
            </Card>
          )}
          <ReportReviewForm
            action={reviewReportAction}
            reportId={report.id}
            version={report.version}
            sections={detail.sections}
            taskRows={detail.taskRows}
            indicators={detail.indicatorValues}
          />
        </>
      )}
    </div>
  );
}
