import "server-only";
import type { Locale } from "@/lib/i18n/config";
import { catalogues } from "@/lib/i18n/messages";
import { db } from "./db";
import { problem } from "./http/problem";
import { readServerEnv } from "./env";
import { hashToken } from "./services/api-tokens";

// Fixed one-minute windows counted in PostgreSQL ("RateLimitBucket"), so a limit holds however many instances
// of the web tier serve the requests. Each request costs one INSERT … ON CONFLICT for all its keys.
export const RATE_LIMIT_WINDOW_MS = 60_000;

export type RateLimitRule = { key: string; limit: number };

// The tightest of the request's limits: what the RateLimit-* headers report.
export type RateLimitDecision = { isLimited: boolean; limit: number; remaining: number; resetSeconds: number };

let lastCleanupWindow = 0;

export async function consumeRateLimit(rules: RateLimitRule[], now = new Date()): Promise<RateLimitDecision | null> {
  const limits = new Map(rules.filter((r) => r.limit > 0).map((r) => [r.key, r.limit]));
  if (limits.size === 0) return null;
  const windowStart = Math.floor(now.getTime() / RATE_LIMIT_WINDOW_MS) * RATE_LIMIT_WINDOW_MS;
  // Sorted keys take their row locks in the same order in every statement: two requests cannot deadlock.
  const keys = [...limits.keys()].sort();
  const rows = await db.$queryRaw<{ key: string; count: number }[]>`
    INSERT INTO "RateLimitBucket" ("key", "windowStart", "count")
    SELECT k, ${new Date(windowStart)}, 1 FROM unnest(${keys}::text[]) AS k
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitBucket"."count" + 1
    RETURNING "key", "count"`;
  await removeOldWindows(windowStart);
  const resetSeconds = Math.max(1, Math.ceil((windowStart + RATE_LIMIT_WINDOW_MS - now.getTime()) / 1000));
  const decisions = rows.map(({ key, count }) => {
    const limit = limits.get(key)!;
    return { isLimited: count > limit, limit, remaining: Math.max(0, limit - count), resetSeconds };
  });
  return decisions.sort((a, b) => Number(b.isLimited) - Number(a.isLimited) || a.remaining - b.remaining)[0]!;
}

// Once per window and instance: the previous window is kept (a request may still be counted into it by an
// instance whose clock lags a little), older ones go.
async function removeOldWindows(windowStart: number): Promise<void> {
  if (windowStart === lastCleanupWindow) return;
  lastCleanupWindow = windowStart;
  await db.rateLimitBucket.deleteMany({ where: { windowStart: { lt: new Date(windowStart - RATE_LIMIT_WINDOW_MS) } } });
}

export function rateLimitHeaders(decision: RateLimitDecision): Record<string, string> {
  return {
    "RateLimit-Limit": String(decision.limit),
    "RateLimit-Remaining": String(decision.remaining),
    "RateLimit-Reset": String(decision.resetSeconds),
    "RateLimit-Policy": `${decision.limit};w=${RATE_LIMIT_WINDOW_MS / 1000}`,
  };
}

export function bearerTokenOf(request: Request): string | null {
  return /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "")?.[1] ?? null;
}

// The client's address for rate limiting. X-Forwarded-For is believed only with TRUST_PROXY=true, and then
// its last entry: the address the nearest (trusted) proxy saw, which the client cannot choose. Without a
// trusted proxy a route handler cannot see the socket address (Next.js fills X-Forwarded-For from it only
// when the client did not send one), so every client shares the bucket "local".
export function clientAddressOf(request: Request): string {
  if (!readServerEnv().TRUST_PROXY) return "local";
  const forwarded = request.headers.get("x-forwarded-for")?.split(",").map((part) => part.trim()).filter(Boolean);
  return forwarded?.at(-1) ?? "local";
}

// Counts the request against its limits: per client address always, per bearer token when one is sent
// (keyed by the token's hash, before the token is looked up, so unknown tokens are counted too).
export async function consumeRequestRateLimit(request: Request, now = new Date()): Promise<RateLimitDecision | null> {
  const env = readServerEnv();
  const token = bearerTokenOf(request);
  return consumeRateLimit(
    [
      { key: `ip:${clientAddressOf(request)}`, limit: env.RATE_LIMIT_IP_PER_MINUTE },
      ...(token ? [{ key: `token:${hashToken(token)}`, limit: env.RATE_LIMIT_TOKEN_PER_MINUTE }] : []),
    ],
    now,
  );
}

// 429 for a request over its rate limit (lib/server/rate-limit.ts), in the caller's language.
export function rateLimitedProblem(decision: RateLimitDecision, locale: Locale): Response {
  const template = (catalogues[locale] as { problems: { rate_limited: string } }).problems.rate_limited;
  const message = template.replace("{seconds}", String(decision.resetSeconds));
  return problem(429, "rate_limited", message, { detail: message }, {
    "Retry-After": String(decision.resetSeconds),
    ...rateLimitHeaders(decision),
  });
}
