import Link from "next/link";
import { useTranslations } from "next-intl";
import { UnreadNotificationsCount } from "./header-status";

// The header's link to /notifications with the number of unread notifications (filled in by the browser). The
// accessible name starts with the visible word, so voice control users can say what they see.
export function NotificationsLink() {
  const t = useTranslations("notifications");
  return (
    <Link
      href="/notifications"
      className="inline-flex items-center gap-1.5 rounded px-2 py-1 text-sm hover:bg-white/10"
      data-testid="notifications-link"
    >
      {t("headerLink")}
      <UnreadNotificationsCount />
    </Link>
  );
}
