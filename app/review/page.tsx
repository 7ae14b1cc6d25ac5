import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { ReviewQueueTable } from "@/components/plans/review-queue-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission, requireUser } from "@/lib/server/guards";
import { listReviewQueue } from "@/lib/server/queries/plans";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("plans.queue");
  return { title: t("title") };
}

// The Steering Committee's queue of submitted plans, oldest first.
export default async function ReviewQueuePage() {
  await connection();
  const user = await requireUser({ returnTo: "/review" });
  requirePagePermission(user, "plan:review");
  const t = await getTranslations("plans.queue");
  const queue = await listReviewQueue(user);
  const rows = queue;
  return (
    <div className="space-y-6">
      <PageHeading title={t("title")} description={<p>{t("intro")}</p>} />
      <p aria-live="polite" className="text-sm text-slate-700" data-testid="review-queue-count">
        {t("count", { count: rows.length })}
      </p>
      {rows.length === 0 ? <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState> : <ReviewQueueTable rows={rows} />}
    </div>
  );
}
