// Security headers and session cookie flags on the running production build. The session cookie is HttpOnly
// and SameSite=Lax always, Secure with the `__Secure-` prefix behind HTTPS (a TLS-terminating proxy sends
// X-Forwarded-Proto: https), and the API sign-in issues the very cookie next-auth reads
// (lib/server/auth/config.ts, isSecureCookieRequest).
import { expect, test, type APIResponse } from "@playwright/test";
import { ACCOUNTS, DEMO_PASSWORD, signIn } from "./fixtures";

const HTTPS = { "X-Forwarded-Proto": "https" };

function setCookies(response: APIResponse): { name: string; value: string; attributes: string[] }[] {
  return response
    .headersArray()
    .filter((h) => h.name.toLowerCase() === "set-cookie")
    .map((h) => {
      const [pair, ...attributes] = h.value.split(/;\s*/);
      const at = pair!.indexOf("=");
      return { name: pair!.slice(0, at), value: pair!.slice(at + 1), attributes: attributes.map((a) => a.toLowerCase()) };
    });
}

test("the sign-in page's session cookie is HttpOnly and SameSite=Lax (plain HTTP here, so not Secure)", async ({ page }) => {
  await signIn(page, ACCOUNTS.culture);
  const cookie = (await page.context().cookies()).find((c) => c.name === "authjs.session-token");
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false, path: "/" });
});

test("behind HTTPS the session cookie is __Secure- and Secure, from the sign-in page and from the API alike", async ({
  playwright,
  baseURL,
}) => {
  const client = await playwright.request.newContext({ baseURL, extraHTTPHeaders: HTTPS });
  const csrf = await client.get("/api/auth/csrf");
  const { csrfToken } = await csrf.json();
  const csrfCookie = setCookies(csrf).find((c) => c.name === "__Host-authjs.csrf-token")!;
  expect(csrfCookie.attributes).toEqual(expect.arrayContaining(["httponly", "secure", "samesite=lax", "path=/"]));

  const signedIn = await client.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: ACCOUNTS.culture, password: DEMO_PASSWORD, callbackUrl: "/workspace" },
    headers: { Cookie: `${csrfCookie.name}=${csrfCookie.value}` },
    maxRedirects: 0,
  });
  expect(signedIn.status()).toBe(302);
  const session = setCookies(signedIn).find((c) => c.name.endsWith("authjs.session-token"))!;
  expect(session.name).toBe("__Secure-authjs.session-token");
  expect(session.attributes).toEqual(expect.arrayContaining(["httponly", "secure", "samesite=lax", "path=/"]));

  const fromApi = setCookies(await client.post("/api/v1/auth/login", { data: { email: ACCOUNTS.culture, password: DEMO_PASSWORD } }))[0]!;
  expect(fromApi.name).toBe("__Secure-authjs.session-token");
  expect(fromApi.attributes).toEqual(expect.arrayContaining(["httponly", "secure", "samesite=lax", "path=/"]));
  await client.dispose();

  // Both cookies are sessions next-auth recognises behind HTTPS.
  for (const cookie of [session, fromApi]) {
    const bare = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { ...HTTPS, Cookie: `${cookie.name}=${cookie.value}` } });
    const me = await bare.get("/api/v1/me");
    expect(me.status()).toBe(200);
    expect((await me.json()).email).toBe(ACCOUNTS.culture);
    await bare.dispose();
  }
});

test("pages carry a Content-Security-Policy with a fresh nonce per request, and scripts carry that nonce", async ({ request }) => {
  const nonces: string[] = [];
  for (let i = 0; i < 2; i++) {
    const response = await request.get("/strategy");
    const csp = response.headers()["content-security-policy"]!;
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
    nonces.push(nonce);
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    expect(response.headers()["x-frame-options"]).toBe("DENY");
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  }
  expect(nonces[0]).not.toBe(nonces[1]);
});
