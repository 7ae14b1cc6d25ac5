import "server-only";
import type { Actor } from "../auth/session";
import { db } from "../db";

// Marking one's own notifications read is bookkeeping of the reader, not a change of the portal's data: it is
// not written to the audit trail. Returns how many were marked.
export async function markAllNotificationsRead(actor: Actor, { now = new Date() }: { now?: Date } = {}): Promise<number> {
  const { count } = await db.notification.updateMany({ where: { userId: actor.user.id, readAt: null }, data: { readAt: now } });
  return count;
}

// Another user's notification id marks nothing (and says nothing about whether it exists).
export async function markNotificationRead(
  actor: Actor,
  notificationId: string,
  { now = new Date() }: { now?: Date } = {},
): Promise<boolean> {
  const { count } = await db.notification.updateMany({
    where: { id: notificationId, userId: actor.user.id, readAt: null },
    data: { readAt: now },
  });
  return count > 0;
}
