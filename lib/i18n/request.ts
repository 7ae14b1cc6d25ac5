import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, toLocale } from "./config";
import { catalogues } from "./messages";

// The language lives in a cookie (set by the language switch), so URLs stay the same in both languages.
export default getRequestConfig(async () => {
  const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return { locale, messages: catalogues[locale], timeZone: "Asia/Ho_Chi_Minh" };
});
