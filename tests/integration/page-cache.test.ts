// Whole pages cached per data version (lib/server/cache/page-cache.ts) against the real PostgreSQL: who gets a
// stored page (the session is checked on every request), what it is keyed by (path, language, role and
// organization, hour), when it is rendered again (a write through any connection), and that every answer
// carries its own nonce. The renderer stands in for the request the proxy makes to its own server.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { cachedPage, clearPageCache, isDocumentLoad, type PageRender, type PageRequest } from "@/lib/server/cache/page-cache";
import { db } from "@/lib/server/db";
import { deactivateUser, forceSignOut } from "@/lib/server/services/users";
import { resetDatabase } from "../factories/reset";
import { sessionCookieFor } from "../factories/sessions";
import { createWorld } from "../factories/world";

let world: Awaited<ReturnType<typeof createWorld>>;

beforeEach(async () => {
  await resetDatabase();
  clearPageCache();
  world = await createWorld();
});
afterAll(() => db.$disconnect());

// A renderer that counts its calls and puts the nonce where Next.js puts it, on every script.
function renderer(html = (nonce: string, call: number) => `<html><script nonce="${nonce}">render ${call}</script></html>`, status = 200) {
  const calls: string[] = [];
  const render = async (nonce: string): Promise<PageRender> => {
    calls.push(nonce);
    return { status, headers: [["content-type", "text/html; charset=utf-8"]], html: html(nonce, calls.length) };
  };
  return { calls, render };
}

const request = (pathname: string, session: PageRequest["session"] = null, extra: Partial<PageRequest> = {}): PageRequest => ({
  method: "GET",
  pathname,
  search: "",
  isDocumentLoad: true,
  session,
  localeCookie: undefined,
  ...extra,
});

const text = (page: Awaited<ReturnType<typeof cachedPage>>) => page?.body.toString("utf8") ?? null;
const cookieOf = async (userId: string) => {
  const { name, value } = await sessionCookieFor(userId);
  return { name, value };
};

describe("the page cache", () => {
  it("renders a reference page once and answers every later load with that page and the load's own nonce", async () => {
    const { calls, render } = renderer();
    expect(text(await cachedPage(request("/strategy"), "nonce-A", render))).toBe('<html><script nonce="nonce-A">render 1</script></html>');
    expect(text(await cachedPage(request("/strategy"), "nonce-B", render))).toBe('<html><script nonce="nonce-B">render 1</script></html>');
    expect(calls).toEqual(["nonce-A"]);
  });

  it("renders again after a write committed on another connection (what another instance's write looks like)", async () => {
    const { calls, render } = renderer();
    await cachedPage(request("/organizations"), "n1", render);
    await cachedPage(request("/organizations"), "n2", render);
    expect(calls).toHaveLength(1);
    await db.$executeRaw`UPDATE "Organization" SET "nameEn" = 'Renamed' WHERE "id" = ${world.orgs.hue.id}`;
    expect(text(await cachedPage(request("/organizations"), "n3", render))).toContain("render 2");
    expect(calls).toHaveLength(2);
  });

  it("keys pages by role and organization: one render for two people alike, another for a different role or unit", async () => {
    const { calls, render } = renderer((nonce, call) => `<p nonce="${nonce}">render ${call}</p>`);
    const second = await db.user.create({
      data: { email: "viewer2.hanoi@test.vn", name: "viewer2", role: "ORG_VIEWER", organizationId: world.orgs.hanoi.id },
    });
    const hanoiViewer = await cookieOf(world.actors.hanoiViewer.user.id);
    expect(text(await cachedPage(request("/strategy", hanoiViewer), "a", render))).toContain("render 1");
    expect(text(await cachedPage(request("/strategy", await cookieOf(second.id)), "b", render))).toContain("render 1");
    expect(text(await cachedPage(request("/strategy", await cookieOf(world.actors.hanoiEditor.user.id)), "c", render))).toContain(
      "render 2",
    );
    expect(text(await cachedPage(request("/strategy", await cookieOf(world.actors.hueEditor.user.id)), "d", render))).toContain("render 3");
    // Visitors and each language have their own pages.
    expect(text(await cachedPage(request("/strategy"), "e", render))).toContain("render 4");
    expect(text(await cachedPage(request("/strategy", null, { localeCookie: "en" }), "f", render))).toContain("render 5");
    expect(calls).toHaveLength(5);
  });

  it("checks the session on every load: a deactivated account or a forced sign-out gets no stored page", async () => {
    const { calls, render } = renderer();
    const steering = await cookieOf(world.actors.steering.user.id);
    expect(text(await cachedPage(request("/dashboard", steering), "a", render))).toContain("render 1");
    await forceSignOut(world.actors.admin, world.actors.steering.user.id);
    expect(await cachedPage(request("/dashboard", steering), "b", render)).toBeNull();
    const viewer = await cookieOf(world.actors.hanoiViewer.user.id);
    await cachedPage(request("/strategy", viewer), "c", render);
    await deactivateUser(world.actors.admin, world.actors.hanoiViewer.user.id);
    expect(await cachedPage(request("/strategy", viewer), "d", render)).toBeNull();
    expect(calls).toHaveLength(2);
  });

  it("never serves the overview to visitors, nor to an account that must change its password", async () => {
    const { calls, render } = renderer();
    expect(await cachedPage(request("/dashboard"), "a", render)).toBeNull();
    await db.user.update({ where: { id: world.actors.steering.user.id }, data: { mustChangePassword: true } });
    expect(await cachedPage(request("/dashboard", await cookieOf(world.actors.steering.user.id)), "b", render)).toBeNull();
    expect(calls).toHaveLength(0);
  });

  it("leaves other pages, queries, client navigations and other methods to the normal render", async () => {
    const { calls, render } = renderer();
    for (const other of [
      request("/plans"),
      request("/dashboard/organizations"),
      request("/strategy", null, { search: "?tables=1" }),
      request("/strategy", null, { isDocumentLoad: false }),
      request("/strategy", null, { method: "POST" }),
      request("/indicators/../../etc"),
    ])
      expect(await cachedPage(other, "n", render)).toBeNull();
    expect(calls).toHaveLength(0);
  });

  it("does not keep a redirect or an error, and does not render it again until the data moves", async () => {
    const { calls, render } = renderer(() => "", 307);
    const steering = await cookieOf(world.actors.steering.user.id);
    expect(await cachedPage(request("/dashboard", steering), "a", render)).toBeNull();
    expect(await cachedPage(request("/dashboard", steering), "b", render)).toBeNull();
    expect(calls).toHaveLength(1);
  });

  it("shares one render between loads that arrive together", async () => {
    const { calls, render } = renderer();
    const pages = await Promise.all(Array.from({ length: 5 }, (_, index) => cachedPage(request("/indicators"), `n${index}`, render)));
    expect(calls).toHaveLength(1);
    expect(pages.map(text)).toEqual(Array.from({ length: 5 }, (_, index) => `<html><script nonce="n${index}">render 1</script></html>`));
  });

  it("renders again when the hour turns (the overview's today and overdue count)", async () => {
    const { calls, render } = renderer();
    const steering = await cookieOf(world.actors.steering.user.id);
    const now = new Date();
    await cachedPage(request("/dashboard", steering), "a", render, now);
    await cachedPage(request("/dashboard", steering), "b", render, now);
    await cachedPage(request("/dashboard", steering), "c", render, new Date(now.getTime() + 3_600_000));
    expect(calls).toHaveLength(2);
  });
});

describe("what counts as a page load", () => {
  // The headers a browser sends (Next.js has already removed its own RSC markers when the proxy sees them).
  it.each([
    [
      "a browser's page load",
      { "sec-fetch-dest": "document", "sec-fetch-mode": "navigate", accept: "text/html,application/xhtml+xml" },
      true,
    ],
    ["the router's RSC fetch or prefetch", { "sec-fetch-dest": "empty", "sec-fetch-mode": "cors", accept: "*/*" }, false],
    ["an iframe", { "sec-fetch-dest": "iframe", accept: "text/html" }, false],
    ["a client without Sec-Fetch headers asking for HTML", { accept: "text/html" }, true],
    ["a client without Sec-Fetch headers accepting anything", { accept: "*/*" }, false],
    ["no headers at all", {}, false],
  ])("%s → %s", (_name, headers, expected) => {
    expect(isDocumentLoad(new Headers(headers))).toBe(expected);
  });
});
