import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { PasswordForm } from "@/components/account/password-form";
import { requireUser } from "@/lib/server/guards";
import { changePasswordAction } from "../actions";

// Where accounts created or reset by an administrator land until they choose their own password.
export default async function ForcedPasswordChangePage() {
  await connection();
  const user = await requireUser({ allowPasswordChange: true, returnTo: "/account/password" });
  const t = await getTranslations("account");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("changePassword")}</h1>
      {user.mustChangePassword && (
        <p role="status" className="max-w-xl rounded border border-cb-orange bg-amber-50 p-3">
          {t("mustChange")}
        </p>
      )}
      <PasswordForm action={changePasswordAction} />
    </div>
  );
}
