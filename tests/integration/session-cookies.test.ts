// The session cookie the API sign-in issues (app/api/v1/auth/login): its flags, the `__Secure-` prefix over
// HTTPS (the same rule next-auth applies to the sign-in page, lib/server/auth/config.ts; the page's cookie is
// checked in tests/e2e/security-headers-and-cookies.spec.ts), and that a password change ends every session issued before.
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { decode } from "next-auth/jwt";
import { POST as login } from "@/app/api/v1/auth/login/route";
import { loadSessionUser } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db";
import { changeOwnPassword } from "@/lib/server/services/passwords";
import { hashPassword } from "@/lib/security/password";
import { resetDatabase } from "../factories/reset";
import { actorFor } from "../factories/world";

const EMAIL = "editor.hue@test.vn";
const PASSWORD = "Demo@2030abc";
let userId: string;

beforeEach(async () => {
  await resetDatabase();
  const org = await db.organization.create({ data: { code: "P02", kind: "CITY", nameVi: "Thành phố Huế" } });
  const user = await db.user.create({
    data: { email: EMAIL, name: "Editor", role: "ORG_EDITOR", organizationId: org.id, passwordHash: await hashPassword(PASSWORD) },
  });
  userId = user.id;
});
afterEach(() => {
  delete process.env.AUTH_URL;
});
afterAll(() => db.$disconnect());

async function signIn(url: string, headers: Record<string, string> = {}, password = PASSWORD) {
  const response = await login(
    new Request(url, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...headers },
      body: JSON.stringify({ email: EMAIL, password }),
    }),
  );
  expect(response.status, await response.clone().text()).toBe(200);
  const cookie = response.headers.get("set-cookie")!;
  const [pair, ...attributes] = cookie.split(/;\s*/);
  const [name, value] = [pair!.slice(0, pair!.indexOf("=")), pair!.slice(pair!.indexOf("=") + 1)];
  return { name, value, attributes: attributes.map((a) => a.toLowerCase()) };
}

describe("the session cookie", () => {
  it("is HttpOnly and SameSite=Lax, and not Secure over plain HTTP (local use)", async () => {
    const cookie = await signIn("http://localhost:3000/api/v1/auth/login", { "X-Forwarded-Proto": "http" });
    expect(cookie.name).toBe("authjs.session-token");
    expect(cookie.attributes).toEqual(expect.arrayContaining(["httponly", "samesite=lax", "path=/"]));
    expect(cookie.attributes).not.toContain("secure");
  });

  it("is Secure with the __Secure- prefix behind a TLS-terminating proxy (X-Forwarded-Proto: https)", async () => {
    const cookie = await signIn("http://10.0.0.5:3000/api/v1/auth/login", { "X-Forwarded-Proto": "https" });
    expect(cookie.name).toBe("__Secure-authjs.session-token");
    expect(cookie.attributes).toEqual(expect.arrayContaining(["httponly", "samesite=lax", "secure", "path=/"]));
  });

  it("is Secure whenever AUTH_URL is https, even when the proxy does not say so", async () => {
    process.env.AUTH_URL = "https://ngvh.example.vn";
    const cookie = await signIn("http://10.0.0.5:3000/api/v1/auth/login", { "X-Forwarded-Proto": "http" });
    expect(cookie.name).toBe("__Secure-authjs.session-token");
    expect(cookie.attributes).toContain("secure");
  });
});

describe("changing one's password", () => {
  it("ends every session issued before the change", async () => {
    const sessions = [await signIn("http://localhost/api/v1/auth/login"), await signIn("http://localhost/api/v1/auth/login")];
    const claims = await Promise.all(sessions.map((s) => decode({ token: s.value, secret: process.env.AUTH_SECRET!, salt: s.name })));
    for (const c of claims) expect(await loadSessionUser(c!.uid as string, c!.sv as number)).not.toBeNull();

    await changeOwnPassword(await actorFor(userId), {
      currentPassword: PASSWORD,
      newPassword: "MatKhauMoi2026",
      confirmPassword: "MatKhauMoi2026",
    });

    for (const c of claims) expect(await loadSessionUser(c!.uid as string, c!.sv as number)).toBeNull();
    const fresh = await signIn("http://localhost/api/v1/auth/login", {}, "MatKhauMoi2026");
    const freshClaims = await decode({ token: fresh.value, secret: process.env.AUTH_SECRET!, salt: fresh.name });
    expect(await loadSessionUser(freshClaims!.uid as string, freshClaims!.sv as number)).toMatchObject({ email: EMAIL });
  });
});
