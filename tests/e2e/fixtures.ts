import AxeBuilder from "@axe-core/playwright";
import { expect, type APIRequestContext, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Demo@2030";

export const ACCOUNTS = {
  admin: "admin@example.vn",
  steering: "bcd@example.vn",
  culture: "bvhttdl@example.vn",
  cultureLeader: "lanhdao.bvhttdl@example.vn",
  hanoi: "songoaivu.hanoi@example.vn",
  hanoiLeader: "lanhdao.hanoi@example.vn",
  hue: "songoaivu.hue@example.vn",
  hanoiViewer: "xem.hanoi@example.vn",
} as const;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/signin");
  await page.getByLabel(/E-mail/).fill(email);
  await page.getByLabel(/Mật khẩu|Password/).fill(password);
  await page.getByRole("button", { name: /Đăng nhập|Sign in/ }).click();
  // Settled: either the user left the sign-in page or the form shows why not.
  await Promise.race([
    page.waitForURL((url) => !url.pathname.startsWith("/signin")),
    page.getByTestId("signin-error").waitFor(),
    page.locator("[aria-invalid=true]").first().waitFor(),
  ]);
}

// An API session for the given account (cookie stored in the request context).
export async function apiSignIn(request: APIRequestContext, email: string, password = DEMO_PASSWORD) {
  const response = await request.post("/api/v1/auth/login", { data: { email, password } });
  expect(response.status(), await response.text()).toBe(200);
}

// Fills the administrator's new-account form (the administrator is signed in on the page) and answers the
// temporary password it shows.
export async function createAccount(page: Page, account: { name: string; email: string; role: string; organization: string }) {
  await page.getByLabel("Họ và tên").fill(account.name);
  await page.getByLabel("E-mail").fill(account.email);
  await page.getByLabel("Vai trò").selectOption(account.role);
  await page.getByLabel("Cơ quan, đơn vị").selectOption({ label: account.organization });
  await page.getByRole("button", { name: "Tạo tài khoản" }).click();
  return (await page.getByTestId("temporary-password").textContent())!.trim();
}

// Fails on serious or critical accessibility violations, listing them.
export async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")})`,
    ),
  ).toEqual([]);
}
