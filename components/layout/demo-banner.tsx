import { getTranslations } from "next-intl/server";

export async function DemoBanner() {
  const t = await getTranslations("common");
  return (
    <aside aria-label={t("demoBadge")} data-testid="demo-banner" className="bg-cb-yellow/40 px-4 py-2 text-center text-sm text-slate-900">
      <strong className="mr-2 rounded bg-slate-900 px-1.5 py-0.5 text-xs uppercase text-white">{t("demoBadge")}</strong>
      {t("demoBanner")}
    </aside>
  );
}
