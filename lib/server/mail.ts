import "server-only";
import nodemailer from "nodemailer";
import { db } from "./db";
import { readMailEnv } from "./env";

export type DeliveryResult = {
  // "outbox-only": no SMTP_URL, messages stay in the outbox for the administrators to read (demo mode).
  mode: "smtp" | "outbox-only";
  sent: number;
  failed: number;
  // Unsent messages left after this delivery.
  pending: number;
};

// Failed messages are retried at each delivery for a week, then left with their error for someone to look at.
const RETRY_DAYS = 7;
const DEFAULT_BATCH = 200;

// Read at each delivery (validated at start-up with everything else): a test can point delivery at its own SMTP
// server after the application's modules are loaded.
function mailSettings(): { smtpUrl: string | null; from: string } {
  const env = readMailEnv();
  return { smtpUrl: env.SMTP_URL?.trim() || null, from: env.MAIL_FROM.trim() };
}

function describeError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.slice(0, 1000);
}

// Sends the unsent messages of the outbox. Each message is claimed with FOR UPDATE SKIP LOCKED inside its own
// transaction, so two deliveries running at once (the scheduler on two instances, or "Run now" during a
// scheduled run) never send the same message twice. A message whose sending succeeded but whose sentAt could
// not be committed is sent again later: at least once, never silently lost.
export async function deliverOutbox({
  now = new Date(),
  limit = DEFAULT_BATCH,
}: { now?: Date; limit?: number } = {}): Promise<DeliveryResult> {
  const { smtpUrl, from } = mailSettings();
  if (!smtpUrl) {
    return { mode: "outbox-only", sent: 0, failed: 0, pending: await db.emailOutbox.count({ where: { sentAt: null } }) };
  }
  const since = new Date(now.getTime() - RETRY_DAYS * 86_400_000);
  const candidates = await db.emailOutbox.findMany({
    where: { sentAt: null, createdAt: { gte: since } },
    orderBy: { createdAt: "asc" },
    take: limit,
    select: { id: true },
  });
  let sent = 0;
  let failed = 0;
  if (candidates.length > 0) {
    const transport = nodemailer.createTransport({
      url: smtpUrl,
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 30_000,
    });
    try {
      for (const { id } of candidates) {
        await db.$transaction(
          async (tx) => {
            const [row] = await tx.$queryRaw<Array<{ id: string; toAddress: string; subject: string; body: string }>>`
              SELECT id, "toAddress", subject, body FROM "EmailOutbox"
              WHERE id = ${id} AND "sentAt" IS NULL
              FOR UPDATE SKIP LOCKED`;
            if (!row) return;
            try {
              await transport.sendMail({ from, to: row.toAddress, subject: row.subject, text: row.body });
              await tx.emailOutbox.update({ where: { id: row.id }, data: { sentAt: new Date(), error: null } });
              sent++;
            } catch (error) {
              await tx.emailOutbox.update({ where: { id: row.id }, data: { error: describeError(error) } });
              failed++;
            }
          },
          { maxWait: 10_000, timeout: 90_000 },
        );
      }
    } finally {
      transport.close();
    }
  }
  return { mode: "smtp", sent, failed, pending: await db.emailOutbox.count({ where: { sentAt: null } }) };
}
