"use client";

import { useTranslations } from "next-intl";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common");
  return (
    <div role="alert" className="space-y-4 rounded border border-cb-vermillion bg-white p-4">
      <h1 className="text-xl font-bold">{t("errorTitle")}</h1>
      <p>{t("errorBody")}</p>
      <button type="button" onClick={reset} className="rounded bg-brand px-3 py-1.5 text-white">
        {t("retry")}
      </button>
    </div>
  );
}
