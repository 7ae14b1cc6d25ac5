import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// End-to-end tests run in Chromium against a production build served by the real launcher (embedded
// PostgreSQL in its own data directory, wiped before each run, demo data seeded).
// E2E_BASE_URL points the tests at a portal that is already running (quick local iterations; note that
// the tests change its data). Without it, the tests start their own.
const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = process.env.E2E_BASE_URL ?? `http://localhost:${port}`;

// Playwright cannot download its browser here: use Debian's Chromium unless told otherwise.
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

const chromium = { ...devices["Desktop Chrome"] };

// Spec files run in parallel on two workers (measured on 2 cores: README, "Tests"); the tests of one file run in
// order in one worker. Specs set themselves apart by what they need, never by a list here: a test tagged
// `@exclusive` (it changes what every other spec sees, e.g. renames a table, or runs a second portal whose
// timings a busy machine would spoil) runs in the "exclusive" project, one at a time, after every other spec.
// A spec whose tests depend on each other says so with `test.describe.configure({ mode: "serial" })`.
export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "chromium", use: chromium, grepInvert: /@exclusive/ },
    // Runs once the parallel project has finished (if it failed, these are reported as not run).
    { name: "exclusive", use: chromium, grep: /@exclusive/, dependencies: ["chromium"], workers: 1 },
  ],
  webServer: process.env.E2E_BASE_URL
    ? undefined
    : {
        command: "rm -rf .data/e2e && exec node_modules/.bin/tsx scripts/start.ts",
        url: `${baseURL}/api/health`,
        // The first run builds the production bundle: minutes on two busy cores.
        timeout: 900_000,
        reuseExistingServer: false,
        stdout: "pipe",
        stderr: "pipe",
        env: {
          PORT: String(port),
          PORTAL_DATA_DIR: ".data/e2e",
          DEMO_MODE: "true",
          DATABASE_URL: "",
          PORTAL_UPLOAD_DIR: ".data/e2e/uploads",
          // Reminders are triggered by the tests themselves (the outbox page), not by the schedule.
          DISABLE_SCHEDULER: "true",
          // Reminder e-mails go to a test SMTP server that tests/e2e/reports.spec.ts listens with.
          SMTP_URL: `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT ?? 2526}`,
          // Wide enough that some period is always overdue, whatever today's date.
          REMINDER_OVERDUE_DAYS: "400",
        },
      },
});
