import type { Metadata } from "next";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { MarkAllReadForm } from "@/components/notifications/mark-all-read-form";
import { NotificationList } from "@/components/notifications/notification-list";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeading } from "@/components/ui/page-heading";
import { toLocale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/format";
import { requireUser } from "@/lib/server/guards";
import { NOTIFICATIONS_LIST_LIMIT, listNotifications } from "@/lib/server/queries/notifications";
import { markAllReadAction, markReadAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notifications");
  return { title: t("title") };
}

// Every signed-in user has notifications of their own; no other permission is involved.
export default async function NotificationsPage() {
  await connection();
  const user = await requireUser({ returnTo: "/notifications" });
  const t = await getTranslations("notifications");
  const locale = toLocale(await getLocale());
  const notifications = await listNotifications(user);
  const unread = notifications.filter((n) => !n.isRead).length;
  return (
    <div className="space-y-6">
      <PageHeading title={t("title")} description={<p>{t("intro")}</p>} />
      <div className="flex flex-wrap items-start justify-between gap-3">
        <p aria-live="polite" className="text-sm text-slate-700" data-testid="unread-summary">
          {t("unreadCount", { count: unread })}
          {notifications.length >= NOTIFICATIONS_LIST_LIMIT && <> {t("showingLatest", { count: NOTIFICATIONS_LIST_LIMIT })}</>}
        </p>
        {unread > 0 && <MarkAllReadForm action={markAllReadAction} />}
      </div>
      {notifications.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>
      ) : (
        <NotificationList
          markReadAction={markReadAction}
          notifications={notifications.map((n) => ({
            id: n.id,
            title: pickLocalized(locale, n.titleVi, n.titleEn),
            body: n.bodyVi === null ? null : pickLocalized(locale, n.bodyVi, n.bodyEn),
            link: n.link,
            createdAt: n.createdAt,
            isRead: n.isRead,
          }))}
        />
      )}
    </div>
  );
}
