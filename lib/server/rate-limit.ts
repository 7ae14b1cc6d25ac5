import "server-only";
import type { Locale } from "@/lib/i18n/config";
import { Prisma } from "@/lib/generated/prisma/client";
import { catalogues } from "@/lib/i18n/messages";
import { db } from "./db";
import { problem } from "./http/problem";
import { clientAddressOf } from "./client-address";
import { readServerEnv } from "./env";
import { hashToken } from "./services/api-tokens";

// Requests are counted in one-minute windows in PostgreSQL ("RateLimitBucket"), so a limit holds however many
// instances of the web tier serve the requests, and judged by a sliding-window estimate: the previous window's
// count weighted by the part of it still within the last minute, plus the current window's count. Fixed windows
// alone would let a burst straddling a minute boundary through at twice the limit. Each request costs one
// statement for all its keys, INSERT … ON CONFLICT with the previous window read alongside (for a browser
// session, folded into the statement that loads the user).
export const RATE_LIMIT_WINDOW_MS = 60_000;

export type RateLimitRule = { key: string; limit: number };

// The tightest of the request's limits: what the RateLimit-* headers report.
export type RateLimitDecision = { isLimited: boolean; limit: number; remaining: number; resetSeconds: number };

let lastCleanupWindow = 0;

function windowStartOf(now: Date): number {
  return Math.floor(now.getTime() / RATE_LIMIT_WINDOW_MS) * RATE_LIMIT_WINDOW_MS;
}

// The weight of the previous window's count at `now`: the share of that window still within the last minute.
function previousWeightOf(windowStart: number, now: Date): number {
  return 1 - (now.getTime() - windowStart) / RATE_LIMIT_WINDOW_MS;
}

// `estimate` includes this request (refused requests count too). A refused caller is told to come back when one
// more request fits, reckoned as if the whole estimate were in the current window: that never decays sooner than
// the real counts, so the wait is never too short (it is exact when the previous window was empty). Otherwise
// the reset is the end of the current window, as with fixed windows.
function decisionFor(limit: number, estimate: number, windowStart: number, now: Date): RateLimitDecision {
  const windowEnd = windowStart + RATE_LIMIT_WINDOW_MS;
  const isLimited = estimate > limit;
  // In the next window the estimate is estimate × (1 − elapsed share); one more request fits once that is ≤ limit − 1.
  const nextWindowWait = isLimited ? RATE_LIMIT_WINDOW_MS * Math.max(0, 1 - (limit - 1) / estimate) : 0;
  const resetSeconds = Math.max(1, Math.ceil((windowEnd + nextWindowWait - now.getTime()) / 1000));
  return { isLimited, limit, remaining: Math.max(0, Math.floor(limit - estimate)), resetSeconds };
}

export async function consumeRateLimit(rules: RateLimitRule[], now = new Date()): Promise<RateLimitDecision | null> {
  const limits = new Map(rules.filter((r) => r.limit > 0).map((r) => [r.key, r.limit]));
  if (limits.size === 0) return null;
  const windowStart = windowStartOf(now);
  // Sorted keys take their row locks in the same order in every statement: two requests cannot deadlock.
  const keys = [...limits.keys()].sort();
  const rows = await db.$queryRaw<{ key: string; count: number }[]>`
    WITH "current" AS (
      INSERT INTO "RateLimitBucket" ("key", "windowStart", "count")
      SELECT k, ${new Date(windowStart)}, 1 FROM unnest(${keys}::text[]) AS k
      ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitBucket"."count" + 1
      RETURNING "key", "count")
    SELECT c."key", c."count" + COALESCE(p."count", 0) * ${previousWeightOf(windowStart, now)}::float8 AS "count"
    FROM "current" c
    LEFT JOIN "RateLimitBucket" p ON p."key" = c."key" AND p."windowStart" = ${new Date(windowStart - RATE_LIMIT_WINDOW_MS)}`;
  await removeOldWindows(windowStart);
  const decisions = rows.map(({ key, count }) => decisionFor(limits.get(key)!, count, windowStart, now));
  return decisions.sort((a, b) => Number(b.isLimited) - Number(a.isLimited) || a.remaining - b.remaining)[0]!;
}

// The same count as common table expressions, the last named "rateLimit" (one column, "count": the estimate), for
// a caller that folds them into its own statement: the session check counts the request in the round trip that
// loads the user (docs/scaling.md). `settle` turns the count the statement returned into the decision.
export type PendingRateLimit = { cte: Prisma.Sql; settle(count: number | null): Promise<RateLimitDecision | null> };

export function prepareRateLimit(rule: RateLimitRule, now = new Date()): PendingRateLimit | null {
  if (rule.limit <= 0) return null;
  const windowStart = windowStartOf(now);
  return {
    cte: Prisma.sql`"rateLimitCurrent" AS (
      INSERT INTO "RateLimitBucket" ("key", "windowStart", "count") VALUES (${rule.key}, ${new Date(windowStart)}, 1)
      ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitBucket"."count" + 1
      RETURNING "count"),
    "rateLimit" AS (
      SELECT c."count" + COALESCE(p."count", 0) * ${previousWeightOf(windowStart, now)}::float8 AS "count"
      FROM "rateLimitCurrent" c
      LEFT JOIN "RateLimitBucket" p ON p."key" = ${rule.key} AND p."windowStart" = ${new Date(windowStart - RATE_LIMIT_WINDOW_MS)})`,
    async settle(count) {
      await removeOldWindows(windowStart);
      return count === null ? null : decisionFor(rule.limit, count, windowStart, now);
    },
  };
}

// Once per window and instance: the previous window is kept (the estimate weighs it, and an instance whose clock
// lags a little may still count into it), older ones go.
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
  return problem(
    429,
    "rate_limited",
    message,
    { detail: message },
    {
      "Retry-After": String(decision.resetSeconds),
      ...rateLimitHeaders(decision),
    },
  );
}
