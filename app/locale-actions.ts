"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { LOCALE_COOKIE, locales } from "@/lib/i18n/config";
import { runPublicAction } from "@/lib/server/action";

const localeForm = z.object({ locale: z.enum(locales) });

// An unknown language is ignored: the page stays as it is.
export async function setLocaleAction(formData: FormData): Promise<void> {
  await runPublicAction(formData, {
    name: "setLocale",
    schema: localeForm,
    async run({ input: { locale } }) {
      (await cookies()).set(LOCALE_COOKIE, locale, {
        path: "/",
        maxAge: 60 * 60 * 24 * 365,
        sameSite: "lax",
        httpOnly: false,
      });
      revalidatePath("/", "layout");
    },
  });
}
