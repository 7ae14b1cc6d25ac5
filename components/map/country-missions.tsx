import { useTranslations } from "next-intl";

// Vietnam's representative missions serving a country: resident there, or accredited to it from a neighbouring
// country.
export function CountryMissions({ missions }: { missions: readonly { id: string; name: string; isResident: boolean }[] }) {
  const t = useTranslations("worldMap");
  return (
    <section aria-labelledby="country-missions" className="space-y-2">
      <h2 id="country-missions" className="text-lg font-semibold text-slate-900">
        {t("missions")}
      </h2>
      {missions.length === 0 ? (
        <p className="text-sm text-slate-700">{t("noMissions")}</p>
      ) : (
        <ul className="list-disc space-y-1 pl-6" data-testid="country-missions">
          {missions.map((m) => (
            <li key={m.id}>
              {m.name}
              {m.isResident ? "" : ` (${t("accredited")})`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
