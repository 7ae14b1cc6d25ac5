import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { PERMISSIONS, type Action } from "@/lib/domain/policy";
import { ROLES, type Role } from "@/lib/domain/roles";

function roleMay(role: string | null, action: Action): boolean {
  return (ROLES as readonly string[]).includes(role ?? "") && Boolean(PERMISSIONS[role as Role][action]);
}

export async function SiteHeader({
  languageSwitch,
  userMenu,
  role,
}: {
  languageSwitch: ReactNode;
  userMenu?: ReactNode;
  role: string | null;
}) {
  const t = await getTranslations();
  const links = [
    { href: "/", label: t("nav.home") },
    { href: "/strategy", label: t("nav.strategy") },
    { href: "/indicators", label: t("nav.indicators") },
    { href: "/organizations", label: t("nav.organizations") },
  ];
  // Links the role may use; the pages check the policy themselves.
  if (role === "STEERING_COMMITTEE" || role === "ADMIN") links.splice(1, 0, { href: "/dashboard", label: t("nav.dashboard") });
  if (role === "ORG_EDITOR" || role === "ORG_VIEWER") links.splice(1, 0, { href: "/workspace", label: t("nav.workspace") });
  if (roleMay(role, "plan:read")) links.splice(2, 0, { href: "/plans", label: t("nav.plans") });
  if (roleMay(role, "plan:review")) links.splice(3, 0, { href: "/review", label: t("nav.review") });
  // Reports and compliance follow the plan links (periodic reports are the next step after an approved plan).
  const afterPlans = links.findLastIndex((link) => link.href === "/plans" || link.href === "/review") + 1 || links.length;
  if (role === "STEERING_COMMITTEE" || role === "ADMIN") links.splice(afterPlans, 0, { href: "/compliance", label: t("nav.compliance") });
  if (roleMay(role, "report:read")) links.splice(afterPlans, 0, { href: "/reports", label: t("nav.reports") });
  if (roleMay(role, "activity:read")) links.splice(afterPlans, 0, { href: "/activities", label: t("nav.activities") });
  if (roleMay(role, "unesco:read")) links.push({ href: "/unesco", label: t("nav.unesco") });
  if (roleMay(role, "activity:read")) links.push({ href: "/map", label: t("nav.map") }, { href: "/timeline", label: t("nav.timeline") });
  if (role === "ADMIN") links.push({ href: "/admin", label: t("nav.admin") });
  if (role === "ADMIN" || role === "STEERING_COMMITTEE") links.push({ href: "/audit", label: t("nav.audit") });
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
