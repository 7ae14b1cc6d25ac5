// What only a real browser or HTTP client shows (issue 12 items 6, 8, 10, 11): cross-site forms against the
// cookie-authenticated API and the API sign-in (login CSRF) in Chromium, a copied session cookie after signing
// out, the client address taken from the socket rather than X-Forwarded-For, the Content-Security-Policy on
// prefetches, HSTS on API and download responses behind HTTPS, and a hostile X-Forwarded-Proto on a download.
import { expect, test } from "@playwright/test";
import { ACCOUNTS, DEMO_PASSWORD, signIn, signInWithoutUi } from "./fixtures";

const EVIL = "http://evil.example";
// Another origin on the same site (ports do not make a site): SameSite=Lax cookies travel with its POSTs.
const SAME_SITE = "http://localhost:1";

// A page on another site that posts a text/plain form whose body is JSON (`name=value` with name `{"…":"` and
// value `"}`), the classic way round a JSON API without CORS.
function crossSiteFormPage(action: string, json: Record<string, string>): string {
  const text = JSON.stringify({ ...json, pad: "" });
  const name = text.slice(0, -2);
  return `<!doctype html><html><body>
    <form id="f" method="POST" enctype="text/plain" action="${action}">
      <input type="hidden" name='${name}' value='"}'>
    </form>
    <script>document.getElementById("f").submit()</script>
  </body></html>`;
}

test("a page on another site cannot sign the visitor in as the attacker (login CSRF)", async ({ page, baseURL }) => {
  await page.route(`${EVIL}/**`, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: crossSiteFormPage(`${baseURL}/api/v1/auth/login`, { email: ACCOUNTS.hanoiViewer, password: DEMO_PASSWORD }),
    }),
  );
  const answered = page.waitForResponse((r) => r.url().endsWith("/api/v1/auth/login"));
  await page.goto(`${EVIL}/login-csrf`);
  expect((await answered).status()).toBe(403);
  expect((await page.context().cookies()).some((c) => c.name.endsWith("authjs.session-token"))).toBe(false);
});

test("a text/plain form from another origin of the same site cannot create a plan with the signed-in victim's cookie", async ({
  page,
  baseURL,
}) => {
  await signInWithoutUi(page, ACCOUNTS.hanoi);
  await page.route(`${SAME_SITE}/**`, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: crossSiteFormPage(`${baseURL}/api/v1/plans`, {
        titleVi: "Kế hoạch giả mạo",
        periodStart: "2026-01-01",
        periodEnd: "2026-12-31",
      }),
    }),
  );
  const answered = page.waitForResponse((r) => r.url().endsWith("/api/v1/plans"));
  await page.goto(`${SAME_SITE}/csrf`);
  const response = await answered;
  expect(response.status()).toBe(403);
  expect(response.headers()["content-type"]).toContain("application/problem+json");
});

test("signing out ends the session on the server: a copied cookie stops working", async ({ page, playwright, baseURL }) => {
  await signIn(page, ACCOUNTS.culture);
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("authjs.session-token"))!;
  const copy = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Cookie: `${cookie.name}=${cookie.value}` } });
  expect((await copy.get("/api/v1/me")).status()).toBe(200);
  await page.getByRole("button", { name: "Đăng xuất" }).first().click();
  await page.waitForURL(/\/signin/);
  expect((await copy.get("/api/v1/me")).status()).toBe(401);
  await copy.dispose();
});

test("the audit trail records the socket address, not an X-Forwarded-For the client made up (no trusted proxy)", async ({
  page,
  playwright,
  baseURL,
}) => {
  const client = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { "X-Forwarded-For": "6.6.6.6", "User-Agent": "hardening-probe/1.0" },
  });
  expect((await client.post("/api/v1/auth/login", { data: { email: ACCOUNTS.hue, password: DEMO_PASSWORD } })).status()).toBe(200);
  await client.dispose();
  await signInWithoutUi(page, ACCOUNTS.steering);
  await page.goto(`/audit?entity=User&actorEmail=${encodeURIComponent(ACCOUNTS.hue)}`);
  const row = page.getByTestId("audit-row").filter({ hasText: "hardening-probe/1.0" }).first();
  await expect(row).toContainText(/127\.0\.0\.1|::1/);
  await expect(row).not.toContainText("6.6.6.6");
});

test("a prefetched page still carries its Content-Security-Policy", async ({ request }) => {
  const response = await request.get("/strategy", { headers: { "next-router-prefetch": "1", rsc: "1" } });
  expect(response.status()).toBeLessThan(400);
  expect(response.headers()["content-security-policy"]).toContain("script-src 'self' 'nonce-");
});

test("behind HTTPS, API and download responses carry HSTS; a hostile X-Forwarded-Proto is no server error", async ({
  playwright,
  baseURL,
}) => {
  const https = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-Proto": "https" } });
  expect((await https.get("/api/health")).headers()["strict-transport-security"]).toContain("max-age=");
  expect((await https.get("/api/v1/me")).headers()["strict-transport-security"]).toContain("max-age=");
  expect((await https.get("/plans/template", { maxRedirects: 0 })).headers()["strict-transport-security"]).toContain("max-age=");
  await https.dispose();

  const hostile = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-Proto": "javascript" } });
  const anonymous = await hostile.get("/plans/template", { maxRedirects: 0 });
  expect(anonymous.status()).toBe(303);
  expect(anonymous.headers().location).toMatch(/^\/signin\?/);
  const signedIn = await hostile.post("/api/v1/auth/login", { data: { email: ACCOUNTS.hanoi, password: DEMO_PASSWORD } });
  expect(signedIn.status()).toBe(200);
  expect((await hostile.get("/plans/template", { maxRedirects: 0 })).status()).toBeLessThan(500);
  await hostile.dispose();
});
