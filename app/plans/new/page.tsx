import type { Metadata } from "next";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { PlanForm } from "@/components/plans/plan-form";
import { Card } from "@/components/ui/card";
import { PageHeading } from "@/components/ui/page-heading";
import { toLocale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/format";
import { requirePagePermission, requireUser } from "@/lib/server/guards";
import { createPlanAction } from "./actions";
import { TextLink } from "@/components/ui/text-link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("plans.new");
  return { title: t("title") };
}

// Plans are created for the user's own organization (the service takes it from the session, never from the form).
export default async function NewPlanPage() {
  await connection();
  const user = await requireUser({ returnTo: "/plans/new" });
  requirePagePermission(user, "plan:create");
  const t = await getTranslations("plans");
  const locale = toLocale(await getLocale());
  const thisYear = new Date().getFullYear();
  return (
    <div className="space-y-6">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <TextLink href="/plans">{t("list.title")}</TextLink>
      </nav>
      <PageHeading
        title={t("new.title")}
        description={<p>{t("new.intro", { organization: pickLocalized(locale, user.organization.nameVi, user.organization.nameEn) })}</p>}
      />
      <Card as="section">
        <PlanForm
          action={createPlanAction}
          cancelHref="/plans"
          initial={{
            title: "",
            titleEn: "",
            periodStart: String(Math.min(Math.max(thisYear, 2021), 2030)),
            periodEnd: "2030",
            documentNumber: "",
            documentDate: "",
          }}
        />
      </Card>
    </div>
  );
}
