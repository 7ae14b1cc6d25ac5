import { useTranslations } from "next-intl";

const NOTICES = [
  "created",
  "updated",
  "submitted",
  "returnedToDrafter",
  "sent",
  "revised",
  "recorded",
  "approved",
  "commented",
  "contributed",
  "taskCreated",
  "taskUpdated",
  "taskDeleted",
  "progressLogged",
  "tasksTakenOver",
] as const;

// The confirmation shown after a redirect (`?notice=…`); unknown values show nothing.
export function Notice({ notice }: { notice: string | undefined }) {
  const t = useTranslations("plans.notices");
  if (!notice || !(NOTICES as readonly string[]).includes(notice)) return null;
  return (
    <p role="status" className="rounded border border-cb-green bg-emerald-50 p-3 text-sm text-emerald-950" data-testid="notice">
      <span aria-hidden="true">✓ </span>
      {t(notice)}
    </p>
  );
}
