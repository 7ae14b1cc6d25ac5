import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { UserCreateForm } from "@/components/admin/user-create-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission, requireUser } from "@/lib/server/guards";
import { listOrganizationOptions } from "@/lib/server/queries/admin-organizations";
import { createUserAction } from "../actions";

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
        <Link href="/admin" className="text-cb-blue underline underline-offset-2">
          {t("home.title")}
        </Link>
        <span aria-hidden="true"> › </span>
        <Link href="/admin/users" className="text-cb-blue underline underline-offset-2">
          {t("users.title")}
        </Link>
      </nav>
      <PageHeading title={t("users.new")} description={<p>{t("users.newIntro")}</p>} />
      <UserCreateForm action={createUserAction} organizations={organizations} />
    </div>
  );
}
