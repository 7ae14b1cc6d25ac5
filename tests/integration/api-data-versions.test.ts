// A read-only API call reads the data versions in its session check's statement (lib/server/http/api.ts,
// lib/server/cache/rollup-cache.ts withDataVersionsRead) instead of a second round trip: the summary is still
// served from the cache while nothing is written, and a write committed on another connection (what another
// instance's write looks like) is in the very next call's numbers.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", async () => (await import("../factories/request-scope")).requestScopeMock);

import { GET as getSummary } from "@/app/api/v1/dashboard/summary/route";
import { clearRollupCache, rollupCacheStats } from "@/lib/server/cache/rollup-cache";
import { db } from "@/lib/server/db";
import { resetDatabase } from "../factories/reset";
import { sessionCookieFor, useSessionCookie } from "../factories/sessions";
import { createWorld } from "../factories/world";

let world: Awaited<ReturnType<typeof createWorld>>;

beforeEach(async () => {
  await resetDatabase();
  clearRollupCache();
  world = await createWorld();
  useSessionCookie(await sessionCookieFor(world.actors.steering.user.id));
});
afterAll(() => db.$disconnect());

async function provincesCounted(): Promise<number> {
  const response = await getSummary(new Request("http://portal.test/api/v1/dashboard/summary?orgKind=provinces"), {
    params: Promise.resolve({}),
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { coverage: { totals: { organizations: number } } };
  return body.coverage.totals.organizations;
}

describe("a read-only API call and the data versions", () => {
  it("is answered from the cache while nothing is written", async () => {
    const first = await provincesCounted();
    const before = rollupCacheStats();
    expect(await provincesCounted()).toBe(first);
    const after = rollupCacheStats();
    expect(after.misses).toBe(before.misses);
    expect(after.hits).toBeGreaterThan(before.hits);
  });

  it("shows a write committed elsewhere on the very next call", async () => {
    const first = await provincesCounted();
    await db.organization.create({ data: { code: "TEST-NEW-PROVINCE", kind: "PROVINCE", nameVi: "Tỉnh mới" } });
    expect(await provincesCounted()).toBe(first + 1);
  });

  it("refuses a signed-out session before reading anything", async () => {
    useSessionCookie(null);
    const response = await getSummary(new Request("http://portal.test/api/v1/dashboard/summary"), { params: Promise.resolve({}) });
    expect(response.status).toBe(401);
  });
});
