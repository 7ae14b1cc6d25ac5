import { useTranslations } from "next-intl";

// Vietnam's representative missions serving a country: resident there, or accredited to it from a neighbouring
// country.
export function CountryMissions({ missions }: { missions: readonly { id: string; name: string; isResident: boolean }[] }) {
  const t = useTranslations("worldMap");
  return (
    <div id="country-missions" className="space-y-2">
      <h3 className="font-semibold text-slate-900">{t("missions")}</h3>
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
    </div>
  );
}
