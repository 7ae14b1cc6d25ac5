import type { Metadata } from "next";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { PlanChanges } from "@/components/plans/plan-changes";
import { PlanFacts } from "@/components/plans/plan-facts";
import { PlanReviewForm } from "@/components/plans/plan-review-form";
import { ReviewComments } from "@/components/plans/review-comments";
import { Card } from "@/components/ui/card";
import { PageHeading } from "@/components/ui/page-heading";
import { reviewDecisions } from "@/lib/domain/plan-workflow";
import { toLocale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/format";
import { requirePagePermission, requireUser } from "@/lib/server/guards";
import { orNotFound } from "@/lib/server/queries/or-not-found";
import { listTaskGroupOptions } from "@/lib/server/queries/plan-form-options";
import { getPlanChangesSinceApproval, getPlanDetail } from "@/lib/server/queries/plans";
import { reviewPlanAction } from "./actions";
import { TextLink } from "@/components/ui/text-link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("plans.review");
  return { title: t("title") };
}

// The Steering Committee's review of one submitted plan: what changed since the approved version, then the decision.
export default async function ReviewPlanPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  const user = await requireUser({ returnTo: `/plans/${encodeURIComponent(id)}/review` });
  requirePagePermission(user, "plan:review");
  const [detail, changes, taskGroups] = await orNotFound(
    Promise.all([getPlanDetail(user, id), getPlanChangesSinceApproval(user, id), listTaskGroupOptions(user)]),
  );
  const { plan, tasks, submissions, comments } = detail;
  const t = await getTranslations("plans");
  const locale = toLocale(await getLocale());
  const title = pickLocalized(locale, plan.title, plan.titleEn);
  const earlierComments = comments.filter((c) => !c.taskId);
  return (
    <div className="space-y-6">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <TextLink href="/review">{t("queue.title")}</TextLink>
        <span aria-hidden="true"> › </span>
        <TextLink href={`/plans/${plan.id}`}>{title}</TextLink>
      </nav>
      <PageHeading title={t("review.title")} eyebrow={title}>
        <PlanFacts plan={plan} submissionCount={submissions.length} />
      </PageHeading>
      {plan.status !== "SENT" ? (
        <p role="status" className="rounded border border-cb-orange bg-amber-50 p-4 text-amber-950" data-testid="not-awaiting-review">
          {t("review.notAwaiting")} <TextLink href={`/plans/${plan.id}`}>{t("backToPlan")}</TextLink>
        </p>
      ) : (
        <>
          <Card as="section" className="space-y-3">
            <h2 className="text-xl font-semibold">{t("changes.heading")}</h2>
            <PlanChanges changes={changes} />
          </Card>
          {earlierComments.length > 0 && (
            <Card as="section" className="space-y-3">
              <h2 className="text-lg font-semibold">{t("review.earlierComments")}</h2>
              <ReviewComments comments={earlierComments} emptyText={t("detail.noComments")} />
            </Card>
          )}
          <PlanReviewForm
            action={reviewPlanAction}
            planId={plan.id}
            version={plan.version}
            decisions={reviewDecisions({ isMofaUnit: plan.organization.kind === "MOFA_UNIT" })}
            tasks={tasks}
            taskGroups={taskGroups}
            comments={comments}
            caption={t("detail.tasksCaption", { title })}
          />
        </>
      )}
    </div>
  );
}
