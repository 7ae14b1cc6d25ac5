import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { PlanTable } from "@/components/plans/plan-table";
import { toLocale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/format";
import { requirePagePermission, requireUser } from "@/lib/server/guards";
import { listPlans } from "@/lib/server/queries/plans";

// The home page of organization staff: their organization's plans (and those of the units it succeeded).
export default async function WorkspacePage() {
  await connection();
  const user = await requireUser({ returnTo: "/workspace" });
  requirePagePermission(user, "plan:read");
  const t = await getTranslations("workspace");
  const locale = toLocale(await getLocale());
  const { plans } = await listPlans(user);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-lg text-slate-700" data-testid="workspace-organization">
          {pickLocalized(locale, user.organization.nameVi, user.organization.nameEn)}
        </p>
      </div>
      <section aria-labelledby="plans-heading" className="space-y-2">
        <h2 id="plans-heading" className="text-xl font-semibold">
          {t("plans")}
        </h2>
        {plans.length === 0 ? <p className="text-slate-600">{t("noPlans")}</p> : <PlanTable plans={plans} caption={t("plans")} />}
      </section>
    </div>
  );
}
