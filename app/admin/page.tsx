import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { PageHeading } from "@/components/ui/page-heading";
import { can } from "@/lib/domain/policy";
import { requirePagePermission, requireUser } from "@/lib/server/guards";
import { countOrganizations } from "@/lib/server/queries/admin-organizations";
import { countUsers } from "@/lib/server/queries/users";
import { TextLink } from "@/components/ui/text-link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("home.title") };
}

export default async function AdminHomePage() {
  await connection();
  const user = await requireUser({ returnTo: "/admin" });
  requirePagePermission(user, "user:manage");
  const t = await getTranslations("admin");
  const tr = await getTranslations("reportingConfig");
  const [users, organizations] = await Promise.all([countUsers(user), countOrganizations(user)]);
  const cards = [
    {
      href: "/admin/users",
      title: t("home.users"),
      description: t("home.usersDescription"),
      count: t("home.count", users),
      testId: "admin-users-card",
    },
    {
      href: "/admin/organizations",
      title: t("home.organizations"),
      description: t("home.organizationsDescription"),
      count: t("home.count", organizations),
      testId: "admin-organizations-card",
    },
    { href: "/admin/reporting", title: tr("title"), description: tr("homeDescription"), count: null, testId: "admin-reporting-card" },
    { href: "/admin/outbox", title: t("home.outbox"), description: t("home.outboxDescription"), count: null, testId: "admin-outbox-card" },
  ];
  return (
    <div className="space-y-6">
      <PageHeading title={t("home.title")} description={<p>{t("home.intro")}</p>} />
      <ul className="grid gap-4 sm:grid-cols-2">
        {cards.map((card) => (
          <Card key={card.href} as="li">
            <h2 className="text-lg font-semibold">
              <TextLink href={card.href} data-testid={card.testId}>
                {card.title}
              </TextLink>
            </h2>
            {card.count && <p className="mt-1 text-2xl font-bold text-slate-900">{card.count}</p>}
            <p className="mt-1 text-sm text-slate-700">{card.description}</p>
          </Card>
        ))}
      </ul>
      {can(user, "audit:read") && (
        <p>
          <TextLink href="/audit">{t("home.audit")}</TextLink>
        </p>
      )}
    </div>
  );
}
