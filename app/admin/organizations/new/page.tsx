import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { OrganizationForm } from "@/components/admin/organization-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission, requireUser } from "@/lib/server/guards";
import { listOrganizationOptions } from "@/lib/server/queries/admin-organizations";
import { createOrganizationAction } from "../actions";
import { TextLink } from "@/components/ui/text-link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("organizations.new") };
}

const EMPTY = {
  code: "",
  kind: "",
  nameVi: "",
  nameEn: "",
  shortNameVi: "",
  region: "",
  parentId: "",
  successorId: "",
  validFrom: "",
  validTo: "",
  hostCountryCode: "",
  accreditedCountryCodes: "",
  officialCode: "",
  reportIssuer: "",
  isActive: true,
  version: 1,
};

export default async function NewOrganizationPage() {
  await connection();
  const user = await requireUser({ returnTo: "/admin/organizations/new" });
  requirePagePermission(user, "organization:manage");
  const t = await getTranslations("admin");
  const options = await listOrganizationOptions(user);
  return (
    <div className="space-y-6">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <TextLink href="/admin">{t("home.title")}</TextLink>
        <span aria-hidden="true"> › </span>
        <TextLink href="/admin/organizations">{t("organizations.title")}</TextLink>
      </nav>
      <PageHeading title={t("organizations.new")} />
      <OrganizationForm mode="create" action={createOrganizationAction} initial={EMPTY} options={options} />
    </div>
  );
}
