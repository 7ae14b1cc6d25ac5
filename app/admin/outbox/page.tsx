import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { OutboxTable } from "@/components/reporting-config/outbox-table";
import { ReportingNav } from "@/components/reporting-config/reporting-nav";
import { RunRemindersForm } from "@/components/reporting-config/run-reminders-form";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeading } from "@/components/ui/page-heading";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/domain/policy";
import { requireUser } from "@/lib/server/guards";
import { canReadOutbox, listOutbox } from "@/lib/server/queries/outbox";
import { runRemindersAction } from "./actions";
import { TextLink } from "@/components/ui/text-link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reportingConfig.outbox");
  return { title: t("title") };
}

function pageOf(value: string | string[] | undefined): number {
  const page = Number.parseInt((Array.isArray(value) ? value[0] : value) ?? "", 10);
  return Number.isFinite(page) && page > 0 ? page : 1;
}

// Administrators and the Steering Committee: in demo mode (no SMTP_URL) this is where the reminders land.
export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const user = await requireUser({ returnTo: "/admin/outbox" });
  // Two roles with different permissions (reference:manage, reminder:send) share this page.
  if (!canReadOutbox(user)) notFound();
  const t = await getTranslations("reportingConfig");
  const ta = await getTranslations("admin");
  const outbox = await listOutbox(user, { page: pageOf((await searchParams).page) });
  const isAdmin = can(user, "reference:manage");
  return (
    <div className="space-y-6">
      {isAdmin && (
        <nav aria-label={ta("breadcrumb")} className="text-sm">
          <TextLink href="/admin">{ta("home.title")}</TextLink>
          <span aria-hidden="true"> › </span>
          <TextLink href="/admin/reporting">{t("title")}</TextLink>
        </nav>
      )}
      <PageHeading title={t("outbox.title")} description={<p>{t("outbox.intro")}</p>}>
        {isAdmin && <ReportingNav current="outbox" />}
      </PageHeading>
      <p
        role="note"
        className={
          outbox.isSmtpConfigured ? "text-sm text-slate-700" : "rounded border-2 border-cb-orange bg-amber-50 p-3 text-sm text-amber-950"
        }
      >
        {outbox.isSmtpConfigured ? t("outbox.smtpMode") : t("outbox.demoMode")}
      </p>
      <Card as="section">
        <h2 className="mb-1 text-lg font-semibold">{t("outbox.runHeading")}</h2>
        <p className="mb-3 max-w-3xl text-sm text-slate-700">{t("outbox.runIntro")}</p>
        <RunRemindersForm action={runRemindersAction} />
      </Card>
      <p aria-live="polite" className="text-sm text-slate-700" data-testid="outbox-summary">
        {t("outbox.summary", { total: outbox.total, pending: outbox.pending, failed: outbox.failed })}
      </p>
      {outbox.messages.length === 0 ? (
        <EmptyState title={t("outbox.emptyTitle")}>{t("outbox.emptyBody")}</EmptyState>
      ) : (
        <OutboxTable messages={outbox.messages} caption={t("outbox.tableCaption", { page: outbox.page, pageCount: outbox.pageCount })} />
      )}
      <Pagination
        page={outbox.page}
        pageCount={outbox.pageCount}
        hrefForPage={(page) => (page > 1 ? `/admin/outbox?page=${page}` : "/admin/outbox")}
        labels={{
          navigation: t("outbox.pagination"),
          previous: ta("pagination.previous"),
          next: ta("pagination.next"),
          page: (page) => ta("pagination.page", { page }),
        }}
      />
    </div>
  );
}
