import type { Metadata } from "next";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { ActivityForm } from "@/components/activities/activity-form";
import { Card } from "@/components/ui/card";
import { PageHeading } from "@/components/ui/page-heading";
import { TextLink } from "@/components/ui/text-link";
import { toLocale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/format";
import { requirePagePermission, requireUser } from "@/lib/server/guards";
import { createActivityAction, joinActivityAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("activities.new");
  return { title: t("title") };
}

// Activities are led by the user's own organization (the service takes it from the session, never from the form).
export default async function NewActivityPage() {
  await connection();
  const user = await requireUser({ returnTo: "/activities/new" });
  requirePagePermission(user, "activity:create", { organizationId: user.organizationId });
  const t = await getTranslations("activities");
  const locale = toLocale(await getLocale());
  return (
    <div className="space-y-6">
      <nav className="text-sm">
        <TextLink href="/activities">{t("list.title")}</TextLink>
      </nav>
      <PageHeading
        title={t("new.title")}
        description={<p>{t("new.intro", { organization: pickLocalized(locale, user.organization.nameVi, user.organization.nameEn) })}</p>}
      />
      <Card as="section">
        <ActivityForm action={createActivityAction} joinAction={joinActivityAction} />
      </Card>
    </div>
  );
}
