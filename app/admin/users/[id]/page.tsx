import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { TokenTable } from "@/components/account/token-table";
import { UserAccountActions } from "@/components/admin/user-account-actions";
import { UserEditForm } from "@/components/admin/user-edit-form";
import { EntityHistory } from "@/components/audit/entity-history";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeading } from "@/components/ui/page-heading";
import { toLocale } from "@/lib/i18n/config";
import { formatDateTime, pickLocalized } from "@/lib/i18n/format";
import { requestMeta } from "@/lib/server/auth/session";
import { requirePagePermission, requireUser } from "@/lib/server/guards";
import { listOrganizationOptions } from "@/lib/server/queries/admin-organizations";
import { listEntityHistory } from "@/lib/server/queries/audit";
import { getUserForAdmin } from "@/lib/server/queries/users";
import { listUserApiTokens } from "@/lib/server/services/api-tokens";
import { forceSignOutAction, resetPasswordAction, revokeUserTokenAction, setUserActiveAction, updateUserAction } from "../actions";
import { TextLink } from "@/components/ui/text-link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("users.detailTitle") };
}

export default async function AdminUserPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  const viewer = await requireUser({ returnTo: `/admin/users/${encodeURIComponent(id)}` });
  requirePagePermission(viewer, "user:manage");
  const account = await getUserForAdmin(viewer, id);
  if (!account) notFound();
  const t = await getTranslations("admin");
  const locale = toLocale(await getLocale());
  const [allOrganizations, history, tokens] = await Promise.all([
    listOrganizationOptions(viewer),
    listEntityHistory(viewer, "User", account.id),
    listUserApiTokens({ user: viewer, ...(await requestMeta()), via: "session" }, account.id),
  ]);
  // Active organizations, plus the current one even if it has since been deactivated.
  const organizations = allOrganizations.filter((o) => o.isActive || o.id === account.organization.id);
  const isSelf = account.id === viewer.id;
  return (
    <div className="space-y-6">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <TextLink href="/admin">{t("home.title")}</TextLink>
        <span aria-hidden="true"> › </span>
        <TextLink href="/admin/users">{t("users.title")}</TextLink>
      </nav>
      <PageHeading title={account.name} eyebrow={t("users.detailTitle")}>
        <p className="flex flex-wrap items-center gap-2 text-slate-700">
          <span className="break-all">{account.email}</span>
          {account.isActive ? <Badge tone="info">{t("active")}</Badge> : <Badge>{t("inactive")}</Badge>}
          {account.mustChangePassword && <Badge>{t("users.mustChangePassword")}</Badge>}
          {account.isDemo && <Badge>{t("users.demo")}</Badge>}
        </p>
      </PageHeading>
      <Card as="section">
        <h2 className="mb-3 text-lg font-semibold">{t("users.summaryHeading")}</h2>
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium">{t("users.fields.role")}</dt>
          <dd>{t(`roles.${account.role}`)}</dd>
          <dt className="font-medium">{t("users.fields.organization")}</dt>
          <dd>{pickLocalized(locale, account.organization.nameVi, account.organization.nameEn)}</dd>
          <dt className="font-medium">{t("users.fields.lastLogin")}</dt>
          <dd>{account.lastLoginAt ? formatDateTime(account.lastLoginAt) : t("users.neverSignedIn")}</dd>
          <dt className="font-medium">{t("users.fields.createdAt")}</dt>
          <dd>{formatDateTime(account.createdAt)}</dd>
        </dl>
      </Card>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card as="section">
          <h2 className="mb-3 text-lg font-semibold">{t("users.editHeading")}</h2>
          <UserEditForm
            key={account.id}
            action={updateUserAction}
            user={{ id: account.id, name: account.name, role: account.role, organizationId: account.organization.id }}
            isSelf={isSelf}
            organizations={organizations}
          />
        </Card>
        <Card as="section">
          <h2 className="mb-3 text-lg font-semibold">{t("users.accessHeading")}</h2>
          <UserAccountActions
            key={account.id}
            user={{ id: account.id, name: account.name, email: account.email, isActive: account.isActive }}
            isSelf={isSelf}
            setActiveAction={setUserActiveAction}
            resetPasswordAction={resetPasswordAction}
            forceSignOutAction={forceSignOutAction}
          />
        </Card>
      </div>
      <Card as="section">
        <h2 className="mb-3 text-lg font-semibold">{t("users.tokensHeading")}</h2>
        <TokenTable tokens={tokens} revokeAction={revokeUserTokenAction.bind(null, account.id)} />
      </Card>
      <Card as="section">
        <EntityHistory entries={history} />
      </Card>
    </div>
  );
}
