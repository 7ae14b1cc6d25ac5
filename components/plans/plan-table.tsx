import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { toLocale } from "@/lib/i18n/config";
import { formatDate, formatDateTime, pickLocalized } from "@/lib/i18n/format";

export type PlanRow = {
  id: string;
  title: string;
  titleEn: string | null;
  status: string;
  periodStart: number;
  periodEnd: number;
  documentNumber: string | null;
  documentDate: string | null;
  isDemo: boolean;
  organization: { nameVi: string; nameEn: string | null };
  taskCount: number;
  updatedAt: string;
};

export async function PlanTable({ plans, caption, showOrganization }: { plans: PlanRow[]; caption: string; showOrganization?: boolean }) {
  const t = await getTranslations("workspace");
  const tc = await getTranslations("common");
  const locale = toLocale(await getLocale());
  return (
    <table className="w-full border-collapse bg-white text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-300 bg-slate-100">
          <th scope="col" className="p-2">
            {t("plan.title")}
          </th>
          {showOrganization && (
            <th scope="col" className="p-2">
              {t("plan.organization")}
            </th>
          )}
          <th scope="col" className="p-2">
            {t("plan.period")}
          </th>
          <th scope="col" className="p-2">
            {t("plan.document")}
          </th>
          <th scope="col" className="p-2">
            {t("plan.status")}
          </th>
          <th scope="col" className="p-2 text-right">
            {t("plan.tasks")}
          </th>
          <th scope="col" className="p-2">
            {t("plan.updatedAt")}
          </th>
        </tr>
      </thead>
      <tbody>
        {plans.map((plan) => (
          <tr key={plan.id} className="border-b border-slate-100" data-testid="plan-row">
            <td className="p-2">
              <Link href={`/plans/${plan.id}`} className="text-cb-blue underline">
                {pickLocalized(locale, plan.title, plan.titleEn)}
              </Link>
              {plan.isDemo && <span className="ml-2 rounded bg-slate-800 px-1 text-xs text-white">{tc("demoBadge")}</span>}
            </td>
            {showOrganization && <td className="p-2">{pickLocalized(locale, plan.organization.nameVi, plan.organization.nameEn)}</td>}
            <td className="p-2">{plan.periodStart === plan.periodEnd ? plan.periodStart : `${plan.periodStart}–${plan.periodEnd}`}</td>
            <td className="p-2">
              {plan.documentNumber ? t("plan.documentValue", { number: plan.documentNumber, date: formatDate(plan.documentDate) }) : "—"}
            </td>
            <td className="p-2">{t(`planStatus.${plan.status}` as "planStatus.DRAFT")}</td>
            <td className="p-2 text-right">{plan.taskCount}</td>
            <td className="p-2">{formatDateTime(plan.updatedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
