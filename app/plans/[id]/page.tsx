import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { NotFoundError } from "@/lib/domain/errors";
import { toLocale } from "@/lib/i18n/config";
import { formatDate, pickLocalized } from "@/lib/i18n/format";
import { requireUser } from "@/lib/server/guards";
import { getPlan } from "@/lib/server/queries/plans";

export default async function PlanPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  const user = await requireUser({ returnTo: `/plans/${id}` });
  // Another organization's plan is "not found": the page reveals nothing about it.
  const plan = await getPlan(user, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const t = await getTranslations("workspace");
  const locale = toLocale(await getLocale());
  return (
    <article className="space-y-4">
      <h1 className="text-2xl font-bold" data-testid="plan-title">
        {pickLocalized(locale, plan.title, plan.titleEn)}
      </h1>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 rounded-lg border border-slate-200 bg-white p-4">
        <dt className="font-medium">{t("plan.organization")}</dt>
        <dd>{pickLocalized(locale, plan.organization.nameVi, plan.organization.nameEn)}</dd>
        <dt className="font-medium">{t("plan.period")}</dt>
        <dd>{plan.periodStart === plan.periodEnd ? plan.periodStart : `${plan.periodStart}–${plan.periodEnd}`}</dd>
        <dt className="font-medium">{t("plan.document")}</dt>
        <dd>{plan.documentNumber ? t("plan.documentValue", { number: plan.documentNumber, date: formatDate(plan.documentDate) }) : "—"}</dd>
        <dt className="font-medium">{t("plan.status")}</dt>
        <dd>{t(`planStatus.${plan.status}` as "planStatus.DRAFT")}</dd>
        <dt className="font-medium">{t("plan.tasks")}</dt>
        <dd>{plan.taskCount}</dd>
      </dl>
    </article>
  );
}
