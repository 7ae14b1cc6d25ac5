import "server-only";
import { ForbiddenError } from "@/lib/domain/errors";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { readMailEnv } from "../env";
import { canRunReminders } from "../jobs/reminders";

export const OUTBOX_PAGE_SIZE = 25;

export type OutboxMessageDto = {
  id: string;
  toAddress: string;
  subject: string;
  body: string;
  // ISO timestamps
  createdAt: string;
  sentAt: string | null;
  error: string | null;
};

export type OutboxPageDto = {
  messages: OutboxMessageDto[];
  total: number;
  pending: number;
  failed: number;
  page: number;
  pageCount: number;
  // Whether SMTP_URL is set: without it messages stay here (demo mode).
  isSmtpConfigured: boolean;
};

// The e-mails the portal sends (reminders), newest first: for the administrators and the Steering Committee,
// who answer for the reminders.
export function canReadOutbox(user: SessionUser): boolean {
  return canRunReminders(user);
}

export async function listOutbox(viewer: SessionUser, { page = 1 }: { page?: number } = {}): Promise<OutboxPageDto> {
  if (!canReadOutbox(viewer)) throw new ForbiddenError();
  const [total, pending, failed] = await Promise.all([
    db.emailOutbox.count(),
    db.emailOutbox.count({ where: { sentAt: null } }),
    db.emailOutbox.count({ where: { sentAt: null, error: { not: null } } }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(page)), pageCount);
  const rows = await db.emailOutbox.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (current - 1) * OUTBOX_PAGE_SIZE,
    take: OUTBOX_PAGE_SIZE,
  });
  return {
    messages: rows.map((row) => ({
      id: row.id,
      toAddress: row.toAddress,
      subject: row.subject,
      body: row.body,
      createdAt: row.createdAt.toISOString(),
      sentAt: row.sentAt?.toISOString() ?? null,
      error: row.error,
    })),
    total,
    pending,
    failed,
    page: current,
    pageCount,
    isSmtpConfigured: Boolean(readMailEnv().SMTP_URL?.trim()),
  };
}
