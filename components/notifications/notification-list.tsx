import type { ComponentProps } from "react";
import { useTranslations } from "next-intl";
import { formatDateTime } from "@/lib/i18n/format";
import { MarkReadButton } from "./mark-read-button";
import { TextLink } from "@/components/ui/text-link";

export type NotificationView = { id: string; title: string; body: string | null; link: string | null; createdAt: string; isRead: boolean };

// Newest first; unread ones say so in words (not only by colour) and carry a "mark as read" button.
export function NotificationList({
  notifications,
  markReadAction,
}: {
  notifications: NotificationView[];
  markReadAction: ComponentProps<typeof MarkReadButton>["action"];
}) {
  const t = useTranslations("notifications");
  return (
    <ul aria-label={t("listLabel")} className="space-y-3" data-testid="notification-list">
      {notifications.map((notification) => (
        <li
          key={notification.id}
          data-testid="notification"
          data-read={notification.isRead}
          className={`rounded-lg border bg-white p-4 shadow-sm ${notification.isRead ? "border-slate-200" : "border-l-4 border-brand"}`}
        >
          <div className="panel-head">
            <div className="space-y-1">
              <p className="text-xs font-semibold uppercase tracking-wide text-slate-700">
                {notification.isRead ? t("read") : <span className="text-brand-dark">{t("unread")}</span>}
                <span aria-hidden="true"> · </span>
                <span className="font-normal normal-case">
                  {t("receivedAt")} <time dateTime={notification.createdAt}>{formatDateTime(notification.createdAt)}</time>
                </span>
              </p>
              <h2 className={`text-base ${notification.isRead ? "font-medium" : "font-semibold"}`}>
                {notification.link ? <TextLink href={notification.link}>{notification.title}</TextLink> : notification.title}
              </h2>
              {notification.body && <p className="text-sm text-slate-800">{notification.body}</p>}
            </div>
            {!notification.isRead && <MarkReadButton notificationId={notification.id} title={notification.title} action={markReadAction} />}
          </div>
        </li>
      ))}
    </ul>
  );
}
