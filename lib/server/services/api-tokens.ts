import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { ForbiddenError, NotFoundError } from "@/lib/domain/errors";
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

const TOKEN_FIELDS = { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true } as const;

// The secret is returned once and stored only as a hash; the token carries exactly its owner's permissions and
// lives only as long as the owner's current session version (a password change or reset, a forced sign-out or
// a deactivation ends it). An account that must change its password gets no token.
export async function createApiToken(actor: Actor, input: unknown): Promise<{ id: string; token: string; prefix: string }> {
  authorize(actor, "token:manage-own", { organizationId: actor.user.organizationId });
  if (actor.user.mustChangePassword) throw new ForbiddenError("You must change your password first.");
  const { name } = parseInput(createTokenSchema, input);
  const token = `${TOKEN_PREFIX}${randomBytes(24).toString("base64url")}`;
  const prefix = token.slice(0, TOKEN_PREFIX.length + 6);
  return db.$transaction(async (tx) => {
    const row = await tx.apiToken.create({
      data: { userId: actor.user.id, name, prefix, tokenHash: hashToken(token), sessionVersion: actor.user.sessionVersion },
    });
    await recordAudit(tx, actor, { entity: "ApiToken", entityId: row.id, action: "create", after: { name, prefix } });
    return { id: row.id, token, prefix };
  });
}

export async function listOwnApiTokens(actor: Actor) {
  return db.apiToken.findMany({ where: { userId: actor.user.id }, select: TOKEN_FIELDS, orderBy: { createdAt: "desc" } });
}

// For administrators: every token of one account, revoked ones included.
export async function listUserApiTokens(actor: Actor, userId: string) {
  authorize(actor, "token:manage-any");
  return db.apiToken.findMany({ where: { userId }, select: TOKEN_FIELDS, orderBy: { createdAt: "desc" } });
}

async function revoke(actor: Actor, tokenId: string, mayRevoke: (ownerId: string) => boolean): Promise<void> {
  await db.$transaction(async (tx) => {
    const token = await tx.apiToken.findUnique({ where: { id: tokenId } });
    // A token the actor may not manage is "not found": ids cannot be probed.
    if (!token || !mayRevoke(token.userId)) throw new NotFoundError();
    if (token.revokedAt) return;
    const revokedAt = new Date();
    await tx.apiToken.update({ where: { id: tokenId }, data: { revokedAt } });
    await recordAudit(tx, actor, {
      entity: "ApiToken",
      entityId: tokenId,
      action: "revoke",
      before: { revokedAt: null },
      after: { revokedAt },
    });
  });
}

export async function revokeApiToken(actor: Actor, tokenId: string): Promise<void> {
  await revoke(actor, tokenId, (ownerId) => ownerId === actor.user.id);
}

export async function revokeUserApiToken(actor: Actor, userId: string, tokenId: string): Promise<void> {
  authorize(actor, "token:manage-any");
  await revoke(actor, tokenId, (ownerId) => ownerId === userId);
}

// Resolves a bearer token to its owner's id and the session version it was issued under, or null for an
// unknown, revoked or expired token (the caller compares the version with the owner's current one).
export async function resolveApiToken(token: string, now = new Date()): Promise<{ userId: string; sessionVersion: number } | null> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
  const row = await db.apiToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) return null;
  // Recording last use at most once a minute keeps the hot path free of writes.
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return { userId: row.userId, sessionVersion: row.sessionVersion };
}
