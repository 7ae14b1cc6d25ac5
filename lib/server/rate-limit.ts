import "server-only";
import type { Locale } from "@/lib/i18n/config";
import { catalogues } from "@/lib/i18n/messages";
import { db } from "./db";
import { problem } from "./http/problem";
import { clientAddressOf } from "./client-address";
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

// Who a request is counted as. Authenticated callers never share a budget with anonymous ones: a personal
// token counts per token (keyed by its hash), a browser session per user; only requests without a valid
// credential count per client address (lib/server/client-address.ts), and the API sign-in has its own
// per-address budget, so a flood of anonymous calls can neither shut out signed-in callers nor the sign-in.
// Where no address can be known (no trusted proxy and no socket address) every anonymous caller shares the
// bucket "unknown": docs/security.md names that deployment requirement.
export type RateLimitSubject =
  | { kind: "token"; token: string }
  | { kind: "user"; userId: string }
  | { kind: "anonymous"; request: Request }
  | { kind: "sign-in"; request: Request };

export function rateLimitRuleFor(subject: RateLimitSubject): RateLimitRule {
  const env = readServerEnv();
  switch (subject.kind) {
    case "token":
      return { key: `token:${hashToken(subject.token)}`, limit: env.RATE_LIMIT_TOKEN_PER_MINUTE };
    case "user":
      return { key: `user:${subject.userId}`, limit: env.RATE_LIMIT_TOKEN_PER_MINUTE };
    case "anonymous":
      return { key: `ip:${clientAddressOf(subject.request.headers) ?? "unknown"}`, limit: env.RATE_LIMIT_IP_PER_MINUTE };
    case "sign-in":
      return { key: `sign-in:${clientAddressOf(subject.request.headers) ?? "unknown"}`, limit: env.RATE_LIMIT_IP_PER_MINUTE };
  }
}

export function consumeRequestRateLimit(subject: RateLimitSubject, now = new Date()): Promise<RateLimitDecision | null> {
  return consumeRateLimit([rateLimitRuleFor(subject)], now);
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
