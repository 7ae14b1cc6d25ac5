import { randomBytes, randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type APIRequestContext, type Page } from "@playwright/test";
import pg from "pg";
import { hashPassword } from "../../lib/security/password";
import { e2eDatabaseUrl } from "./support/e2e-database";

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

// Signs the page's browser context in without the sign-in page, where the page is not what the test checks: the
// portal's own password sign-in (POST /api/v1/auth/login) mints the same session cookie the sign-in form does,
// and `page.request` shares the context's cookies. The page stays where it was; the test navigates next.
export async function signInWithoutUi(page: Page, email: string, password = DEMO_PASSWORD) {
  try {
    await apiSignIn(page.request, email, password);
  } catch (error) {
    // The server closes an idle keep-alive socket that the page's request context may still pick for the next
    // call (seen after clearCookies under load): the request never reached it, so it is sent once more.
    if (!(error instanceof Error) || !error.message.includes("ECONNRESET")) throw error;
    await apiSignIn(page.request, email, password);
  }
}

export type Role = "ADMIN" | "STEERING_COMMITTEE" | "ORG_LEADER" | "ORG_EDITOR" | "ORG_VIEWER";
export type TestOrganization = { id: string; code: string; nameVi: string };
export type TestUser = { id: string; email: string; name: string; password: string; role: Role; organization: TestOrganization };

type TestFixtures = {
  // An organization of the test's own (a national body, so no province count or reporting obligation moves),
  // created in the e2e database on first use and deleted after the test.
  organization: TestOrganization;
  // Accounts of the test's own in that organization, active and with a known password (no first sign-in
  // change), deleted after the test with their sessions, tokens and sign-in attempts.
  createUser: (role: Role, options?: { name?: string }) => Promise<TestUser>;
};
type WorkerFixtures = { e2eDb: pg.Pool };

const unique = () => randomBytes(4).toString("hex");

// The fixture's second parameter is named `provide`, not Playwright's usual `use`, which React's hook rules
// would take for a hook. Specs that need data of their own import `test` from here; specs on the shared demo data may keep
// @playwright/test's. Fixtures write to the e2e database directly (no UI, no audit entry: setup, not behaviour).
export const test = base.extend<TestFixtures, WorkerFixtures>({
  e2eDb: [
    // Playwright reads a fixture's dependencies from its first parameter's destructuring: none here.
    async ({}, provide) => {
      const pool = new pg.Pool({ connectionString: e2eDatabaseUrl(), max: 2 });
      await provide(pool);
      await pool.end();
    },
    { scope: "worker" },
  ],
  organization: async ({ e2eDb }, provide) => {
    const suffix = unique().toUpperCase();
    const organization = { id: randomUUID(), code: `E2E${suffix}`, nameVi: `Đơn vị kiểm thử ${suffix}` };
    await e2eDb.query(`INSERT INTO "Organization" (id, code, kind, "nameVi", "updatedAt") VALUES ($1, $2, 'NATIONAL_BODY', $3, now())`, [
      organization.id,
      organization.code,
      organization.nameVi,
    ]);
    await provide(organization);
    // Rows the test made in the organization (plans, reports) keep it: it is then switched off instead.
    await e2eDb.query(`DELETE FROM "Organization" WHERE id = $1`, [organization.id]).catch(async () => {
      await e2eDb.query(`UPDATE "Organization" SET "isActive" = false WHERE id = $1`, [organization.id]);
    });
  },
  createUser: async ({ e2eDb, organization }, provide) => {
    const created: TestUser[] = [];
    await provide(async (role, options = {}) => {
      const suffix = unique();
      const user: TestUser = {
        id: randomUUID(),
        email: `e2e.${suffix}@example.vn`,
        name: options.name ?? `Người dùng kiểm thử ${suffix}`,
        password: `Kiem-thu-${suffix}-2030`,
        role,
        organization,
      };
      await e2eDb.query(
        `INSERT INTO "User" (id, email, name, "passwordHash", role, "organizationId", "updatedAt")
         VALUES ($1, $2, $3, $4, $5::"Role", $6, now())`,
        [user.id, user.email, user.name, await hashPassword(user.password), role, organization.id],
      );
      created.push(user);
      return user;
    });
    if (!created.length) return;
    const ids = created.map((u) => u.id);
    await e2eDb.query(`DELETE FROM "LoginAttempt" WHERE "userId" = ANY($1) OR email = ANY($2)`, [ids, created.map((u) => u.email)]);
    // Sessions, tokens, notifications and calendar feeds go with the user (ON DELETE CASCADE); authored rows
    // keep their text with the author set to null.
    await e2eDb.query(`DELETE FROM "User" WHERE id = ANY($1)`, [ids]).catch(async () => {
      await e2eDb.query(`UPDATE "User" SET "isActive" = false WHERE id = ANY($1)`, [ids]);
    });
  },
});

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
