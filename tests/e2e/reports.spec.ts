import { SMTPServer } from "smtp-server";
import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, apiSignIn, expectNoSeriousA11yViolations, signInWithoutUi } from "./fixtures";

// Captures the portal's reminder e-mails (the e2e server's SMTP_URL points here).
const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2526);
const received: { to: string[]; raw: string }[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  onData(stream, session, callback) {
    let raw = "";
    stream.on("data", (chunk) => (raw += chunk));
    stream.on("end", () => {
      received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
      callback();
    });
  },
});

test.beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(SMTP_PORT, "127.0.0.1", resolve));
});
test.afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

const SECTIONS = {
  resultsAchieved: "Tổ chức Ngày Văn hóa Việt Nam tại Hàn Quốc; đón 12 đoàn khách quốc tế.",
  limitations: "Kinh phí hạn chế.",
  proposals: "Đề nghị Bộ Ngoại giao hỗ trợ kết nối đối tác.",
  nextPeriodTasks: "Chuẩn bị hồ sơ đề cử UNESCO.",
};

const SECTION_TEST_IDS: readonly (string | null)[] = Object.keys(SECTIONS).map((section) => `section-${section}`);

async function fillSections(page: Page) {
  for (const [section, text] of Object.entries(SECTIONS)) await page.locator(`[name="section:${section}"]`).fill(text);
}

// The sections in the order of practice ("Phương hướng, nhiệm vụ kỳ tới" before "Đề xuất, kiến nghị"), on the
// form and on the sent report's page alike.
async function expectSectionOrder(page: Page) {
  const names = await page.locator("[data-testid^=section-]").evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-testid")));
  expect(names.filter((name) => SECTION_TEST_IDS.includes(name))).toEqual([
    "section-resultsAchieved",
    "section-limitations",
    "section-nextPeriodTasks",
    "section-proposals",
  ]);
  await expect(page.getByTestId("section-nextPeriodTasks")).toContainText("Phương hướng, nhiệm vụ kỳ tới");
  await expect(page.getByTestId("section-proposals")).toContainText("Đề xuất, kiến nghị");
}

async function sendAsLeader(page: Page, reportUrl: string) {
  await page.context().clearCookies();
  await signInWithoutUi(page, ACCOUNTS.hanoiLeader);
  await page.goto(reportUrl);
  await page.getByTestId("report-submit-open").click();
  await page.getByTestId("report-submit-confirm").click();
  await expect(page.getByTestId("report-facts")).toContainText("Đã gửi");
}

test("Hà Nội's first-half 2026 report: drafted by the officer, sent by the leader, sent back for completion of one section, completed, received; compliance and task status show it", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signInWithoutUi(page, ACCOUNTS.hanoi);
  await page.goto("/reports");
  const h1 = page.locator('[data-testid=own-period-row][data-period="SEMIANNUAL-2026-1"]');
  await h1.getByTestId("open-report").click();
  await expect(page).toHaveURL(/\/reports\/[^/]+$/);
  const reportUrl = new URL(page.url()).pathname;
  await page.waitForLoadState("networkidle");
  await expectNoSeriousA11yViolations(page);

  await expectSectionOrder(page);
  await fillSections(page);
  const rows = page.getByTestId("report-task-row");
  const rowCount = await rows.count();
  expect(rowCount).toBeGreaterThan(0);
  // The first row's task id, from its field names (task:<id>:status).
  const firstTaskId = (await rows.first().locator('select[name$=":status"]').getAttribute("name"))!.split(":")[1];
  for (let i = 0; i < rowCount; i++) {
    const row = rows.nth(i);
    if (i === 0) {
      await row.locator('select[name$=":status"]').selectOption("COMPLETED");
      await row.locator('[name$=":progress"]').fill("100");
    }
    await row.locator('[name$=":resultAchieved"]').fill(`Kết quả nhiệm vụ ${i + 1}`);
  }
  await page.locator('[name="indicator:IND_EVENTS_ABROAD:value"]').fill("3");
  await page.getByTestId("report-save").click();
  await expect(page.getByTestId("report-notice")).toBeVisible();
  // The officer cannot send the report alone: the unit leader sends it.
  await expect(page.getByTestId("report-submit-open")).toHaveCount(0);
  await expect(page.getByTestId("leader-sends-note")).toBeVisible();
  await sendAsLeader(page, reportUrl);
  await expectSectionOrder(page);

  // MOFA sends the "limitations" section back for completion.
  await page.context().clearCookies();
  await signInWithoutUi(page, ACCOUNTS.steering);
  await page.goto("/reports/review");
  await expect(page.getByTestId("report-queue-row").filter({ hasText: "Hà Nội" }).first()).toBeVisible();
  await page.goto(`${reportUrl}/review`);
  await page.locator('[name="reason:section:limitations"]').fill("Cần nêu rõ nguyên nhân của hạn chế về kinh phí.");
  await page.locator("input[name=decision][value=return]").check();
  await page.getByTestId("report-review-submit").click();
  await expect(page).toHaveURL(new RegExp(`${reportUrl}(\\?.*)?$`));

  // Only that section reopens; the officer completes it, the leader sends it again.
  await page.context().clearCookies();
  await signInWithoutUi(page, ACCOUNTS.hanoi);
  await page.goto(reportUrl);
  await expect(page.getByTestId("report-facts")).toContainText("Đề nghị bổ sung, hoàn thiện");
  await expect(page.getByTestId("return-reason").first()).toContainText("nguyên nhân");
  await expect(page.locator('[name="section:proposals"]')).toHaveCount(0);
  await page.locator('[name="section:limitations"]').fill("Kinh phí hạn chế do điều chỉnh dự toán năm 2026.");
  await page.getByTestId("report-save").click();
  await expect(page.getByTestId("report-notice")).toBeVisible();
  await sendAsLeader(page, reportUrl);

  // Received, with the visible diff between the two versions.
  await page.context().clearCookies();
  await signInWithoutUi(page, ACCOUNTS.steering);
  await page.goto(`${reportUrl}/review`);
  await expect(page.getByTestId("report-diff")).toContainText("do điều chỉnh dự toán");
  await page.locator("input[name=decision][value=accept]").check();
  await page.getByTestId("report-review-submit").click();
  await expect(page.getByTestId("report-facts")).toContainText("Đã tiếp nhận");
  await expect(page.getByTestId("report-events")).toContainText("Đề nghị bổ sung, hoàn thiện");

  // The compliance view and the task status show it.
  await page.goto("/compliance?kind=SEMIANNUAL");
  const hanoi = page.getByTestId("compliance-row").filter({ hasText: "Hà Nội" }).first();
  await expect(
    hanoi
      .getByRole("link")
      .filter({ hasText: /Gửi chậm|Gửi đúng hạn/ })
      .first(),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.goto(`/tasks/${firstTaskId}`);
  await expect(page.getByText("Hoàn thành").first()).toBeVisible();
  await expect(page.getByTestId("task-update-row").first()).toContainText("100");
});

test("an organization that is late receives a reminder e-mail and an in-app notification", async ({ page, playwright, baseURL }) => {
  const steering = await playwright.request.newContext({ baseURL });
  await apiSignIn(steering, ACCOUNTS.steering);
  const run = await steering.post("/api/v1/reminders/run");
  expect(run.status(), await run.text()).toBe(200);
  await expect.poll(() => received.filter((m) => m.to.includes(ACCOUNTS.hue)).length, { timeout: 15_000 }).toBeGreaterThan(0);
  const mail = received.find((m) => m.to.includes(ACCOUNTS.hue))!;
  expect(mail.raw).toMatch(/^Subject: .*(NGVH|=\?UTF-8\?)/im);
  await steering.dispose();

  await signInWithoutUi(page, ACCOUNTS.hue);
  await page.goto("/notifications");
  await expect(page.getByRole("main")).toContainText(/quá hạn|Quá hạn/);
  await expectNoSeriousA11yViolations(page);
});
