import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { PlanTable } from "@/components/plans/plan-table";
import { can } from "@/lib/domain/policy";
import { toLocale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/format";
import { requirePagePermission, requireUser } from "@/lib/server/guards";
import { listAwaitingLeader, listPlans } from "@/lib/server/queries/plans";

// The home page of organization staff: their organization's plans (and those of the units it succeeded).
export default async function WorkspacePage() {
  await connection();
  const user = await requireUser({ returnTo: "/workspace" });
  requirePagePermission(user, "plan:read");
  const t = await getTranslations("workspace");
  const locale = toLocale(await getLocale());
  const { plans } = await listPlans(user);
  // The unit leader's queue: drafts the officers submitted, awaiting review and sending.
  const awaiting = can(user, "plan:send") ? await listAwaitingLeader(user) : [];
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-lg text-slate-700" data-testid="workspace-organization">
          {pickLocalized(locale, user.organization.nameVi, user.organization.nameEn)}
        </p>
      </div>
      {awaiting.length > 0 && (
        <section aria-labelledby="awaiting-heading" className="space-y-2" data-testid="awaiting-leader">
          <h2 id="awaiting-heading" className="text-xl font-semibold">
            {t("awaitingLeader")}
          </h2>
          <PlanTable plans={awaiting} caption={t("awaitingLeader")} />
        </section>
      )}
      <section aria-labelledby="plans-heading" className="space-y-2">
        <h2 id="plans-heading" className="text-xl font-semibold">
          {t("plans")}
        </h2>
        {plans.length === 0 ? <p className="text-slate-600">{t("noPlans")}</p> : <PlanTable plans={plans} caption={t("plans")} />}
      </section>
    </div>
  );
}
