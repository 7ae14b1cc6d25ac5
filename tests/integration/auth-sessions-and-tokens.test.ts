// Sessions and personal API tokens against the real PostgreSQL (issue 12 items 7, 8, 10, 11): tokens end
// with the owner's session version and refuse while a password change is pending; administrators list and
// revoke them; signing out ends the session on the server and sessions have an absolute lifetime; unsafe
// cookie-authenticated API calls and the API sign-in are refused cross-site and without a JSON body.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", async () => (await import("../factories/request-scope")).requestScopeMock);

import { revokeTokenAction } from "@/app/account/actions";
import { POST as apiSignIn } from "@/app/api/v1/auth/login/route";
import { GET as getMe } from "@/app/api/v1/me/route";
import { POST as createPlanRoute } from "@/app/api/v1/plans/route";
import { ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { hashPassword } from "@/lib/security/password";
import { withActionContext } from "@/lib/server/action";
import { SESSION_ABSOLUTE_SECONDS } from "@/lib/server/auth/config";
import { endSession, loadSessionUser } from "@/lib/server/auth/session";
import { decodeSessionToken } from "@/lib/server/auth/session-token";
import { db } from "@/lib/server/db";
import { createApiToken, listUserApiTokens, revokeUserApiToken } from "@/lib/server/services/api-tokens";
import { changeOwnPassword } from "@/lib/server/services/passwords";
import { deactivateUser, forceSignOut, reactivateUser, resetUserPassword } from "@/lib/server/services/users";
import { resetDatabase } from "../factories/reset";
import { requestScope } from "../factories/request-scope";
import { sessionCookieFor, useSessionCookie } from "../factories/sessions";
import { actorFor, createWorld, planInput } from "../factories/world";

const PASSWORD = "Demo@2030abc";
let world: Awaited<ReturnType<typeof createWorld>>;

beforeEach(async () => {
  await resetDatabase();
  useSessionCookie(null);
  world = await createWorld();
  await db.user.updateMany({ data: { passwordHash: await hashPassword(PASSWORD) } });
});
afterAll(() => db.$disconnect());

const editorId = () => world.actors.hanoiEditor.user.id;

function me(headers: Record<string, string> = {}) {
  return getMe(new Request("http://portal.test/api/v1/me", { headers }), { params: Promise.resolve({}) });
}
const withToken = (token: string) => me({ Authorization: `Bearer ${token}` });

async function newToken(userId = editorId()) {
  return (await createApiToken(await actorFor(userId), { name: `token ${Math.random()}` })).token;
}

describe("personal API tokens end with the session version", () => {
  const admin = () => world.actors.admin;
  const cases: [string, (userId: string) => Promise<unknown>][] = [
    ["an administrator's password reset", (id) => resetUserPassword(admin(), id)],
    ["a forced sign-out", (id) => forceSignOut(admin(), id)],
    [
      "the owner's own password change",
      async (id) =>
        changeOwnPassword(await actorFor(id), {
          currentPassword: PASSWORD,
          newPassword: "MatKhauMoi2026",
          confirmPassword: "MatKhauMoi2026",
        }),
    ],
    ["a deactivation followed by a reactivation", async (id) => (await deactivateUser(admin(), id), reactivateUser(admin(), id))],
  ];
  it.each(cases)("%s ends every token", async (_name, end) => {
    const token = await newToken();
    expect((await withToken(token)).status).toBe(200);
    await end(editorId());
    expect((await withToken(token)).status).toBe(401);
  });

  it("refuse while the owner must change the password, and none can be created then", async () => {
    const token = await newToken();
    await db.user.update({ where: { id: editorId() }, data: { mustChangePassword: true } });
    const refused = await withToken(token);
    expect(refused.status).toBe(403);
    await expect(newToken()).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("administrators and tokens", () => {
  it("list and revoke another user's tokens; the revoked token stops working; it is audited", async () => {
    const token = await newToken();
    const listed = await listUserApiTokens(world.actors.admin, editorId());
    expect(listed).toHaveLength(1);
    expect(listed[0]).not.toHaveProperty("tokenHash");
    await revokeUserApiToken(world.actors.admin, editorId(), listed[0]!.id);
    expect((await withToken(token)).status).toBe(401);
    expect(await db.auditLog.count({ where: { entity: "ApiToken", action: "revoke", actorId: world.actors.admin.user.id } })).toBe(1);
  });

  it("refuse other roles, and a token id that does not belong to the named account", async () => {
    await newToken();
    const [row] = await listUserApiTokens(world.actors.admin, editorId());
    await expect(listUserApiTokens(world.actors.steering, editorId())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(revokeUserApiToken(world.actors.hueEditor, editorId(), row!.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(revokeUserApiToken(world.actors.admin, world.actors.hueEditor.user.id, row!.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("revokeTokenAction with another user's token id is a refusal, not a server error, and revokes nothing", async () => {
    await newToken();
    const [row] = await listUserApiTokens(world.actors.admin, editorId());
    const form = new FormData();
    form.set("tokenId", row!.id);
    const state = await withActionContext({ actor: world.actors.hueEditor, locale: "en" }, () => revokeTokenAction({}, form));
    expect(state.status).toBe("error");
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: row!.id } })).revokedAt).toBeNull();
  });
});

describe("browser sessions", () => {
  it("signing out ends the session on the server: a copy of the cookie stops working", async () => {
    const cookie = await sessionCookieFor(editorId());
    useSessionCookie(cookie);
    expect((await me()).status).toBe(200);
    await endSession(cookie.sessionId);
    expect((await me()).status).toBe(401);
  });

  it("end after the absolute lifetime however active they are", async () => {
    const signedIn = new Date(Date.now() - (SESSION_ABSOLUTE_SECONDS + 60) * 1000);
    const cookie = await sessionCookieFor(editorId(), signedIn);
    // The cookie itself was renewed a minute ago (idle lifetime fine): only the absolute lifetime ends it.
    expect(await decodeSessionToken(cookie.value, cookie.name)).toBeNull();
    const claims = await decodeSessionToken(cookie.value, cookie.name, signedIn.getTime() + 1000);
    expect(claims).not.toBeNull();
    // The server-side row expires at the same moment, whatever the cookie says.
    expect(await loadSessionUser(editorId(), claims!.sv, claims!.sid)).toBeNull();
    expect(await loadSessionUser(editorId(), claims!.sv, claims!.sid, new Date(signedIn.getTime() + 1000))).not.toBeNull();
  });

  it("a deactivation and a sign-out everywhere take effect on the next request on every instance", async () => {
    const cookie = await sessionCookieFor(editorId());
    useSessionCookie(cookie);
    vi.resetModules();
    delete (globalThis as { portalDb?: unknown }).portalDb;
    const secondInstance = (await import("@/app/api/v1/me/route")).GET;
    const onSecond = () => secondInstance(new Request("http://portal.test/api/v1/me"), { params: Promise.resolve({}) });
    // Both instances have read (and keep) the decrypted cookie.
    expect([(await me()).status, (await onSecond()).status]).toEqual([200, 200]);
    await forceSignOut(world.actors.admin, editorId());
    expect([(await me()).status, (await onSecond()).status]).toEqual([401, 401]);

    const fresh = await sessionCookieFor(editorId());
    useSessionCookie(fresh);
    expect([(await me()).status, (await onSecond()).status]).toEqual([200, 200]);
    await deactivateUser(world.actors.admin, editorId());
    expect([(await me()).status, (await onSecond()).status]).toEqual([401, 401]);
    await (await import("@/lib/server/db")).db.$disconnect();
  });
});

describe("cross-site requests", () => {
  const createPlan = (headers: Record<string, string>, body: string) =>
    createPlanRoute(
      new Request("http://portal.test/api/v1/plans", { method: "POST", headers: { Host: "portal.test", ...headers }, body }),
      {
        params: Promise.resolve({}),
      },
    );
  const planBody = () => JSON.stringify(planInput());

  beforeEach(async () => useSessionCookie(await sessionCookieFor(editorId())));

  it("a text/plain form from another origin cannot create a plan with the victim's cookie (415, 403)", async () => {
    const textPlain = await createPlan(
      { "Content-Type": "text/plain", Origin: "http://blog.portal.test", "Sec-Fetch-Site": "same-site" },
      planBody(),
    );
    expect(textPlain.status).toBe(403);
    expect(textPlain.headers.get("content-type")).toBe("application/problem+json");
    const sameOriginTextPlain = await createPlan({ "Content-Type": "text/plain;charset=UTF-8", Origin: "http://portal.test" }, planBody());
    expect(sameOriginTextPlain.status).toBe(415);
    expect((await sameOriginTextPlain.json()).type).toBe("/problems/unsupported_media_type");
    const crossSiteJson = await createPlan({ "Content-Type": "application/json", Origin: "https://evil.example" }, planBody());
    expect(crossSiteJson.status).toBe(403);
    expect((await crossSiteJson.json()).type).toBe("/problems/cross_site_request");
    expect(await db.actionPlan.count()).toBe(0);
  });

  it("accepts the portal's own JSON calls and bearer-token calls from anywhere", async () => {
    const own = await createPlan(
      { "Content-Type": "application/json", Origin: "http://portal.test", "Sec-Fetch-Site": "same-origin" },
      planBody(),
    );
    expect(own.status, await own.clone().text()).toBe(201);
    useSessionCookie(null);
    const token = await newToken();
    const viaToken = await createPlan(
      { "Content-Type": "application/json", Origin: "https://integrator.example", Authorization: `Bearer ${token}` },
      JSON.stringify(planInput({ titleVi: "Kế hoạch thứ hai" })),
    );
    expect(viaToken.status, await viaToken.clone().text()).not.toBe(403);
  });

  it("the API sign-in refuses another site's page (login CSRF) and a non-JSON body", async () => {
    requestScope.cookies.clear();
    const signIn = (headers: Record<string, string>) =>
      apiSignIn(
        new Request("http://portal.test/api/v1/auth/login", {
          method: "POST",
          headers: { Host: "portal.test", ...headers },
          body: JSON.stringify({ email: world.actors.hanoiEditor.user.email, password: PASSWORD }),
        }),
      );
    expect((await signIn({ "Content-Type": "text/plain", Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" })).status).toBe(
      403,
    );
    expect((await signIn({ "Content-Type": "application/json", Origin: "null" })).status).toBe(403);
    expect((await signIn({ "Content-Type": "text/plain" })).status).toBe(415);
    const ok = await signIn({ "Content-Type": "application/json", Origin: "http://portal.test", "Sec-Fetch-Site": "same-origin" });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("set-cookie")).toContain("authjs.session-token=");
  });
});
