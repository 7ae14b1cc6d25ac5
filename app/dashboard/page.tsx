import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { PlanTable } from "@/components/plans/plan-table";
import { requirePagePermission, requireUser } from "@/lib/server/guards";
import { listPlans } from "@/lib/server/queries/plans";

// The Steering Committee's home. The roll-up dashboards against the 2030 targets come with their own issue.
export default async function DashboardPage() {
  await connection();
  const user = await requireUser({ returnTo: "/dashboard" });
  requirePagePermission(user, "dashboard:read");
  const t = await getTranslations("workspace");
  const { plans, total } = await listPlans(user);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("dashboardTitle")}</h1>
      <p className="text-slate-700">
        {t("dashboardIntro")} {t("planCount", { count: total })}.
      </p>
      <section aria-labelledby="all-plans" className="space-y-2">
        <h2 id="all-plans" className="text-xl font-semibold">
          {t("allPlans")}
        </h2>
        {plans.length === 0 ? <p>{t("noPlans")}</p> : <PlanTable plans={plans} caption={t("allPlans")} showOrganization />}
      </section>
    </div>
  );
}
