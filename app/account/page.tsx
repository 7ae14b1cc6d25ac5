import Link from "next/link";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { PasswordForm } from "@/components/account/password-form";
import { RevokeTokenButton } from "@/components/account/revoke-token-button";
import { TokenCreateForm } from "@/components/account/token-create-form";
import { toLocale } from "@/lib/i18n/config";
import { formatDateTime, pickLocalized } from "@/lib/i18n/format";
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
        {tokens.length === 0 ? (
          <p className="text-slate-600">{t("noTokens")}</p>
        ) : (
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("tokensTable")}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-1">{t("tokenName")}</th>
                <th scope="col">{t("tokenPrefix")}</th>
                <th scope="col">{t("createdAt")}</th>
                <th scope="col">{t("lastUsedAt")}</th>
                <th scope="col">{t("status")}</th>
                <th scope="col"><span className="sr-only">{t("revoke")}</span></th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr key={token.id} className="border-b border-slate-100" data-testid="token-row">
                  <td className="py-1">{token.name}</td>
                  <td><code>{token.prefix}…</code></td>
                  <td>{formatDateTime(token.createdAt)}</td>
                  <td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t("never")}</td>
                  <td>{token.revokedAt ? t("revoked") : t("active")}</td>
                  <td>{!token.revokedAt && <RevokeTokenButton tokenId={token.id} name={token.name} action={revokeTokenAction} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
