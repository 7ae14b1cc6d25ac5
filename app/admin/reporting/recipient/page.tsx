import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { MofaRecipientForm } from "@/components/reporting-config/mofa-recipient-form";
import { ReportingNav } from "@/components/reporting-config/reporting-nav";
import { Card } from "@/components/ui/card";
import { PageHeading } from "@/components/ui/page-heading";
import { TextLink } from "@/components/ui/text-link";
import { requirePagePermission, requireUser } from "@/lib/server/guards";
import { getMofaRecipientSetting } from "@/lib/server/services/workflow-settings";
import { updateMofaRecipientAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reportingConfig");
  return { title: t("recipient.heading") };
}

// The body at MOFA that plans and reports are sent to: a setting, because its naming could not be confirmed
// from a public source (the page says so).
export default async function MofaRecipientPage() {
  await connection();
  const user = await requireUser({ returnTo: "/admin/reporting/recipient" });
  requirePagePermission(user, "reference:manage");
  const t = await getTranslations("reportingConfig");
  const ta = await getTranslations("admin");
  const { values, isDefault } = await getMofaRecipientSetting(user);
  return (
    <div className="space-y-6">
      <nav aria-label={ta("breadcrumb")} className="text-sm">
        <TextLink href="/admin">{ta("home.title")}</TextLink>
        <span aria-hidden="true"> › </span>
        <TextLink href="/admin/reporting">{t("title")}</TextLink>
      </nav>
      <PageHeading title={t("recipient.heading")} description={<p>{t("recipient.intro")}</p>}>
        <ReportingNav current="recipient" />
      </PageHeading>
      <p role="note" className="rounded border-2 border-cb-orange bg-amber-50 p-3 text-sm text-amber-950" data-testid="recipient-note">
        {t("recipient.whyConfigurable")}
      </p>
      <Card as="section" aria-labelledby="recipient-form-heading">
        <h2 id="recipient-form-heading" className="mb-1 text-lg font-semibold">
          {t("recipient.formHeading")}
        </h2>
        <p className="mb-3 text-sm text-slate-700" data-testid="recipient-origin">
          {isDefault ? t("recipient.isDefault") : t("recipient.isSet")}
        </p>
        <MofaRecipientForm action={updateMofaRecipientAction} initial={values} />
      </Card>
    </div>
  );
}
