import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { NotFoundError } from "@/lib/domain/errors";
import { createTokenSchema } from "@/lib/schemas/auth";
import { recordAudit } from "../audit";
import { db } from "../db";
import { authorize } from "../guards";
import { parseInput } from "../validation";
import type { Actor } from "../auth/session";

export const TOKEN_PREFIX = "ngvh_";

export function hashToken(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

// The secret is returned once and stored only as a hash; the token carries exactly its owner's permissions.
export async function createApiToken(actor: Actor, input: unknown): Promise<{ id: string; token: string; prefix: string }> {
  authorize(actor, "token:manage-own", { organizationId: actor.user.organizationId });
  const { name } = parseInput(createTokenSchema, input);
  const token = `${TOKEN_PREFIX}${randomBytes(24).toString("base64url")}`;
  const prefix = token.slice(0, TOKEN_PREFIX.length + 6);
  return db.$transaction(async (tx) => {
    const row = await tx.apiToken.create({ data: { userId: actor.user.id, name, prefix, tokenHash: hashToken(token) } });
    await recordAudit(tx, actor, { entity: "ApiToken", entityId: row.id, action: "create", after: { name, prefix } });
    return { id: row.id, token, prefix };
  });
}

export async function listOwnApiTokens(actor: Actor) {
  return db.apiToken.findMany({
    where: { userId: actor.user.id },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
    orderBy: { createdAt: "desc" },
  });
}

export async function revokeApiToken(actor: Actor, tokenId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const token = await tx.apiToken.findUnique({ where: { id: tokenId } });
    // Another user's token is "not found": ids cannot be probed.
    if (!token || token.userId !== actor.user.id) throw new NotFoundError();
    if (token.revokedAt) return;
    const revokedAt = new Date();
    await tx.apiToken.update({ where: { id: tokenId }, data: { revokedAt } });
    await recordAudit(tx, actor, { entity: "ApiToken", entityId: tokenId, action: "revoke", before: { revokedAt: null }, after: { revokedAt } });
  });
}

// Resolves a bearer token to its owner's id, or null for an unknown, revoked or expired token.
export async function resolveApiToken(token: string, now = new Date()): Promise<{ userId: string } | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const row = await db.apiToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) return null;
  // Recording last use at most once a minute keeps the hot path free of writes.
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return { userId: row.userId };
}
