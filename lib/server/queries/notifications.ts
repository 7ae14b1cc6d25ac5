import "server-only";
import type { SessionUser } from "../auth/session";
import { db } from "../db";

// Notifications belong to one user: every function here reads only the signed-in user's own rows (marking them read: services/notifications.ts),
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

export async function listNotifications(
  user: SessionUser,
  { limit = NOTIFICATIONS_LIST_LIMIT }: { limit?: number } = {},
): Promise<NotificationDto[]> {
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
