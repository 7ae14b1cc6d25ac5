// The API rate limits (lib/server/rate-limit.ts, applied by apiRoute) against the real PostgreSQL: the
// counts live in "RateLimitBucket", so they hold across instances of the web tier.
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.RATE_LIMIT_TOKEN_PER_MINUTE = "3";
  process.env.RATE_LIMIT_IP_PER_MINUTE = "5";
  process.env.TRUST_PROXY = "true";
});

vi.mock("next/headers", async () => (await import("../factories/request-scope")).requestScopeMock);

import { POST as apiSignIn } from "@/app/api/v1/auth/login/route";
import { GET as getMe } from "@/app/api/v1/me/route";
import { db } from "@/lib/server/db";
import { consumeRateLimit } from "@/lib/server/rate-limit";
import { createApiToken } from "@/lib/server/services/api-tokens";
import { hashPassword } from "@/lib/security/password";
import { resetDatabase } from "../factories/reset";
import { sessionCookieFor, useSessionCookie } from "../factories/sessions";
import { actorFor } from "../factories/world";

type Handler = typeof getMe;

let tokens: string[];
let userId: string;
let ipCounter = 0;

beforeEach(async () => {
  await resetDatabase();
  useSessionCookie(null);
  const org = await db.organization.create({ data: { code: "P01", kind: "CITY", nameVi: "Thành phố Hà Nội" } });
  const user = await db.user.create({
    data: {
      email: "editor.hanoi@test.vn",
      name: "Editor",
      role: "ORG_EDITOR",
      organizationId: org.id,
      passwordHash: await hashPassword("Demo@2030abc"),
    },
  });
  userId = user.id;
  const actor = await actorFor(user.id);
  tokens = [];
  for (const name of ["one", "two"]) tokens.push((await createApiToken(actor, { name })).token);
});
afterEach(() => {
  vi.useRealTimers();
  useSessionCookie(null);
});
afterAll(() => db.$disconnect());

// A fresh address per call unless one is given, so only the limit under test can be reached.
function call(handler: Handler, { token, ip, language = "en" }: { token?: string; ip?: string; language?: string }) {
  const headers: Record<string, string> = {
    "Accept-Language": language,
    "X-Forwarded-For": ip ?? `198.51.100.${++ipCounter % 250}`,
  };
  if (token) headers.Authorization = `Bearer ${token}`;
  return handler(new Request("http://portal.test/api/v1/me", { headers }), { params: Promise.resolve({}) });
}

async function statuses(handler: Handler, times: number, options: Parameters<typeof call>[1]) {
  const result: number[] = [];
  for (let i = 0; i < times; i++) result.push((await call(handler, options)).status);
  return result;
}

describe("API rate limit per token", () => {
  it("answers the N+1th request of a minute with 429 problem+json, Retry-After and RateLimit headers, in the caller's language", async () => {
    expect(await statuses(getMe, 3, { token: tokens[0] })).toEqual([200, 200, 200]);
    const refused = await call(getMe, { token: tokens[0], language: "vi-VN,vi;q=0.9" });
    expect(refused.status).toBe(429);
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    // Four requests counted (the refused one too): one more fits when 4 × (1 − elapsed share) ≤ 2 in the next
    // window, half a minute into it.
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(31);
    expect(retryAfter).toBeLessThanOrEqual(90);
    expect(refused.headers.get("ratelimit-limit")).toBe("3");
    expect(refused.headers.get("ratelimit-remaining")).toBe("0");
    expect(refused.headers.get("ratelimit-reset")).toBe(String(retryAfter));
    const body = await refused.json();
    expect(body).toMatchObject({ status: 429, type: "/problems/rate_limited" });
    expect(body.title).toBe(`Quá nhiều yêu cầu. Vui lòng chờ ${retryAfter} giây rồi thử lại.`);
    expect((await (await call(getMe, { token: tokens[0] })).json()).title).toMatch(/^Too many requests/);
  });

  it("leaves other tokens alone, and tells each caller what remains", async () => {
    await statuses(getMe, 4, { token: tokens[0] });
    const other = await call(getMe, { token: tokens[1] });
    expect(other.status).toBe(200);
    expect(other.headers.get("ratelimit-remaining")).toBe("2");
    expect((await call(getMe, { token: tokens[0] })).status).toBe(429);
  });
});

describe("API rate limit per client address (callers without a valid credential)", () => {
  it("counts every unknown token from one address, whatever token it sends, and leaves other addresses alone", async () => {
    const ip = "203.0.113.9";
    const results = [
      ...(await statuses(getMe, 2, { token: "ngvh_unknown", ip })),
      ...(await statuses(getMe, 3, { token: "ngvh_other", ip })),
    ];
    expect(results).toEqual([401, 401, 401, 401, 401]);
    expect((await call(getMe, { token: "ngvh_another_unknown", ip })).status).toBe(429);
    expect((await call(getMe, { token: "ngvh_unknown", ip: "203.0.113.10" })).status).toBe(401);
  });

  it("refuses a request without any credential at once and counts nothing for it (nothing to guess)", async () => {
    const ip = "203.0.113.11";
    expect(await statuses(getMe, 8, { ip })).toEqual([401, 401, 401, 401, 401, 401, 401, 401]);
    const buckets = await db.rateLimitBucket.count({ where: { key: { contains: ip } } });
    expect(buckets).toBe(0);
  });

  it("believes only the address the trusted proxy saw (the last X-Forwarded-For entry), not one the client sent", async () => {
    const proxied = (spoofed: string) => `${spoofed}, 203.0.113.20`;
    const results: number[] = [];
    for (let i = 0; i < 6; i++) results.push((await call(getMe, { token: "ngvh_unknown", ip: proxied(`10.0.0.${i}`) })).status);
    expect(results).toEqual([401, 401, 401, 401, 401, 429]);
  });
});

describe("an anonymous flood", () => {
  it("does not make a signed-in caller, a token caller or the API sign-in answer 429 (issue 12 item 6)", async () => {
    const ip = "203.0.113.30";
    const flood = await statuses(getMe, 40, { token: "ngvh_unknown", ip });
    expect(flood.filter((status) => status === 429).length).toBeGreaterThanOrEqual(35);

    // The same address (one office behind one NAT, or every client when no address can be known).
    expect((await call(getMe, { token: tokens[0], ip })).status).toBe(200);
    useSessionCookie(await sessionCookieFor(userId));
    expect((await call(getMe, { ip })).status).toBe(200);
    useSessionCookie(null);
    const signIn = await apiSignIn(
      new Request("http://portal.test/api/v1/auth/login", {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-Forwarded-For": ip },
        body: JSON.stringify({ email: "editor.hanoi@test.vn", password: "Demo@2030abc" }),
      }),
    );
    expect(signIn.status).toBe(200);
  });

  it("signed-in callers are counted per user, so one cannot exhaust another's budget", async () => {
    useSessionCookie(await sessionCookieFor(userId));
    expect(await statuses(getMe, 4, {})).toEqual([200, 200, 200, 429]);
  });
});

describe("several instances of the web tier", () => {
  it("share one count through the database", async () => {
    // Inside one fixed window: four calls on a real clock could straddle a minute and all pass.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-11-23T05:20:05Z"));
    vi.resetModules();
    delete (globalThis as { portalDb?: unknown }).portalDb;
    const second = (await import("@/app/api/v1/me/route")).GET;
    expect(second).not.toBe(getMe);
    const seen = [];
    for (const handler of [getMe, second, getMe, second]) seen.push((await call(handler, { token: tokens[0] })).status);
    expect(seen).toEqual([200, 200, 200, 429]);
    await (await import("@/lib/server/db")).db.$disconnect();
  });
});

describe("sliding one-minute windows", () => {
  const at = (time: string) => vi.setSystemTime(new Date(`2026-11-23T${time}Z`));

  it("weigh the previous minute, and old windows are removed", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    at("04:10:05");
    expect(await statuses(getMe, 4, { token: tokens[0] })).toEqual([200, 200, 200, 429]);
    at("04:10:59.500");
    const last = await call(getMe, { token: tokens[0] });
    expect(last.status).toBe(429);
    // 5 counted: one more fits when 5 × (1 − elapsed share) ≤ 2, 36 s into the next minute.
    expect(last.headers.get("retry-after")).toBe("37");
    // At the next minute the previous one still weighs in full.
    at("04:11:00");
    expect((await call(getMe, { token: tokens[0] })).status).toBe(429);
    // 04:11:40: 5 × 20/60 + 1 (at 04:11:00, refusals count) + 1 = 3.67 > 3.
    at("04:11:40");
    expect((await call(getMe, { token: tokens[0] })).status).toBe(429);
    // 04:12:59: the 2 counted in 04:11 weigh 1/60: 0.03 + 1.
    at("04:12:59");
    expect((await call(getMe, { token: tokens[0] })).status).toBe(200);

    at("04:15:00");
    await call(getMe, { token: tokens[0] });
    const windows = await db.rateLimitBucket.findMany({ distinct: ["windowStart"], select: { windowStart: true } });
    expect(windows.map((w) => w.windowStart.toISOString())).toEqual(["2026-11-23T04:15:00.000Z"]);
  });

  it("limit a burst straddling a minute boundary, for a token and for a browser session", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    at("06:30:58");
    useSessionCookie(await sessionCookieFor(userId, new Date()));
    // Fixed windows would let 3 + 3 through within two seconds: twice the limit.
    expect(await statuses(getMe, 3, { token: tokens[0] })).toEqual([200, 200, 200]);
    expect(await statuses(getMe, 3, {})).toEqual([200, 200, 200]);
    at("06:31:00.500");
    expect(await statuses(getMe, 3, { token: tokens[0] })).toEqual([429, 429, 429]);
    const refused = await call(getMe, {});
    expect(refused.status).toBe(429);
    expect(refused.headers.get("ratelimit-remaining")).toBe("0");

    // Coming back when told to is never too early.
    const retryAfter = Number(refused.headers.get("retry-after"));
    vi.setSystemTime(new Date(Date.now() + retryAfter * 1000));
    expect((await call(getMe, {})).status).toBe(200);
  });

  it("are switched off by a limit of 0", async () => {
    expect(await consumeRateLimit([{ key: "ip:local", limit: 0 }])).toBeNull();
    expect(await db.rateLimitBucket.count()).toBe(0);
  });
});
