import type { Metadata } from "next";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { TaskForm } from "@/components/tasks/task-form";
import { taskFormValuesFrom } from "@/components/tasks/task-form-values";
import { Card } from "@/components/ui/card";
import { PageHeading } from "@/components/ui/page-heading";
import { isPlanContentEditable } from "@/lib/domain/plan-workflow";
import { toLocale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/format";
import { requirePagePermission, requireUser } from "@/lib/server/guards";
import { getTaskFormOptions } from "@/lib/server/queries/plan-form-options";
import { getTaskOrNotFound } from "@/lib/server/queries/or-not-found";
import { updateTaskAction } from "./actions";
import { TextLink } from "@/components/ui/text-link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("plans.taskEdit");
  return { title: t("title") };
}

export default async function EditTaskPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  const user = await requireUser({ returnTo: `/tasks/${encodeURIComponent(id)}/edit` });
  const { task, plan } = await getTaskOrNotFound(user, id);
  requirePagePermission(user, "task:update", { organizationId: plan.organizationId });
  const t = await getTranslations("plans");
  const locale = toLocale(await getLocale());
  const title = pickLocalized(locale, task.titleVi, task.titleEn);
  const isEditable = isPlanContentEditable(plan.status);
  const options = isEditable
    ? await getTaskFormOptions(user, [...task.coordinatorCodes, ...(task.leadOrganizationCode ? [task.leadOrganizationCode] : [])])
    : null;
  return (
    <div className="space-y-6">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <TextLink href="/plans">{t("list.title")}</TextLink>
        <span aria-hidden="true"> › </span>
        <TextLink href={`/plans/${plan.id}`}>{plan.title}</TextLink>
        <span aria-hidden="true"> › </span>
        <TextLink href={`/tasks/${task.id}`}>{task.code}</TextLink>
      </nav>
      <PageHeading title={t("taskEdit.title")} eyebrow={`${task.code} · ${title}`} />
      {options ? (
        <Card as="section">
          <TaskForm
            action={updateTaskAction}
            taskId={task.id}
            version={task.version}
            options={options}
            initial={taskFormValuesFrom(task)}
            cancelHref={`/tasks/${task.id}`}
          />
        </Card>
      ) : (
        <p role="status" className="rounded border border-cb-orange bg-amber-50 p-4 text-amber-950" data-testid="plan-locked">
          {t("edit.locked")} <TextLink href={`/tasks/${task.id}`}>{t("backToTask")}</TextLink>
        </p>
      )}
    </div>
  );
}
