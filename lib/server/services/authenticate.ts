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

type Account = { id: string; email: string; name: string; isActive: boolean; sessionVersion: number; passwordHash: string | null };

// Exact match on the lower-cased address, served by the unique index on lower(email). Never Prisma's
// `mode: "insensitive"` equals: it runs as ILIKE, where `_` and `%` in a typed address match any character.
export async function findAccountByEmail(email: string): Promise<Account | null> {
  const rows = await db.$queryRaw<Account[]>`
    SELECT "id", "email", "name", "isActive", "sessionVersion", "passwordHash"
    FROM "User" WHERE lower("email") = lower(${email.trim()}) LIMIT 1`;
  return rows[0] ?? null;
}

// Attempts older than the lockout's look-back decide nothing: removed on the way in, at most once a minute
// per instance.
let lastPurgeMinute = 0;

export async function purgeLoginAttempts(now: Date): Promise<number> {
  const { count } = await db.loginAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - LOCKOUT_LOOKBACK_MS) } } });
  return count;
}

// Decides whether a password may be tried and, if so, records the try as a failure before the password is
// verified (a success turns it into one afterwards). The decision and the record happen under one advisory
// lock per account (per typed address when it names none), so parallel guesses are counted one after
// another: at most LOCKOUT_MAX_FAILURES of them are ever verified. Failures count for the typed address and
// for the account alike.
export async function reservePasswordAttempt(input: {
  email: string;
  userId: string | null;
  ip: string | null;
  now: Date;
}): Promise<{ outcome: "locked"; until: Date } | { outcome: "reserved"; attemptId: bigint }> {
  const minute = Math.floor(input.now.getTime() / 60_000);
  if (minute !== lastPurgeMinute) {
    lastPurgeMinute = minute;
    await purgeLoginAttempts(input.now);
  }
  const lockKey = input.userId ? `login:user:${input.userId}` : `login:email:${input.email}`;
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${lockKey}, 0))`;
    const attempts = await tx.loginAttempt.findMany({
      where: {
        OR: [{ email: input.email }, ...(input.userId ? [{ userId: input.userId }] : [])],
        createdAt: { gte: new Date(input.now.getTime() - LOCKOUT_LOOKBACK_MS) },
      },
      select: { createdAt: true, succeeded: true },
    });
    const until = lockedUntil(
      attempts.map((a) => ({ at: a.createdAt, succeeded: a.succeeded })),
      input.now,
    );
    // Refused attempts are not counted, so the lock ends 15 minutes after the fifth failure.
    if (until) return { outcome: "locked" as const, until };
    const row = await tx.loginAttempt.create({
      data: { email: input.email, userId: input.userId, succeeded: false, ip: input.ip, createdAt: input.now },
      select: { id: true },
    });
    return { outcome: "reserved" as const, attemptId: row.id };
  });
}

export async function authenticateWithPassword(input: {
  email: string;
  password: string;
  ip?: string | null;
  userAgent?: string | null;
  now?: Date;
}): Promise<AuthenticationResult> {
  const now = input.now ?? new Date();
  const email = input.email.trim().toLowerCase();
  const user = await findAccountByEmail(email);
  const reservation = await reservePasswordAttempt({ email, userId: user?.id ?? null, ip: input.ip ?? null, now });
  if (reservation.outcome === "locked") return reservation;

  const valid = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, input.password);
  const succeeded = Boolean(user && user.isActive && user.passwordHash && valid);
  if (!succeeded || !user) return { outcome: "invalid" };
  await db.$transaction([
    db.loginAttempt.update({ where: { id: reservation.attemptId }, data: { succeeded: true } }),
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
  const account = await findAccountByEmail(email);
  return account?.isActive ? { id: account.id, sessionVersion: account.sessionVersion } : null;
}
