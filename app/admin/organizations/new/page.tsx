import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { OrganizationForm } from "@/components/admin/organization-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission, requireUser } from "@/lib/server/guards";
import { listOrganizationOptions } from "@/lib/server/queries/admin-organizations";
import { createOrganizationAction } from "../actions";

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
        <Link href="/admin" className="text-cb-blue underline underline-offset-2">
          {t("home.title")}
        </Link>
        <span aria-hidden="true"> › </span>
        <Link href="/admin/organizations" className="text-cb-blue underline underline-offset-2">
          {t("organizations.title")}
        </Link>
      </nav>
      <PageHeading title={t("organizations.new")} />
      <OrganizationForm mode="create" action={createOrganizationAction} initial={EMPTY} options={options} />
    </div>
  );
}
