import Link from "next/link";
import { useTranslations } from "next-intl";

// The header's link to /notifications with the number of unread notifications. The accessible name starts
// with the visible word, so voice control users can say what they see.
export function NotificationsLink({ count }: { count: number }) {
  const t = useTranslations("notifications");
  return (
    <Link
      href="/notifications"
      aria-label={count > 0 ? t("headerLinkUnread", { count }) : undefined}
      className="inline-flex items-center gap-1.5 rounded px-2 py-1 text-sm hover:bg-white/10"
      data-testid="notifications-link"
    >
      {t("headerLink")}
      {count > 0 && (
        <span aria-hidden="true" className="min-w-5 rounded-full bg-white px-1.5 text-center text-xs font-bold text-brand-dark">
          {count > 99 ? "99+" : count}
        </span>
      )}
    </Link>
  );
}
