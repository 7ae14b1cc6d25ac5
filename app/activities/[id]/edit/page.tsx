import type { Metadata } from "next";
import { connection } from "next/server";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActivityForm } from "@/components/activities/activity-form";
import { activityFormValues } from "@/components/activities/activity-form-values";
import { Card } from "@/components/ui/card";
import { PageHeading } from "@/components/ui/page-heading";
import { TextLink } from "@/components/ui/text-link";
import { NotFoundError } from "@/lib/domain/errors";
import { requirePagePermission, requireUser } from "@/lib/server/guards";
import { getActivity } from "@/lib/server/queries/activities";
import { updateActivityAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("activities.edit");
  return { title: t("title") };
}

// Only the lead organization's editors reach the form (404 for everyone else, co-organizers included); the
// service refuses them again on save.
export default async function EditActivityPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  const activityId = id.slice(0, 64);
  const user = await requireUser({ returnTo: `/activities/${encodeURIComponent(activityId)}/edit` });
  const activity = await getActivity(user, activityId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  requirePagePermission(user, "activity:update", {
    organizationId: activity.leadOrganization.id,
    coOrganizerIds: activity.coOrganizers.map((o) => o.id),
  });
  const t = await getTranslations("activities");
  return (
    <div className="space-y-6">
      <nav className="text-sm">
        <TextLink href={`/activities/${activity.id}`}>{activity.titleVi}</TextLink>
      </nav>
      <PageHeading title={t("edit.title")} description={<p>{t("edit.intro")}</p>} />
      <Card as="section">
        <ActivityForm
          action={updateActivityAction}
          edit={{ activityId: activity.id, version: activity.version, values: activityFormValues(activity) }}
        />
      </Card>
    </div>
  );
}
