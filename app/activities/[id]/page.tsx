import type { Metadata } from "next";
import { connection } from "next/server";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EvidenceFileForm, EvidenceLinkForm, JoinActivityButton } from "@/components/activities/activity-actions";
import { Card } from "@/components/ui/card";
import { PageHeading } from "@/components/ui/page-heading";
import { TextLink } from "@/components/ui/text-link";
import { NotFoundError } from "@/lib/domain/errors";
import { can } from "@/lib/domain/policy";
import { formatDate } from "@/lib/i18n/format";
import { requireUser } from "@/lib/server/guards";
import { getActivity } from "@/lib/server/queries/activities";
import { joinActivityAction } from "../new/actions";
import { addEvidenceFileAction, addEvidenceLinkAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("activities.list");
  return { title: t("title") };
}

// One activity: others' activities answer 404 (nothing about them is revealed).
export default async function ActivityPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await connection();
  const { id } = await params;
  const { notice } = await searchParams;
  const user = await requireUser({ returnTo: `/activities/${encodeURIComponent(id.slice(0, 64))}` });
  const activity = await getActivity(user, id.slice(0, 64)).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const t = await getTranslations("activities");
  const resource = { organizationId: activity.leadOrganization.id, coOrganizerIds: activity.coOrganizers.map((o) => o.id) };
  const isOrganizer = resource.organizationId === user.organizationId || resource.coOrganizerIds.includes(user.organizationId);
  const facts: [string, string][] = [
    [t("fields.kind"), t(`kinds.${activity.kind}`)],
    [t("fields.status"), t(`statuses.${activity.status}`)],
    [t("fields.startDate"), `${formatDate(activity.startDate)} – ${formatDate(activity.endDate)}`],
    [t("fields.place"), [activity.countryCode, activity.city, activity.province?.nameVi].filter(Boolean).join(", ")],
    [t("fields.leadOrganization"), activity.leadOrganization.nameVi],
    [t("fields.coOrganizers"), activity.coOrganizers.map((o) => o.nameVi).join("; ") || "—"],
    [t("fields.partners"), activity.partners.map((p) => (p.countryCode ? `${p.name} (${p.countryCode})` : p.name)).join("; ") || "—"],
    [t("fields.taskGroups"), activity.taskGroupCodes.join(", ") || "—"],
    [t("fields.participants"), activity.participants?.toLocaleString("vi-VN") ?? "—"],
    [t("fields.mediaItems"), activity.mediaItems?.toLocaleString("vi-VN") ?? "—"],
    [t("fields.onlineViews"), activity.onlineViews?.toLocaleString("vi-VN") ?? "—"],
    [t("fields.budgetVnd"), activity.budgetVnd ? BigInt(activity.budgetVnd).toLocaleString("vi-VN") : "—"],
  ];
  return (
    <div className="space-y-6">
      <nav className="text-sm">
        <TextLink href="/activities">{t("list.title")}</TextLink>
      </nav>
      <PageHeading title={activity.titleVi} description={activity.isDemo ? <p>{t("detail.demo")}</p> : undefined} />
      {notice === "updated" && (
        <p role="status" className="rounded border border-cb-green bg-emerald-50 p-3 text-sm text-emerald-950">
          {t("edit.saved")}
        </p>
      )}
      {can(user, "activity:update", resource) && (
        <p>
          <TextLink href={`/activities/${activity.id}/edit`}>{t("edit.link")}</TextLink>
        </p>
      )}
      <Card as="section">
        <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm" data-testid="activity-facts">
          {facts.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        {activity.description && <p className="mt-4 whitespace-pre-line">{activity.description}</p>}
      </Card>
      {!isOrganizer && can(user, "activity:join", { organizationId: user.organizationId }) && (
        <JoinActivityButton action={joinActivityAction} activityId={activity.id} />
      )}
      <Card as="section">
        <h2 className="mb-3 text-lg font-semibold">{t("fields.evidence")}</h2>
        {activity.evidence.length === 0 ? (
          <p className="text-sm text-slate-700">{t("detail.noEvidence")}</p>
        ) : (
          <ul className="space-y-1 text-sm" data-testid="activity-evidence">
            {activity.evidence.map((e) => (
              <li key={e.id}>
                {e.kind === "LINK" && e.url ? (
                  <a href={e.url} rel="noopener noreferrer nofollow" className="text-cb-blue underline">
                    {e.label ?? e.url}
                  </a>
                ) : (
                  <a href={`/activities/${activity.id}/evidence/${e.id}`} className="text-cb-blue underline" download>
                    {t("detail.download", { name: e.fileName ?? "" })}
                  </a>
                )}{" "}
                <span className="text-slate-600">({t("detail.addedBy", { organization: e.organization.nameVi })})</span>
              </li>
            ))}
          </ul>
        )}
        {can(user, "activity:add-evidence", resource) && (
          <div className="mt-4 grid gap-6 lg:grid-cols-2">
            <EvidenceLinkForm action={addEvidenceLinkAction} activityId={activity.id} />
            <EvidenceFileForm action={addEvidenceFileAction} activityId={activity.id} />
          </div>
        )}
      </Card>
    </div>
  );
}
