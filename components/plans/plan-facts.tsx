import { useLocale, useTranslations } from "next-intl";
import { toLocale } from "@/lib/i18n/config";
import { formatDate, pickLocalized } from "@/lib/i18n/format";
import { PlanStatusBadge, type PlanStatusValue } from "./plan-status-badge";

export type PlanFactsView = {
  status: PlanStatusValue;
  periodStart: number;
  periodEnd: number;
  documentNumber: string | null;
  documentDate: string | null;
  organization: { nameVi: string; nameEn: string | null };
  taskCount: number;
  version: number;
};

export function formatPeriod(plan: { periodStart: number; periodEnd: number }): string {
  return plan.periodStart === plan.periodEnd ? String(plan.periodStart) : `${plan.periodStart}–${plan.periodEnd}`;
}

// The header facts of a plan: organization, period, issuing document, status in words, version.
export function PlanFacts({ plan, submissionCount }: { plan: PlanFactsView; submissionCount?: number }) {
  const t = useTranslations("plans.planFields");
  const tw = useTranslations("workspace.plan");
  const tp = useTranslations("plans");
  const locale = toLocale(useLocale());
  const documentText = plan.documentNumber
    ? plan.documentDate
      ? tw("documentValue", { number: plan.documentNumber, date: formatDate(plan.documentDate) })
      : plan.documentNumber
    : tp("noDocument");
  return (
    <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]" data-testid="plan-facts">
      <dt className="font-medium text-slate-700">{t("organization")}</dt>
      <dd>{pickLocalized(locale, plan.organization.nameVi, plan.organization.nameEn)}</dd>
      <dt className="font-medium text-slate-700">{t("period")}</dt>
      <dd>{formatPeriod(plan)}</dd>
      <dt className="font-medium text-slate-700">{t("document")}</dt>
      <dd>{documentText}</dd>
      <dt className="font-medium text-slate-700">{t("status")}</dt>
      <dd>
        <PlanStatusBadge status={plan.status} />
      </dd>
      <dt className="font-medium text-slate-700">{t("version")}</dt>
      <dd>
        {plan.version}
        {submissionCount !== undefined && <span className="text-slate-700"> · {tp("submissionCount", { count: submissionCount })}</span>}
      </dd>
      <dt className="font-medium text-slate-700">{t("taskCount")}</dt>
      <dd>{plan.taskCount}</dd>
    </dl>
  );
}
