import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { TextLink } from "@/components/ui/text-link";
import { toLocale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/format";

// The frame of the pages where users add their own organization's activities (one by one, or from a spreadsheet):
// the way back to the register, the title, and which organization will lead what they add.
export async function ActivityEntryPage({
  view,
  organization,
  children,
}: {
  view: "new" | "import";
  organization: { nameVi: string; nameEn: string | null };
  children: ReactNode;
}) {
  const t = await getTranslations("activities");
  const locale = toLocale(await getLocale());
  const organizationName = pickLocalized(locale, organization.nameVi, organization.nameEn);
  return (
    <div className="space-y-6">
      <nav className="text-sm">
        <TextLink href="/activities">{t("list.title")}</TextLink>
      </nav>
      <PageHeading title={t(`${view}.title`)} description={<p>{t(`${view}.intro`, { organization: organizationName })}</p>} />
      {children}
    </div>
  );
}
