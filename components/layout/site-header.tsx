import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";

export async function SiteHeader({ languageSwitch, userMenu }: { languageSwitch: ReactNode; userMenu?: ReactNode }) {
  const t = await getTranslations();
  const links = [
    { href: "/", label: t("nav.home") },
    { href: "/strategy", label: t("nav.strategy") },
    { href: "/indicators", label: t("nav.indicators") },
    { href: "/organizations", label: t("nav.organizations") },
  ];
  return (
    <header className="bg-brand text-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-4 px-4 py-3">
        <Link href="/" className="text-lg font-semibold">
          {t("common.appShortName")}
          <span className="sr-only"> — {t("common.appName")}</span>
        </Link>
        <nav aria-label={t("nav.label")} className="flex-1">
          <ul className="flex flex-wrap gap-1">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="rounded px-2 py-1 hover:bg-white/10">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {userMenu}
        {languageSwitch}
      </div>
    </header>
  );
}
