import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { OwnPeriodsTable } from "@/components/reports/own-periods-table";
import { ExternalReportForm } from "@/components/reports/external-report-form";
import { Card } from "@/components/ui/card";
import { periodLabel } from "@/lib/domain/reporting-calendar";
import { formatDate } from "@/lib/i18n/format";
import { listExternalReportOptions } from "@/lib/server/services/external-reports";
import { recordExternalReportAction } from "./external/actions";
import { ReportFilters } from "@/components/reports/report-filters";
import { ReportListTable } from "@/components/reports/report-list-table";
import { REPORT_STATUSES, type ReportStatusValue } from "@/components/reports/report-status-badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeading } from "@/components/ui/page-heading";
import { can, scopeOf } from "@/lib/domain/policy";
import { toLocale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/format";
import type { SessionUser } from "@/lib/server/auth/session";
import { requirePagePermission, requireUser } from "@/lib/server/guards";
import { listOwnReportingPeriods, listReportingPeriods, listReports } from "@/lib/server/queries/reports";
import { openReportAction } from "./actions";
import { TextLink } from "@/components/ui/text-link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports.own");
  return { title: t("title") };
}

type SearchParams = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";
const LIST_LIMIT = 500;
const linkClass = "inline-block rounded border border-slate-500 bg-white px-4 py-2 font-medium text-slate-900 hover:border-brand";

// Organization staff see the periods their organization owes and open their reports here; the Steering
// Committee and administrators see every organization's reports, filterable by period and status.
export default async function ReportsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const user = await requireUser({ returnTo: "/reports" });
  requirePagePermission(user, "report:read");
  if (scopeOf(user, "report:read") !== "all") return <OwnReports user={user} />;

  const t = await getTranslations("reports.list");
  const params = await searchParams;
  const periodId = first(params.period).slice(0, 40);
  const statusParam = first(params.status);
  const status = (REPORT_STATUSES as readonly string[]).includes(statusParam) ? (statusParam as ReportStatusValue) : undefined;
  const [periods, reports] = await Promise.all([
    listReportingPeriods(user),
    listReports(user, { periodId: periodId || undefined, status }),
  ]);
  const isFiltered = Boolean(periodId || status);
  return (
    <div className="space-y-6">
      <PageHeading title={t("title")} description={<p>{t("intro")}</p>}>
        <p className="flex flex-wrap gap-3">
          {can(user, "report:review") && (
            <Link href="/reports/review" className={linkClass} data-testid="report-queue-link">
              {t("queueLink")}
            </Link>
          )}
          <Link href="/compliance" className={linkClass} data-testid="compliance-link">
            {t("complianceLink")}
          </Link>
        </p>
      </PageHeading>
      <ReportFilters periodId={periodId} status={status ?? ""} periods={periods} />
      <p aria-live="polite" className="text-sm text-slate-700" data-testid="report-count">
        {t("count", { count: reports.length })}
      </p>
      {reports.length >= LIST_LIMIT && <p className="text-sm text-slate-700">{t("limitNote")}</p>}
      {reports.length === 0 ? (
        <EmptyState title={isFiltered ? t("emptyFilteredTitle") : t("emptyTitle")}>
          {isFiltered ? t("emptyFilteredBody") : t("emptyBody")}
        </EmptyState>
      ) : (
        <ReportListTable rows={reports} />
      )}
    </div>
  );
}

async function OwnReports({ user }: { user: SessionUser }) {
  const t = await getTranslations("reports.own");
  const locale = toLocale(await getLocale());
  const rows = await listOwnReportingPeriods(user);
  const mayOpen = can(user, "report:update", { organizationId: user.organizationId });
  return (
    <div className="space-y-6">
      <PageHeading title={t("title")} description={<p>{t("intro")}</p>}>
        <p className="font-medium text-slate-800" data-testid="reports-organization">
          {t("organization", { name: pickLocalized(locale, user.organization.nameVi, user.organization.nameEn) })}
        </p>
        <p>
          <TextLink href="/compliance">{t("complianceLink")}</TextLink>
        </p>
      </PageHeading>
      {rows.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>
      ) : (
        <OwnPeriodsTable rows={rows} openAction={mayOpen ? openReportAction : null} />
      )}
      {mayOpen && <ExternalReports user={user} />}
    </div>
  );
}

async function ExternalReports({ user }: { user: SessionUser }) {
  const t = await getTranslations("reports.external");
  const locale = toLocale(await getLocale());
  const { candidates, recorded } = await listExternalReportOptions(user);
  return (
    <Card as="section" aria-labelledby="external-reports-heading">
      <h2 id="external-reports-heading" className="mb-1 text-lg font-semibold">
        {t("heading")}
      </h2>
      <p className="mb-3 max-w-3xl text-sm text-slate-700">{t("intro")}</p>
      {candidates.length ? (
        <ExternalReportForm candidates={candidates} action={recordExternalReportAction} />
      ) : (
        <p className="text-sm">{t("none")}</p>
      )}
      {recorded.length > 0 && (
        <>
          <h3 className="mt-4 font-semibold">{t("recordedHeading")}</h3>
          <ul className="list-disc pl-5 text-sm" data-testid="external-reports">
            {recorded.map((r) => (
              <li key={r.id}>
                {t("recordedItem", {
                  period: periodLabel(r, locale),
                  number: r.documentNumber,
                  date: formatDate(r.documentDate),
                  signer: r.signerName,
                  sent: formatDate(r.sentOn),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
