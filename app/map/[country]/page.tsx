import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { CountryMissions } from "@/components/map/country-missions";
import { PageHeading } from "@/components/ui/page-heading";
import { TextLink } from "@/components/ui/text-link";
import { toLocale } from "@/lib/i18n/config";
import { requirePagePermission, requireUser } from "@/lib/server/guards";
import { countryName } from "@/lib/server/map/world-geometry";
import { countActivitiesByCountry, listMissionsByCountry } from "@/lib/server/queries/world-map";

type Props = { params: Promise<{ country: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("worldMap");
  return { title: t("metaTitle") };
}

// A country on the map: its activities in the register and Vietnam's missions accredited there.
export default async function MapCountryPage({ params }: Props) {
  await connection();
  const { country } = await params;
  const code = country.slice(0, 2).toUpperCase();
  if (!/^[A-Z]{2}$/.test(code) || country.length !== 2) notFound();
  const user = await requireUser({ returnTo: `/map/${code}` });
  requirePagePermission(user, "activity:read");
  const [t, locale, counts, missions] = await Promise.all([
    getTranslations("worldMap"),
    getLocale(),
    countActivitiesByCountry(user, {}),
    listMissionsByCountry(user),
  ]);
  const lang = toLocale(locale);
  const name = countryName(code, lang);
  const count = counts.find((c) => c.countryCode === code)?.count ?? 0;
  const here = missions.find((m) => m.countryCode === code)?.missions ?? [];
  return (
    <div className="space-y-6">
      <nav className="text-sm">
        <TextLink href="/map">{t("title")}</TextLink>
      </nav>
      <PageHeading title={name} />
      <p>
        <TextLink href={`/activities?countryCode=${code}`} data-testid="country-activities">
          {t("countryActivities", { count })}
        </TextLink>
      </p>
      <CountryMissions
        missions={here.map((m) => ({ id: m.id, name: lang === "en" && m.nameEn ? m.nameEn : m.nameVi, isResident: m.isResident }))}
      />
    </div>
  );
}
