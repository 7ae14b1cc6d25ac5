import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/signin-form";
import { homePathFor } from "@/lib/domain/roles";
import { isSsoConfigured, ssoName } from "@/lib/server/auth";
import { getSessionUser } from "@/lib/server/auth/session";
import { isDemoMode } from "@/lib/server/env";
import { signInAction, ssoSignInAction } from "./actions";

export const metadata = { title: "Đăng nhập / Sign in" };

const DEMO_ACCOUNTS = [
  "admin@example.vn",
  "bcd@example.vn",
  "bvhttdl@example.vn",
  "songoaivu.hanoi@example.vn",
  "songoaivu.hue@example.vn",
];

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  await connection();
  const user = await getSessionUser();
  const { callbackUrl } = await searchParams;
  if (user) redirect(homePathFor(user.role));
  const t = await getTranslations("auth");
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">{t("signInTitle")}</h1>
      <p className="text-slate-700">{t("signInIntro")}</p>
      <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <SignInForm action={signInAction} callbackUrl={callbackUrl ?? ""} />
        {isSsoConfigured() && (
          <form action={ssoSignInAction} className="mt-4 border-t border-slate-200 pt-4">
            <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
            <p className="mb-2 text-center text-sm text-slate-600">{t("or")}</p>
            <button type="submit" className="w-full rounded border border-brand px-4 py-2 font-semibold text-brand">
              {t("sso", { name: ssoName() })}
            </button>
          </form>
        )}
      </div>
      {isDemoMode() && (
        <section aria-labelledby="demo-accounts" className="rounded border border-slate-200 bg-white p-4 text-sm">
          <h2 id="demo-accounts" className="mb-2 font-semibold">
            {t("demoAccounts")}
          </h2>
          <ul className="list-disc pl-5">
            {DEMO_ACCOUNTS.map((email) => (
              <li key={email}>
                <code>{email}</code>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
