import Link from "next/link";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { PasswordForm } from "@/components/account/password-form";
import { TokenCreateForm } from "@/components/account/token-create-form";
import { TokenTable } from "@/components/account/token-table";
import { toLocale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/format";
import { requestMeta } from "@/lib/server/auth/session";
import { requireUser } from "@/lib/server/guards";
import { listOwnApiTokens } from "@/lib/server/services/api-tokens";
import { changePasswordAction, createTokenAction, revokeTokenAction } from "./actions";

export default async function AccountPage() {
  await connection();
  const user = await requireUser({ returnTo: "/account" });
  const locale = toLocale(await getLocale());
  const t = await getTranslations("account");
  const ta = await getTranslations("auth");
  const tokens = await listOwnApiTokens({ user, ...(await requestMeta()), via: "session" });
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <section aria-labelledby="profile" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="profile" className="mb-3 text-lg font-semibold">
          {t("profile")}
        </h2>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
          <dt className="font-medium">{t("name")}</dt>
          <dd>{user.name}</dd>
          <dt className="font-medium">{t("email")}</dt>
          <dd>{user.email}</dd>
          <dt className="font-medium">{t("role")}</dt>
          <dd>{ta(`roles.${user.role}`)}</dd>
          <dt className="font-medium">{t("organization")}</dt>
          <dd>{pickLocalized(locale, user.organization.nameVi, user.organization.nameEn)}</dd>
        </dl>
      </section>
      <section aria-labelledby="password" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="password" className="mb-3 text-lg font-semibold">
          {t("changePassword")}
        </h2>
        <PasswordForm action={changePasswordAction} />
      </section>
      <section aria-labelledby="tokens" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="tokens" className="text-lg font-semibold">
          {t("tokens")}
        </h2>
        <p className="text-sm text-slate-700">
          {t("tokensIntro")}{" "}
          <Link href="/api/v1/openapi.json" className="text-cb-blue underline">
            {t("apiDocs")}
          </Link>
        </p>
        <TokenCreateForm action={createTokenAction} />
        <TokenTable tokens={tokens} revokeAction={revokeTokenAction} />
      </section>
    </div>
  );
}
