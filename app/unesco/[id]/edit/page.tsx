import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { UnescoDossierForm } from "@/components/unesco/dossier-form";
import { Card } from "@/components/ui/card";
import { PageHeading } from "@/components/ui/page-heading";
import { TextLink } from "@/components/ui/text-link";
import { NotFoundError } from "@/lib/domain/errors";
import { toLocale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/format";
import { requirePagePermission, requireUser } from "@/lib/server/guards";
import { getUnescoDossier, listUnescoOrganizationOptions, vietnamToday } from "@/lib/server/queries/unesco-dossiers";
import { updateUnescoDossierAction } from "./actions";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("unesco.form");
  return { title: t("editTitle") };
}

export default async function EditUnescoDossierPage({ params }: Props) {
  await connection();
  const { id } = await params;
  const user = await requireUser({ returnTo: `/unesco/${encodeURIComponent(id)}/edit` });
  requirePagePermission(user, "unesco:read");
  const now = new Date();
  const dossier = await getUnescoDossier(user, id.slice(0, 64), now).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  requirePagePermission(user, "unesco:update", { organizationId: dossier.lead.id });
  const [t, locale, options] = await Promise.all([getTranslations("unesco"), getLocale(), listUnescoOrganizationOptions(user)]);
  const label = (o: { code: string; nameVi: string; nameEn: string | null }) =>
    `${pickLocalized(toLocale(locale), o.nameVi, o.nameEn)} (${o.code})`;
  // The current lead stays selectable even when it is no longer among the options (a dissolved unit).
  const leads = options.leads.some((o) => o.id === dossier.lead.id) ? options.leads : [dossier.lead, ...options.leads];
  return (
    <div className="space-y-6">
      <nav className="text-sm">
        <TextLink href={`/unesco/${dossier.id}`}>{pickLocalized(toLocale(locale), dossier.elementVi, dossier.elementEn)}</TextLink>
      </nav>
      <PageHeading title={t("form.editTitle")} />
      <Card as="section">
        <UnescoDossierForm
          action={updateUnescoDossierAction}
          dossierId={dossier.id}
          version={dossier.version}
          initial={{
            elementVi: dossier.elementVi,
            elementEn: dossier.elementEn ?? "",
            programme: dossier.programme,
            leadOrganizationId: dossier.lead.id,
            supporterIds: dossier.supporters.map((o) => o.id),
            notes: dossier.notes ?? "",
            sourceUrls: dossier.sourceUrls.join("\n"),
            confidence: dossier.confidence,
          }}
          leadOptions={leads.map((o) => ({ id: o.id, label: label(o) }))}
          supporterOptions={options.supporters.map((o) => ({ id: o.id, label: label(o) }))}
          today={vietnamToday(now)}
        />
      </Card>
    </div>
  );
}
