import type { Metadata } from "next";
import Link from "next/link";
import { PlanFilesSection } from "@/components/plans/plan-files-section";
import { removeAttachmentAction, uploadAttachmentAction } from "./attachments/actions";
import { importTasksAction } from "./import/actions";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { EntityHistory } from "@/components/audit/entity-history";
import { ConfirmActionForm } from "@/components/ui/confirm-dialog-form";
import { Notice } from "@/components/plans/notice";
import { PlanFacts } from "@/components/plans/plan-facts";
import { PlanSubmissions } from "@/components/plans/plan-submissions";
import { PlanTaskTable } from "@/components/plans/plan-task-table";
import { ReviewComments } from "@/components/plans/review-comments";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeading } from "@/components/ui/page-heading";
import { PlanSendForm } from "@/components/plans/plan-send-form";
import { allowedPlanEvents, canChangeAttachments, isPlanContentEditable } from "@/lib/domain/plan-workflow";
import { can } from "@/lib/domain/policy";
import { toLocale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/format";
import { requireUser } from "@/lib/server/guards";
import { listEntityHistory } from "@/lib/server/queries/audit";
import { listTaskGroupOptions } from "@/lib/server/queries/plan-form-options";
import { getPlanDetailOrNotFound } from "@/lib/server/queries/or-not-found";
import { getMofaRecipient } from "@/lib/server/queries/workflow-settings";
import { returnPlanAction, revisePlanAction, sendPlanAction, submitPlanAction } from "./actions";
import { TextLink } from "@/components/ui/text-link";
import { TakeOverTasksForm } from "@/components/plans/take-over-tasks-form";
import { listTakeOverTargets } from "@/lib/server/services/task-takeover";
import { takeOverTasksAction } from "./take-over/actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("plans.detail");
  return { title: t("metaTitle") };
}

export default async function PlanPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ notice?: string }>;
}) {
  await connection();
  const { id } = await params;
  const user = await requireUser({ returnTo: `/plans/${encodeURIComponent(id)}` });
  const detail = await getPlanDetailOrNotFound(user, id);
  const { plan, tasks, submissions, comments } = detail;
  const [taskGroups, history, recipient, takeOver] = await Promise.all([
    listTaskGroupOptions(user),
    listEntityHistory(user, "ActionPlan", plan.id),
    getMofaRecipient(),
    listTakeOverTargets(user, plan.id),
  ]);
  const { notice } = await searchParams;
  const t = await getTranslations("plans");
  const locale = toLocale(await getLocale());
  const resource = { organizationId: plan.organization.id };
  const events = allowedPlanEvents(plan.status, { isMofaUnit: plan.organization.kind === "MOFA_UNIT" });
  const isEditable = isPlanContentEditable(plan.status);
  const mayEdit = isEditable && can(user, "plan:update", resource);
  const mayAddTask = isEditable && can(user, "task:update", resource);
  const maySubmit = events.includes("submit") && can(user, "plan:submit", resource);
  const maySend = events.includes("send") && can(user, "plan:send", resource);
  const mayReturn = events.includes("return") && can(user, "plan:send", resource);
  const mayRevise = events.includes("revise") && can(user, "plan:update", resource);
  const mayReview = plan.status === "SENT" && can(user, "plan:review", resource);
  const recipientName = pickLocalized(locale, recipient.nameVi, recipient.nameEn);
  const planComments = comments.filter((c) => !c.taskId);
  const latestSubmission = submissions.at(-1);
  const latestTaskComments = comments.filter((c) => c.taskId && c.submissionNumber === latestSubmission?.number).length;
  const title = pickLocalized(locale, plan.title, plan.titleEn);
  return (
    <div className="space-y-6">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <TextLink href="/plans">{t("list.title")}</TextLink>
      </nav>
      <Notice notice={notice} />
      <PageHeading title={<span data-testid="plan-title">{title}</span>} eyebrow={t("detail.eyebrow")}>
        <PlanFacts plan={plan} submissionCount={submissions.length} />
      </PageHeading>

      {plan.status === "COMMENTED" && latestSubmission && (
        <div role="note" className="rounded border-2 border-cb-vermillion bg-red-50 p-4 text-red-950" data-testid="returned-note">
          <p className="font-semibold">{t("detail.returnedHeading", { number: latestSubmission.number })}</p>
          {latestSubmission.comment && <p className="mt-1 whitespace-pre-line">{latestSubmission.comment}</p>}
          {latestTaskComments > 0 && <p className="mt-1">{t("detail.returnedTaskComments", { count: latestTaskComments })}</p>}
        </div>
      )}
      {plan.status === "REVISION" && (
        <p className="rounded border border-cb-orange bg-amber-50 p-3 text-sm text-amber-950">{t("detail.revisionNote")}</p>
      )}
      {plan.status === "AWAITING_LEADER" && (
        <p className="rounded border border-slate-400 bg-slate-50 p-3 text-sm text-slate-900" data-testid="awaiting-leader-note">
          {t("detail.awaitingLeaderNote")}
        </p>
      )}
      {plan.status === "SENT" && (
        <p className="rounded border border-cb-blue bg-sky-50 p-3 text-sm text-slate-900" data-testid="sent-note">
          {t("detail.sentNote", { recipient: recipientName })} {t("detail.recipientIsSetting")}
        </p>
      )}

      {(mayEdit || maySubmit || mayRevise || mayReview || mayReturn) && (
        <section aria-label={t("detail.actions")} className="flex flex-wrap items-start gap-3" data-testid="plan-actions">
          {mayEdit && (
            <Link
              href={`/plans/${plan.id}/edit`}
              className="rounded border border-slate-500 bg-white px-4 py-2 font-medium text-slate-900 hover:border-brand"
              data-testid="edit-plan-link"
            >
              {t("detail.edit")}
            </Link>
          )}
          {maySubmit && (
            <ConfirmActionForm
              action={submitPlanAction}
              hiddenFields={{ planId: plan.id }}
              triggerLabel={t("detail.submit")}
              pendingLabel={t("detail.submitting")}
              title={t("detail.submitConfirmTitle")}
              body={
                <>
                  <p>{t("detail.submitConfirmBody", { count: tasks.length })}</p>
                  {tasks.length === 0 && <p className="font-medium text-red-900">{t("detail.submitNoTasks")}</p>}
                </>
              }
              confirmLabel={t("detail.submitConfirm")}
              tone="primary"
              testId="submit-plan"
            />
          )}
          {mayReturn && (
            <ConfirmActionForm
              action={returnPlanAction}
              hiddenFields={{ planId: plan.id, version: String(plan.version) }}
              triggerLabel={t("detail.returnToDrafter")}
              pendingLabel={t("detail.returning")}
              title={t("detail.returnConfirmTitle")}
              body={<p>{t("detail.returnConfirmBody")}</p>}
              confirmLabel={t("detail.returnConfirm")}
              tone="secondary"
              testId="return-plan"
            />
          )}
          {mayRevise && (
            <ConfirmActionForm
              action={revisePlanAction}
              hiddenFields={{ planId: plan.id }}
              triggerLabel={t("detail.revise")}
              pendingLabel={t("detail.revising")}
              title={t("detail.reviseConfirmTitle")}
              body={<p>{t("detail.reviseConfirmBody")}</p>}
              confirmLabel={t("detail.reviseConfirm")}
              tone="secondary"
              testId="revise-plan"
            />
          )}
          {mayReview && (
            <Link
              href={`/plans/${plan.id}/review`}
              className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark"
              data-testid="review-plan-link"
            >
              {t("detail.review")}
            </Link>
          )}
        </section>
      )}

      {maySend && (
        <PlanSendForm
          action={sendPlanAction}
          planId={plan.id}
          version={plan.version}
          recipient={recipientName}
          defaults={{ documentNumber: plan.documentNumber, documentDate: plan.documentDate, signerName: plan.signerName }}
        />
      )}

      {takeOver && (
        <Card as="section" aria-labelledby="take-over-heading">
          <h2 id="take-over-heading" className="mb-2 text-lg font-semibold">
            {t("takeOver.heading")}
          </h2>
          <TakeOverTasksForm
            planId={plan.id}
            openTaskCount={takeOver.openTaskCount}
            targets={takeOver.targets}
            action={takeOverTasksAction}
          />
        </Card>
      )}

      <section aria-labelledby="plan-tasks-heading" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="plan-tasks-heading" className="text-xl font-semibold">
            {t("detail.tasksHeading", { count: tasks.length })}
          </h2>
          {mayAddTask && (
            <Link
              href={`/plans/${plan.id}/tasks/new`}
              className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark"
              data-testid="new-task-link"
            >
              {t("detail.addTask")}
            </Link>
          )}
        </div>
        {tasks.length === 0 ? (
          <EmptyState title={t("detail.noTasksTitle")}>{mayAddTask ? t("detail.noTasksBodyEditor") : t("detail.noTasksBody")}</EmptyState>
        ) : (
          <PlanTaskTable tasks={tasks} taskGroups={taskGroups} comments={comments} caption={t("detail.tasksCaption", { title })} />
        )}
      </section>

      <Card as="section" className="space-y-3">
        <h2 className="text-lg font-semibold">{t("detail.commentsHeading")}</h2>
        <ReviewComments comments={planComments} emptyText={t("detail.noComments")} />
      </Card>

      <Card as="section" className="space-y-3">
        <h2 className="text-lg font-semibold">{t("detail.submissionsHeading")}</h2>
        <PlanSubmissions submissions={submissions} />
      </Card>

      <Card as="section">
        <EntityHistory entries={history} />
      </Card>

      <PlanFilesSection
        planId={plan.id}
        attachments={detail.attachments}
        canDownloadTemplate={can(user, "plan:create")}
        canImport={mayAddTask}
        isLocked={!canChangeAttachments(plan.status)}
        canManageAttachments={can(user, "plan:update", resource)}
        importAction={importTasksAction}
        uploadAttachmentAction={uploadAttachmentAction}
        removeAttachmentAction={removeAttachmentAction}
      />
    </div>
  );
}
