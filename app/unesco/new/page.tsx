import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { UnescoDossierForm } from "@/components/unesco/dossier-form";
import { Card } from "@/components/ui/card";
import { PageHeading } from "@/components/ui/page-heading";
import { TextLink } from "@/components/ui/text-link";
import { toLocale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/format";
import { requirePagePermission, requireUser } from "@/lib/server/guards";
import { listUnescoOrganizationOptions, vietnamToday } from "@/lib/server/queries/unesco-dossiers";
import { createUnescoDossierAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("unesco.form");
  return { title: t("newTitle") };
}

// A dossier led by the user's organization (MOFA's editors: any organization), from its starting stage.
export default async function NewUnescoDossierPage() {
  await connection();
  const user = await requireUser({ returnTo: "/unesco/new" });
  requirePagePermission(user, "unesco:create");
  const [t, locale, options] = await Promise.all([getTranslations("unesco"), getLocale(), listUnescoOrganizationOptions(user)]);
  const label = (o: { code: string; nameVi: string; nameEn: string | null }) =>
    `${pickLocalized(toLocale(locale), o.nameVi, o.nameEn)} (${o.code})`;
  const leads = options.leads.map((o) => ({ id: o.id, label: label(o) }));
  return (
    <div className="space-y-6">
      <nav className="text-sm">
        <TextLink href="/unesco">{t("dossier.back")}</TextLink>
      </nav>
      <PageHeading title={t("form.newTitle")} description={<p>{t("form.newIntro")}</p>} />
      <Card as="section">
        <UnescoDossierForm
          action={createUnescoDossierAction}
          initial={{
            elementVi: "",
            elementEn: "",
            programme: "ICH_REPRESENTATIVE",
            leadOrganizationId: leads.some((o) => o.id === user.organizationId) ? user.organizationId : (leads[0]?.id ?? ""),
            supporterIds: [],
            notes: "",
            sourceUrls: "",
            confidence: "UNCONFIRMED",
          }}
          leadOptions={leads}
          supporterOptions={options.supporters.map((o) => ({ id: o.id, label: label(o) }))}
          today={vietnamToday(new Date())}
        />
      </Card>
    </div>
  );
}
