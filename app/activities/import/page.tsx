import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { ActivityEntryPage } from "@/components/activities/activity-entry-page";
import { ActivityImportForm } from "@/components/activities/activity-import-form";
import { Card } from "@/components/ui/card";
import { requireActivityCreatorPage } from "@/lib/server/guards";
import { importActivitiesAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("activities.import");
  return { title: t("title") };
}

// The Excel round-trip of the register: the template with drop-downs, then an all-or-nothing import led by the
// user's organization (the service takes it from the session, never from the file).
export default async function ImportActivitiesPage() {
  await connection();
  const user = await requireActivityCreatorPage("/activities/import");
  const t = await getTranslations("activities.import");
  return (
    <ActivityEntryPage view="import" organization={user.organization}>
      <Card as="section" className="space-y-4">
        <p>
          <a href="/activities/template" className="text-cb-blue underline" download data-testid="activity-template-link">
            {t("template")}
          </a>
        </p>
        <ActivityImportForm action={importActivitiesAction} />
      </Card>
    </ActivityEntryPage>
  );
}
