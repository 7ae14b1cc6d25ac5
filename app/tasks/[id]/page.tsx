import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { EntityHistory } from "@/components/audit/entity-history";
import { ConfirmActionForm } from "@/components/ui/confirm-dialog-form";
import { Notice } from "@/components/plans/notice";
import { PlanStatusBadge } from "@/components/plans/plan-status-badge";
import { ReviewComments } from "@/components/plans/review-comments";
import { ContributionForm } from "@/components/tasks/contribution-form";
import { ProgressForm } from "@/components/tasks/progress-form";
import { TaskDetails } from "@/components/tasks/task-details";
import { TaskUpdates } from "@/components/tasks/task-updates";
import { Card } from "@/components/ui/card";
import { PageHeading } from "@/components/ui/page-heading";
import { canLogProgress, isPlanContentEditable } from "@/lib/domain/plan-workflow";
import { can } from "@/lib/domain/policy";
import { toLocale } from "@/lib/i18n/config";
import { formatDateTime, pickLocalized } from "@/lib/i18n/format";
import { requireUser } from "@/lib/server/guards";
import { listEntityHistory } from "@/lib/server/queries/audit";
import { getTaskFormOptions } from "@/lib/server/queries/plan-form-options";
import { getTaskOrNotFound } from "@/lib/server/queries/or-not-found";
import { contributeAction, deleteTaskAction, logProgressAction } from "./actions";
import { TextLink } from "@/components/ui/text-link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("plans.task");
  return { title: t("metaTitle") };
}

export default async function TaskPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ notice?: string }>;
}) {
  await connection();
  const { id } = await params;
  const user = await requireUser({ returnTo: `/tasks/${encodeURIComponent(id)}` });
  // Another organization's task is "not found": the page reveals nothing about it.
  const { task, plan, updates, reviewComments, contributions, resource: taskResource } = await getTaskOrNotFound(user, id);
  const [options, history] = await Promise.all([
    getTaskFormOptions(user, [...task.coordinatorCodes, ...(task.leadOrganizationCode ? [task.leadOrganizationCode] : [])]),
    listEntityHistory(user, "PlanTask", task.id),
  ]);
  const { notice } = await searchParams;
  const t = await getTranslations("plans");
  const locale = toLocale(await getLocale());
  const resource = { organizationId: plan.organizationId };
  const mayEdit = isPlanContentEditable(plan.status) && can(user, "task:update", resource);
  const mayLogProgress = canLogProgress(plan.status) && can(user, "task:log-progress", resource);
  const mayReadPlan = can(user, "plan:read", resource);
  const mayContribute = can(user, "task:contribute", taskResource);
  const isCoordinator = taskResource.coordinatorOrganizationIds.includes(user.organizationId);
  const title = pickLocalized(locale, task.titleVi, task.titleEn);
  return (
    <div className="space-y-6">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <TextLink href="/plans">{t("list.title")}</TextLink>
        <span aria-hidden="true"> › </span>
        {mayReadPlan ? <TextLink href={`/plans/${plan.id}`}>{plan.title}</TextLink> : <span>{plan.title}</span>}
      </nav>
      <Notice notice={notice} />
      <PageHeading title={<span data-testid="task-title">{title}</span>} eyebrow={t("task.eyebrow", { code: task.code })}>
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
          {t("task.planStatus")} <PlanStatusBadge status={plan.status} />
        </p>
      </PageHeading>

      {mayEdit && (
        <section aria-label={t("task.actions")} className="flex flex-wrap items-start gap-3">
          <Link
            href={`/tasks/${task.id}/edit`}
            className="rounded border border-slate-500 bg-white px-4 py-2 font-medium text-slate-900 hover:border-brand"
            data-testid="edit-task-link"
          >
            {t("task.edit")}
          </Link>
          <ConfirmActionForm
            action={deleteTaskAction}
            hiddenFields={{ taskId: task.id, version: String(task.version) }}
            triggerLabel={t("task.delete")}
            pendingLabel={t("task.deleting")}
            title={t("task.deleteConfirmTitle")}
            body={<p>{t("task.deleteConfirmBody", { code: task.code, title })}</p>}
            confirmLabel={t("task.deleteConfirm")}
            tone="danger"
            testId="delete-task"
          />
        </section>
      )}

      <Card as="section" className="space-y-3">
        <h2 className="text-lg font-semibold">{t("task.detailsHeading")}</h2>
        <TaskDetails task={task} options={options} />
      </Card>

      <Card as="section" className="space-y-3">
        <h2 className="text-lg font-semibold">{t("task.reviewCommentsHeading")}</h2>
        <ReviewComments comments={reviewComments} emptyText={t("task.noReviewComments")} />
      </Card>

      {mayLogProgress && (
        <Card as="section" className="space-y-3" id="log-progress">
          <h2 className="text-lg font-semibold">{t("progress.formHeading")}</h2>
          <p className="text-sm text-slate-700">{t("progress.formIntro")}</p>
          <ProgressForm
            key={task.version}
            action={logProgressAction}
            taskId={task.id}
            version={task.version}
            initialStatus={task.status}
            initialProgress={task.progress}
          />
        </Card>
      )}

      {isCoordinator && (
        <p className="rounded border border-cb-blue bg-sky-50 p-3 text-sm text-slate-900" data-testid="coordinator-note">
          {t("contributions.coordinatorNote", { organization: plan.organizationName })}
        </p>
      )}
      <Card as="section" className="space-y-3" aria-labelledby="contributions-heading">
        <h2 id="contributions-heading" className="text-lg font-semibold">
          {t("contributions.heading")}
        </h2>
        <p className="text-sm text-slate-700">{t("contributions.intro")}</p>
        {contributions.length === 0 ? (
          <p className="text-sm text-slate-700">{t("contributions.empty")}</p>
        ) : (
          <ul className="space-y-2" data-testid="contributions">
            {contributions.map((c) => (
              <li key={c.id} className="rounded border border-slate-200 p-2 text-sm">
                <p className="whitespace-pre-line">{c.note}</p>
                <p className="text-slate-700">
                  {t("contributions.by", { organization: c.organizationName, name: c.authorName ?? "—" })} · {formatDateTime(c.createdAt)}
                </p>
              </li>
            ))}
          </ul>
        )}
        {mayContribute && <ContributionForm action={contributeAction} taskId={task.id} />}
      </Card>
      <section aria-labelledby="progress-history-heading" className="space-y-3">
        <h2 id="progress-history-heading" className="text-lg font-semibold">
          {t("progress.historyHeading")}
        </h2>
        <TaskUpdates updates={updates} />
      </section>

      <Card as="section">
        <EntityHistory entries={history} />
      </Card>
    </div>
  );
}
