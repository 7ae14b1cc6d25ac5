import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { HeaderUserName } from "./header-status";

// Role and organization only: the name is the one part that differs between people of the same role and
// organization, and the browser fills it in (./header-status.tsx).
export type UserMenuUser = { role: string; organizationName: string };

export async function UserMenu({ user, signOutAction }: { user: UserMenuUser | null; signOutAction: () => Promise<void> }) {
  const t = await getTranslations("auth");
  if (!user) {
    return (
      <Link href="/signin" className="rounded border border-white/60 px-2 py-1 text-sm hover:bg-white/10" data-testid="signin-link">
        {t("signInTitle")}
      </Link>
    );
  }
  return (
    <div className="flex items-center gap-2 text-sm">
      <Link href="/account" className="rounded px-2 py-1 hover:bg-white/10" data-testid="user-menu">
        <span className="font-semibold">
          <HeaderUserName />
        </span>
        <span className="block text-xs text-white/90">
          {t(`roles.${user.role}` as "roles.ADMIN")} · {user.organizationName}
        </span>
      </Link>
      <form action={signOutAction}>
        <button type="submit" className="rounded border border-white/60 px-2 py-1 hover:bg-white/10">
          {t("signOut")}
        </button>
      </form>
    </div>
  );
}
