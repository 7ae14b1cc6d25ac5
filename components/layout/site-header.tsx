import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { navigationFor } from "@/lib/domain/navigation";
import type { PolicyUser } from "@/lib/domain/policy";
import { HeaderMenu } from "./header-menu";

export async function SiteHeader({
  languageSwitch,
  userMenu,
  user,
}: {
  languageSwitch: ReactNode;
  userMenu?: ReactNode;
  // The signed-in user (null for visitors): the links shown are those the policy lets them use.
  user: PolicyUser | null;
}) {
  const t = await getTranslations();
  const links = navigationFor(user);
  return (
    <header className="bg-brand text-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-4 px-4 py-3">
        <Link href="/" className="text-lg font-semibold">
          {t("common.appShortName")}
          <span className="sr-only"> — {t("common.appName")}</span>
        </Link>
        <HeaderMenu openLabel={t("nav.openMenu")} closeLabel={t("nav.closeMenu")}>
          <nav aria-label={t("nav.label")} className="md:flex-1">
            <ul className="flex flex-col gap-1 md:flex-row md:flex-wrap">
              {links.map((link) => (
                <li key={link.href}>
                  <Link href={link.href} className="nav-link">
                    {t(`nav.${link.key}`)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="flex flex-wrap items-center gap-4">
            {userMenu}
            {languageSwitch}
          </div>
        </HeaderMenu>
      </div>
    </header>
  );
}
