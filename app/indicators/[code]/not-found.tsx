import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function IndicatorNotFound() {
  const t = await getTranslations("indicators.detail");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("notFoundTitle")}</h1>
      <p>{t("notFoundBody")}</p>
      <Link href="/indicators" className="text-cb-blue underline">
        {t("backToList")}
      </Link>
    </div>
  );
}
