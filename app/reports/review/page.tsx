import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { ReportQueueTable } from "@/components/reports/report-queue-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission, requireUser } from "@/lib/server/guards";
import { listReportReviewQueue } from "@/lib/server/queries/reports";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports.queue");
  return { title: t("title") };
}

// The Steering Committee's queue of submitted reports, oldest submission first.
export default async function ReportReviewQueuePage() {
  await connection();
  const user = await requireUser({ returnTo: "/reports/review" });
  requirePagePermission(user, "report:review");
  const t = await getTranslations("reports.queue");
  const rows = await listReportReviewQueue(user);
  return (
    <div className="space-y-6">
      <PageHeading title={t("title")} description={<p>{t("intro")}</p>} />
      <p aria-live="polite" className="text-sm text-slate-700" data-testid="report-queue-count">
        {t("count", { count: rows.length })}
      </p>
      {rows.length === 0 ? <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState> : <ReportQueueTable rows={rows} />}
    </div>
  );
}
