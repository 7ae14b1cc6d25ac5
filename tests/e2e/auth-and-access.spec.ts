import { expect } from "@playwright/test";
import { ACCOUNTS, apiSignIn, expectNoSeriousA11yViolations, signIn, signInWithoutUi, test } from "./fixtures";

test.describe("sign-in lands each role on its home page", () => {
  const homes = [
    { email: ACCOUNTS.admin, path: "/admin" },
    { email: ACCOUNTS.steering, path: "/dashboard" },
    { email: ACCOUNTS.culture, path: "/workspace", organization: /Văn hóa, Thể thao và Du lịch/ },
    { email: ACCOUNTS.hanoi, path: "/workspace", organization: /Hà Nội/ },
    { email: ACCOUNTS.hue, path: "/workspace", organization: /Huế/ },
  ];
  for (const { email, path, organization } of homes) {
    test(`${email} → ${path}`, async ({ page }) => {
      await signIn(page, email);
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await expect(page.getByTestId("user-menu")).toBeVisible();
      if (organization) await expect(page.getByTestId("workspace-organization")).toHaveText(organization);
      await expectNoSeriousA11yViolations(page);
    });
  }

  test("a wrong password is refused without saying whether the account exists", async ({ page }) => {
    await signIn(page, ACCOUNTS.hanoi, "wrong-password-1");
    await expect(page.getByTestId("signin-error")).toHaveText("E-mail hoặc mật khẩu không đúng.");
    await expect(page.getByLabel("E-mail")).toHaveValue(ACCOUNTS.hanoi);
    await signIn(page, "nobody-here@example.vn", "wrong-password-1");
    await expect(page.getByTestId("signin-error")).toHaveText("E-mail hoặc mật khẩu không đúng.");
  });

  test("signing out ends the session", async ({ page }) => {
    await signIn(page, ACCOUNTS.hanoi);
    await expect(page).toHaveURL(/\/workspace$/);
    await page.getByRole("button", { name: "Đăng xuất" }).click();
    await expect(page).toHaveURL(/\/signin/);
    await page.goto("/workspace");
    await expect(page).toHaveURL(/\/signin/);
  });
});

test.describe("organization scoping", () => {
  test("a Hà Nội user cannot open or fetch a Huế plan, and nothing changes", async ({ page, playwright, baseURL }) => {
    const steering = await playwright.request.newContext({ baseURL });
    await apiSignIn(steering, ACCOUNTS.steering);
    const all = await (await steering.get("/api/v1/plans?limit=200")).json();
    const huePlan = all.plans.find((p: { organization: { nameVi: string } }) => /Huế/.test(p.organization.nameVi));
    expect(huePlan, "the demo data has a Huế plan").toBeTruthy();

    await signIn(page, ACCOUNTS.hanoi);
    await expect(page).toHaveURL(/\/workspace$/);
    const response = await page.goto(`/plans/${huePlan.id}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
    await expect(page.getByText(huePlan.title)).toHaveCount(0);

    const api = await page.request.get(`/api/v1/plans/${huePlan.id}`);
    expect(api.status()).toBe(404);
    expect(api.headers()["content-type"]).toContain("application/problem+json");
    expect(JSON.stringify(await api.json())).not.toContain(huePlan.title);

    const list = await (await page.request.get("/api/v1/plans?limit=200")).json();
    expect(list.plans.every((p: { organization: { nameVi: string } }) => /Hà Nội/.test(p.organization.nameVi))).toBe(true);

    const after = await (await steering.get(`/api/v1/plans/${huePlan.id}`)).json();
    expect(after).toEqual(huePlan);
    await steering.dispose();
  });

  test("unauthenticated API calls get 401 problem+json", async ({ playwright, baseURL }) => {
    const anonymous = await playwright.request.newContext({ baseURL });
    const response = await anonymous.get("/api/v1/me");
    expect(response.status()).toBe(401);
    expect(response.headers()["content-type"]).toContain("application/problem+json");
    await anonymous.dispose();
  });
});

test.describe("personal API tokens", () => {
  test("create, use, revoke; the audit trail names the actor", async ({ page, playwright, baseURL }) => {
    await signInWithoutUi(page, ACCOUNTS.culture);
    await page.goto("/account");
    await page.getByLabel("Tên gợi nhớ").fill("Hệ thống báo cáo của Bộ");
    await page.getByRole("button", { name: "Tạo mã" }).click();
    const token = (await page.getByTestId("new-token").textContent())!.trim();
    expect(token).toMatch(/^ngvh_/);

    const client = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
    const me = await client.get("/api/v1/me");
    expect(me.status()).toBe(200);
    expect(await me.json()).toMatchObject({ email: ACCOUNTS.culture, role: "ORG_EDITOR", authenticatedVia: "token" });

    await page.reload();
    const row = page.getByTestId("token-row").filter({ hasText: "Hệ thống báo cáo của Bộ" });
    await row.getByRole("button", { name: "Thu hồi" }).click();
    await page.getByRole("button", { name: "Xác nhận thu hồi" }).click();
    await expect(row).toContainText("Đã thu hồi");
    expect((await client.get("/api/v1/me")).status()).toBe(401);
    await client.dispose();

    // The Steering Committee sees both writes in the audit trail, with the right actor.
    await page.context().clearCookies();
    await signInWithoutUi(page, ACCOUNTS.steering);
    await page.goto(`/audit?entity=ApiToken&actorEmail=${encodeURIComponent(ACCOUNTS.culture)}`);
    const rows = page.getByTestId("audit-row");
    await expect(rows).toHaveCount(2);
    for (const row of await rows.all()) await expect(row).toContainText(ACCOUNTS.culture);
    await expectNoSeriousA11yViolations(page);
  });
});

test.describe("brute-force lockout", () => {
  test("five failures lock the account for 15 minutes, on the page and on the API (429)", async ({
    page,
    playwright,
    baseURL,
    createUser,
  }) => {
    // An account of the test's own: locking a shared demo account would shut it out of every other spec.
    const { email, password } = await createUser("ORG_VIEWER");
    for (let i = 0; i < 5; i++) {
      await signIn(page, email, `wrong-${i}-password`);
      await expect(page.getByTestId("signin-error")).toBeVisible();
    }
    await signIn(page, email, password);
    await expect(page.getByTestId("signin-error")).toContainText("tạm thời bị khóa");
    await expect(page).toHaveURL(/\/signin/);

    const api = await playwright.request.newContext({ baseURL });
    const response = await api.post("/api/v1/auth/login", { data: { email, password } });
    expect(response.status()).toBe(429);
    expect(Number(response.headers()["retry-after"])).toBeGreaterThan(0);
    // The same answer for an address with no account after five failures: nothing reveals which exist.
    for (let i = 0; i < 5; i++) await api.post("/api/v1/auth/login", { data: { email: "ghost@example.vn", password: "x" } });
    expect((await api.post("/api/v1/auth/login", { data: { email: "ghost@example.vn", password: "x" } })).status()).toBe(429);
    await api.dispose();
  });
});
