import "server-only";
import { LOCKOUT_LOOKBACK_MS, lockedUntil } from "@/lib/domain/lockout";
import { verifyPassword } from "@/lib/security/password";
import { db } from "../db";

// A real argon2id hash of a random string: verifying against it when the account does not exist keeps
// the response time the same, so timing does not reveal which e-mail addresses have accounts.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$cQLnH6zi/ijLRmANLvZhmw$CpOQ+S9ind5bxsbdSwbOuaJjXU7SxmrauBMbgwaexuo";

export type AuthenticationResult =
  | { outcome: "ok"; user: { id: string; email: string; name: string; sessionVersion: number } }
  | { outcome: "invalid" }
  | { outcome: "locked"; until: Date };

export async function authenticateWithPassword(input: {
  email: string;
  password: string;
  ip?: string | null;
  userAgent?: string | null;
  now?: Date;
}): Promise<AuthenticationResult> {
  const now = input.now ?? new Date();
  const email = input.email.trim().toLowerCase();
  const attempts = await db.loginAttempt.findMany({
    where: { email, createdAt: { gte: new Date(now.getTime() - LOCKOUT_LOOKBACK_MS) } },
    select: { createdAt: true, succeeded: true },
  });
  const until = lockedUntil(
    attempts.map((a) => ({ at: a.createdAt, succeeded: a.succeeded })),
    now,
  );
  // Refused attempts are not counted, so the lock ends 15 minutes after the fifth failure.
  if (until) return { outcome: "locked", until };

  const user = await db.user.findFirst({
    where: { email: { equals: email, mode: "insensitive" } },
    select: { id: true, email: true, name: true, isActive: true, sessionVersion: true, passwordHash: true },
  });
  const valid = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, input.password);
  const succeeded = Boolean(user && user.isActive && user.passwordHash && valid);
  await db.loginAttempt.create({ data: { email, succeeded, ip: input.ip ?? null, createdAt: now } });
  if (!succeeded || !user) return { outcome: "invalid" };
  await db.$transaction([
    db.user.update({ where: { id: user.id }, data: { lastLoginAt: now } }),
    db.auditLog.create({
      data: {
        actorId: user.id,
        actorEmail: user.email,
        entity: "User",
        entityId: user.id,
        action: "sign-in",
        ip: input.ip ?? null,
        userAgent: input.userAgent?.slice(0, 500) ?? null,
      },
    }),
  ]);
  return { outcome: "ok", user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } };
}

export async function findActiveUserForSso(email: string) {
  return db.user.findFirst({
    where: { email: { equals: email.trim(), mode: "insensitive" }, isActive: true },
    select: { id: true, sessionVersion: true },
  });
}
