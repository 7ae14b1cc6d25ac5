import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { OrganizationForm } from "@/components/admin/organization-form";
import { EntityHistory } from "@/components/audit/entity-history";
import { Card } from "@/components/ui/card";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission, requireUser } from "@/lib/server/guards";
import { getOrganizationForEdit, listOrganizationOptions } from "@/lib/server/queries/admin-organizations";
import { listEntityHistory } from "@/lib/server/queries/audit";
import { updateOrganizationAction } from "../actions";
import { TextLink } from "@/components/ui/text-link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("organizations.editTitle") };
}

export default async function EditOrganizationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  await connection();
  const { id } = await params;
  const user = await requireUser({ returnTo: `/admin/organizations/${encodeURIComponent(id)}` });
  requirePagePermission(user, "organization:manage");
  const organization = await getOrganizationForEdit(user, id);
  if (!organization) notFound();
  const { created } = await searchParams;
  const t = await getTranslations("admin");
  const [options, history] = await Promise.all([listOrganizationOptions(user), listEntityHistory(user, "Organization", organization.id)]);
  const { values } = organization;
  return (
    <div className="space-y-6">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <TextLink href="/admin">{t("home.title")}</TextLink>
        <span aria-hidden="true"> › </span>
        <TextLink href="/admin/organizations">{t("organizations.title")}</TextLink>
      </nav>
      <PageHeading title={values.nameVi} eyebrow={t("organizations.editTitle")}>
        <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-700">
          <div>
            <dt className="inline font-medium">{t("organizations.fields.code")}: </dt>
            <dd className="inline">
              <code>{values.code}</code>
            </dd>
          </div>
          <div>
            <dt className="inline font-medium">{t("organizations.fields.kind")}: </dt>
            <dd className="inline">{t(`kinds.${values.kind}`)}</dd>
          </div>
          <div>
            <dt className="inline font-medium">{t("organizations.columns.users")}: </dt>
            <dd className="inline">{organization.userCount}</dd>
          </div>
          {organization.predecessors.length > 0 && (
            <div>
              <dt className="inline font-medium">{t("organizations.predecessors")}: </dt>
              <dd className="inline">{organization.predecessors.map((p) => p.nameVi).join(", ")}</dd>
            </div>
          )}
        </dl>
      </PageHeading>
      {created === "1" && (
        <p role="status" className="rounded border border-cb-green bg-emerald-50 p-3 text-sm text-emerald-950">
          {t("organizations.created")}
        </p>
      )}
      <Card as="section">
        <h2 className="mb-3 text-lg font-semibold">{t("organizations.editHeading")}</h2>
        <OrganizationForm
          key={organization.id}
          mode="edit"
          action={updateOrganizationAction}
          organizationId={organization.id}
          initial={values}
          options={options}
        />
      </Card>
      <Card as="section">
        <EntityHistory entries={history} />
      </Card>
    </div>
  );
}
