import { getLocale, getTranslations } from "next-intl/server";

// A plain form: works without JavaScript and with the keyboard. The action comes from app/ (it writes a cookie).
export async function LanguageSwitch({ action }: { action: (formData: FormData) => Promise<void> }) {
  const locale = await getLocale();
  const t = await getTranslations("common");
  const other = locale === "vi" ? "en" : "vi";
  return (
    <form action={action}>
      <input type="hidden" name="locale" value={other} />
      <button
        type="submit"
        lang={other}
        className="rounded border border-white/60 px-2 py-1 text-sm hover:bg-white/10"
        aria-label={`${t("language")}: ${t("switchTo")}`}
        data-testid="language-switch"
      >
        {t("switchTo")}
      </button>
    </form>
  );
}
