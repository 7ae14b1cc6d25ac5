import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/i18n/format";
import type { FormAction } from "@/lib/schemas/action-state";
import { RevokeTokenButton } from "./revoke-token-button";

export type TokenRow = { id: string; name: string; prefix: string; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null };

// Personal API tokens, on the owner's account page and on an administrator's view of an account.
export async function TokenTable({ tokens, revokeAction }: { tokens: TokenRow[]; revokeAction: FormAction }) {
  const t = await getTranslations("account");
  if (tokens.length === 0) return <p className="text-slate-600">{t("noTokens")}</p>;
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">{t("tokensTable")}</caption>
      <thead>
        <tr className="border-b border-slate-300">
          <th scope="col" className="py-1">
            {t("tokenName")}
          </th>
          <th scope="col">{t("tokenPrefix")}</th>
          <th scope="col">{t("createdAt")}</th>
          <th scope="col">{t("lastUsedAt")}</th>
          <th scope="col">{t("status")}</th>
          <th scope="col">
            <span className="sr-only">{t("revoke")}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {tokens.map((token) => (
          <tr key={token.id} className="border-b border-slate-100" data-testid="token-row">
            <td className="py-1">{token.name}</td>
            <td>
              <code>{token.prefix}…</code>
            </td>
            <td>{formatDateTime(token.createdAt)}</td>
            <td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t("never")}</td>
            <td>{token.revokedAt ? t("revoked") : t("active")}</td>
            <td>{!token.revokedAt && <RevokeTokenButton tokenId={token.id} name={token.name} action={revokeAction} />}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
