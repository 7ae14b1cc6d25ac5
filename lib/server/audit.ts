import "server-only";
import { diffRecords } from "@/lib/domain/audit-diff";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "./auth/session";

type Tx = Prisma.TransactionClient;

// Appends one audit entry, inside the caller's transaction so the entry exists exactly when the write does.
// The table is append-only (a database trigger refuses UPDATE, DELETE and TRUNCATE).
export async function recordAudit(
  tx: Tx,
  actor: Actor | null,
  entry: {
    entity: string;
    entityId: string;
    action: string;
    before?: Record<string, unknown> | null;
    after?: Record<string, unknown> | null;
    changes?: Record<string, unknown>;
  },
): Promise<void> {
  const changes = entry.changes ?? diffRecords(entry.before ?? null, entry.after ?? null);
  await tx.auditLog.create({
    data: {
      actorId: actor?.user.id ?? null,
      actorEmail: actor?.user.email ?? null,
      entity: entry.entity,
      entityId: entry.entityId,
      action: entry.action,
      changes: Object.keys(changes).length ? (changes as Prisma.InputJsonValue) : undefined,
      ip: actor?.ip ?? null,
      userAgent: actor?.userAgent ?? null,
    },
  });
}
