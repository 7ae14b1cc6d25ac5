import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { UserCreateForm } from "@/components/admin/user-create-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission, requireUser } from "@/lib/server/guards";
import { listOrganizationOptions } from "@/lib/server/queries/admin-organizations";
import { createUserAction } from "../actions";
import { TextLink } from "@/components/ui/text-link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("users.new") };
}

export default async function NewUserPage() {
  await connection();
  const user = await requireUser({ returnTo: "/admin/users/new" });
  requirePagePermission(user, "user:manage");
  const t = await getTranslations("admin");
  const organizations = await listOrganizationOptions(user, { activeOnly: true });
  return (
    <div className="space-y-6">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <TextLink href="/admin">{t("home.title")}</TextLink>
        <span aria-hidden="true"> › </span>
        <TextLink href="/admin/users">{t("users.title")}</TextLink>
      </nav>
      <PageHeading title={t("users.new")} description={<p>{t("users.newIntro")}</p>} />
      <UserCreateForm action={createUserAction} organizations={organizations} />
    </div>
  );
}
