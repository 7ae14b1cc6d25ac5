import type { Metadata } from "next";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { PlanFacts } from "@/components/plans/plan-facts";
import { PlanForm } from "@/components/plans/plan-form";
import { Card } from "@/components/ui/card";
import { PageHeading } from "@/components/ui/page-heading";
import { isPlanContentEditable } from "@/lib/domain/plan-workflow";
import { toLocale } from "@/lib/i18n/config";
import { formatDate, pickLocalized } from "@/lib/i18n/format";
import { requirePagePermission, requireUser } from "@/lib/server/guards";
import { getPlanOrNotFound } from "@/lib/server/queries/or-not-found";
import { updatePlanAction } from "./actions";
import { TextLink } from "@/components/ui/text-link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("plans.edit");
  return { title: t("title") };
}

export default async function EditPlanPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  const user = await requireUser({ returnTo: `/plans/${encodeURIComponent(id)}/edit` });
  const plan = await getPlanOrNotFound(user, id);
  requirePagePermission(user, "plan:update", { organizationId: plan.organization.id });
  const t = await getTranslations("plans");
  const locale = toLocale(await getLocale());
  const title = pickLocalized(locale, plan.title, plan.titleEn);
  return (
    <div className="space-y-6">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <TextLink href="/plans">{t("list.title")}</TextLink>
        <span aria-hidden="true"> › </span>
        <TextLink href={`/plans/${plan.id}`}>{title}</TextLink>
      </nav>
      <PageHeading title={t("edit.title")} eyebrow={title}>
        <PlanFacts plan={plan} />
      </PageHeading>
      {isPlanContentEditable(plan.status) ? (
        <Card as="section">
          <PlanForm
            action={updatePlanAction}
            planId={plan.id}
            version={plan.version}
            cancelHref={`/plans/${plan.id}`}
            initial={{
              title: plan.title,
              titleEn: plan.titleEn ?? "",
              periodStart: String(plan.periodStart),
              periodEnd: String(plan.periodEnd),
              documentNumber: plan.documentNumber ?? "",
              documentDate: formatDate(plan.documentDate),
            }}
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
