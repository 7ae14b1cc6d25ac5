import "server-only";
import type { Actor, SessionUser } from "../auth/session";
import { db } from "../db";

// Notifications belong to one user: every function here reads or marks only the signed-in user's own rows,
// so no permission beyond being signed in is involved.

export type NotificationDto = {
  id: string;
  kind: string;
  titleVi: string;
  titleEn: string;
  bodyVi: string | null;
  bodyEn: string | null;
  link: string | null;
  // ISO timestamps
  createdAt: string;
  readAt: string | null;
  isRead: boolean;
};

export const NOTIFICATIONS_LIST_LIMIT = 100;

export async function countUnread(user: SessionUser): Promise<number> {
  return db.notification.count({ where: { userId: user.id, readAt: null } });
}

export async function listNotifications(user: SessionUser, { limit = NOTIFICATIONS_LIST_LIMIT }: { limit?: number } = {}): Promise<NotificationDto[]> {
  const rows = await db.notification.findMany({
    where: { userId: user.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
  });
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    titleVi: row.titleVi,
    titleEn: row.titleEn,
    bodyVi: row.bodyVi,
    bodyEn: row.bodyEn,
    link: row.link,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
    isRead: row.readAt !== null,
  }));
}

// Marking one's own notifications read is bookkeeping of the reader, not a change of the portal's data: it is
// not written to the audit trail. Returns how many were marked.
export async function markAllNotificationsRead(actor: Actor, { now = new Date() }: { now?: Date } = {}): Promise<number> {
  const { count } = await db.notification.updateMany({ where: { userId: actor.user.id, readAt: null }, data: { readAt: now } });
  return count;
}

// Another user's notification id marks nothing (and says nothing about whether it exists).
export async function markNotificationRead(actor: Actor, notificationId: string, { now = new Date() }: { now?: Date } = {}): Promise<boolean> {
  const { count } = await db.notification.updateMany({ where: { id: notificationId, userId: actor.user.id, readAt: null }, data: { readAt: now } });
  return count > 0;
}
