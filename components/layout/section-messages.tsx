import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { clientMessages, type ClientSection } from "@/lib/i18n/client-messages";

// Gives a section's client components their texts: the global namespaces and the section's own
// (lib/i18n/client-messages.ts). A nested provider replaces its parent's messages, so both are sent here.
export async function SectionMessages({ section, children }: { section: ClientSection; children: ReactNode }) {
  return <NextIntlClientProvider messages={clientMessages(await getMessages(), section)}>{children}</NextIntlClientProvider>;
}
