import type { Metadata } from "next";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { ActivityImportForm } from "@/components/activities/activity-import-form";
import { Card } from "@/components/ui/card";
import { PageHeading } from "@/components/ui/page-heading";
import { TextLink } from "@/components/ui/text-link";
import { toLocale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/format";
import { requirePagePermission, requireUser } from "@/lib/server/guards";
import { importActivitiesAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("activities.import");
  return { title: t("title") };
}

// The Excel round-trip of the register: the template with drop-downs, then an all-or-nothing import led by the
// user's organization (the service takes it from the session, never from the file).
export default async function ImportActivitiesPage() {
  await connection();
  const user = await requireUser({ returnTo: "/activities/import" });
  requirePagePermission(user, "activity:create", { organizationId: user.organizationId });
  const t = await getTranslations("activities");
  const locale = toLocale(await getLocale());
  return (
    <div className="space-y-6">
      <nav className="text-sm">
        <TextLink href="/activities">{t("list.title")}</TextLink>
      </nav>
      <PageHeading
        title={t("import.title")}
        description={
          <p>{t("import.intro", { organization: pickLocalized(locale, user.organization.nameVi, user.organization.nameEn) })}</p>
        }
      />
      <Card as="section" className="space-y-4">
        <p>
          <a href="/activities/template" className="text-cb-blue underline" download data-testid="activity-template-link">
            {t("import.template")}
          </a>
        </p>
        <ActivityImportForm action={importActivitiesAction} />
      </Card>
    </div>
  );
}
