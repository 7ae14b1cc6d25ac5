import { useTranslations } from "next-intl";

const NOTICES = ["opened", "saved", "submitted", "accepted", "returned"] as const;

// The confirmation shown after a redirect (`?notice=…`); unknown values show nothing.
export function ReportNotice({ notice }: { notice: string | undefined }) {
  const t = useTranslations("reports.notices");
  if (!notice || !(NOTICES as readonly string[]).includes(notice)) return null;
  return (
    <p role="status" className="rounded border border-cb-green bg-emerald-50 p-3 text-sm text-emerald-950" data-testid="report-notice">
      <span aria-hidden="true">✓ </span>
      {t(notice)}
    </p>
  );
}
