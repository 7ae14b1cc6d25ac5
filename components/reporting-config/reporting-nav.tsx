import Link from "next/link";
import { useTranslations } from "next-intl";

export type ReportingSection = "types" | "holidays" | "calendar" | "expectations" | "recipient" | "outbox";

const SECTIONS: Array<{ key: ReportingSection; href: string }> = [
  { key: "types", href: "/admin/reporting" },
  { key: "holidays", href: "/admin/reporting/holidays" },
  { key: "calendar", href: "/admin/reporting/calendar" },
  { key: "expectations", href: "/admin/reporting/expectations" },
  { key: "recipient", href: "/admin/reporting/recipient" },
  { key: "outbox", href: "/admin/outbox" },
];

// The sections of the reporting calendar's administration, the current one marked for assistive technology.
export function ReportingNav({ current }: { current: ReportingSection }) {
  const t = useTranslations("reportingConfig");
  return (
    <nav aria-label={t("nav.label")}>
      <ul className="flex flex-wrap gap-2 text-sm">
        {SECTIONS.map((section) => (
          <li key={section.key}>
            <Link
              href={section.href}
              aria-current={section.key === current ? "page" : undefined}
              className={
                section.key === current
                  ? "inline-block rounded border border-brand bg-brand px-3 py-1.5 font-semibold text-white"
                  : "inline-block rounded border border-slate-300 bg-white px-3 py-1.5 text-cb-blue hover:border-brand"
              }
            >
              {t(`nav.${section.key}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
