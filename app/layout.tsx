import type { Metadata } from "next";
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { clientMessages } from "@/lib/i18n/client-messages";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { DemoBanner } from "@/components/layout/demo-banner";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { SiteHeader } from "@/components/layout/site-header";
import { NotificationsLink } from "@/components/layout/notifications-link";
import { UserMenu } from "@/components/layout/user-menu";
import { HeaderStatusProvider } from "@/components/layout/header-status";
import { pickLocalized } from "@/lib/i18n/format";
import { toLocale } from "@/lib/i18n/config";
import { getSessionUser } from "@/lib/server/auth/session";
import { isDemoMode } from "@/lib/server/env";
import { signOutAction } from "./session-actions";
import { setLocaleAction } from "./locale-actions";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return {
    title: { default: t("appName"), template: `%s · ${t("appShortName")}` },
    // Served from public/.
    icons: {
      icon: [
        { url: "/favicon.ico", sizes: "48x48" },
        { url: "/favicon.svg", type: "image/svg+xml" },
      ],
      apple: "/apple-touch-icon.png",
    },
    manifest: "/manifest.webmanifest",
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("common");
  const user = await getSessionUser().catch(() => null);
  // Nothing here may differ between people of the same role and organization (whole pages are cached per role
  // and organization, lib/server/cache/page-cache.ts): the name and unread count are filled in by the browser.
  const menuUser = user
    ? {
        role: user.role,
        organizationName: pickLocalized(toLocale(locale), user.organization.nameVi, user.organization.nameEn),
      }
    : null;
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-slate-50 text-slate-900">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
          {t("skipToContent")}
        </a>
        <NextIntlClientProvider messages={clientMessages(await getMessages())}>
          {isDemoMode() && <DemoBanner />}
          <HeaderStatusProvider signedIn={user !== null}>
            <SiteHeader
              user={user}
              languageSwitch={<LanguageSwitch action={setLocaleAction} />}
              userMenu={
                <>
                  {user && <NotificationsLink />}
                  <UserMenu user={menuUser} signOutAction={signOutAction} />
                </>
              }
            />
          </HeaderStatusProvider>
          <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-6">
            {children}
          </main>
          <footer className="border-t border-slate-200 bg-white px-4 py-4 text-center text-sm text-slate-600">{t("footer")}</footer>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
