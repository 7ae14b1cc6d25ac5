import Link from "next/link";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { homePathFor } from "@/lib/domain/roles";
import { getSessionUser } from "@/lib/server/auth/session";

export default async function HomePage() {
  await connection();
  // Signed-in users land on their role's home page.
  const user = await getSessionUser();
  if (user) redirect(homePathFor(user.role));
  const t = await getTranslations("home");
  const cards = [
    { href: "/strategy", label: t("strategyCard") },
    { href: "/indicators", label: t("indicatorsCard") },
    { href: "/organizations", label: t("organizationsCard") },
  ];
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      <ul className="grid gap-4 sm:grid-cols-3">
        {cards.map((card) => (
          <li key={card.href}>
            <Link href={card.href} className="block h-full rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand">
              {card.label}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
