import type { Metadata } from "next";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { TaskForm } from "@/components/tasks/task-form";
import { emptyTaskFormValues } from "@/components/tasks/task-form-values";
import { Card } from "@/components/ui/card";
import { PageHeading } from "@/components/ui/page-heading";
import { isPlanContentEditable } from "@/lib/domain/plan-workflow";
import { toLocale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/format";
import { requirePagePermission, requireUser } from "@/lib/server/guards";
import { getTaskFormOptions } from "@/lib/server/queries/plan-form-options";
import { getPlanOrNotFound } from "@/lib/server/queries/or-not-found";
import { createTaskAction } from "./actions";
import { TextLink } from "@/components/ui/text-link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("plans.taskNew");
  return { title: t("title") };
}

export default async function NewTaskPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  const user = await requireUser({ returnTo: `/plans/${encodeURIComponent(id)}/tasks/new` });
  const plan = await getPlanOrNotFound(user, id);
  requirePagePermission(user, "task:update", { organizationId: plan.organization.id });
  const t = await getTranslations("plans");
  const locale = toLocale(await getLocale());
  const title = pickLocalized(locale, plan.title, plan.titleEn);
  const isEditable = isPlanContentEditable(plan.status);
  const options = isEditable ? await getTaskFormOptions(user) : null;
  return (
    <div className="space-y-6">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <TextLink href="/plans">{t("list.title")}</TextLink>
        <span aria-hidden="true"> › </span>
        <TextLink href={`/plans/${plan.id}`}>{title}</TextLink>
      </nav>
      <PageHeading title={t("taskNew.title")} eyebrow={title} />
      {options ? (
        <Card as="section">
          <TaskForm
            action={createTaskAction}
            planId={plan.id}
            options={options}
            initial={emptyTaskFormValues(plan.organization.code)}
            cancelHref={`/plans/${plan.id}`}
          />
        </Card>
      ) : (
        <p role="status" className="rounded border border-cb-orange bg-amber-50 p-4 text-amber-950" data-testid="plan-locked">
          {t("edit.locked")} <TextLink href={`/plans/${plan.id}`}>{t("backToPlan")}</TextLink>
        </p>
      )}
    </div>
  );
}
