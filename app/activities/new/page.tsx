import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { ActivityEntryPage } from "@/components/activities/activity-entry-page";
import { ActivityForm } from "@/components/activities/activity-form";
import { Card } from "@/components/ui/card";
import { requireActivityCreatorPage } from "@/lib/server/guards";
import { createActivityAction, joinActivityAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("activities.new");
  return { title: t("title") };
}

// Activities are led by the user's own organization (the service takes it from the session, never from the form).
export default async function NewActivityPage() {
  await connection();
  const user = await requireActivityCreatorPage("/activities/new");
  return (
    <ActivityEntryPage view="new" organization={user.organization}>
      <Card as="section">
        <ActivityForm action={createActivityAction} joinAction={joinActivityAction} />
      </Card>
    </ActivityEntryPage>
  );
}
