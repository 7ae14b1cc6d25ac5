import { expect, test } from "@playwright/test";
import { ACCOUNTS, apiSignIn, expectNoSeriousA11yViolations, signInWithoutUi } from "./fixtures";

test("the Steering Committee reads the overview, filters by province kind, drills from an objective to a report row, and exports the PDF brief", async ({
  page,
  playwright,
  baseURL,
}) => {
  test.setTimeout(180_000);
  // Evidence to drill down to: Hà Nội files its 2025 annual report through the API (its unit leader sends it).
  const hanoi = await playwright.request.newContext({ baseURL });
  await apiSignIn(hanoi, ACCOUNTS.hanoiLeader);
  const periods = await (await hanoi.get("/api/v1/reporting-periods?kind=ANNUAL&year=2025")).json();
  const opened = await hanoi.post("/api/v1/reports", { data: { periodId: periods.periods[0].id } });
  expect(opened.status(), await opened.text()).toBeLessThan(300);
  const report = await opened.json();
  const taskRows = report.taskRows as { taskId: string; code: string; status: string; progress: number }[];
  expect(taskRows.length).toBeGreaterThan(0);
  const saved = await hanoi.put(`/api/v1/reports/${report.report.id}`, {
    data: {
      version: report.report.version,
      sections: { resultsAchieved: "Kết quả năm 2025", limitations: "Hạn chế", proposals: "Đề xuất", nextPeriodTasks: "Nhiệm vụ 2026" },
      taskRows: taskRows.map((r) => ({ taskId: r.taskId, status: r.status, progress: r.progress, resultAchieved: `Kết quả ${r.code}` })),
    },
  });
  expect(saved.status(), await saved.text()).toBe(200);
  const submitted = await hanoi.post(`/api/v1/reports/${report.report.id}/submit`, {
    data: { version: (await saved.json()).report.version },
  });
  expect(submitted.status(), await submitted.text()).toBe(200);
  const firstTask = await (await hanoi.get(`/api/v1/tasks/${taskRows[0]!.taskId}`)).json();
  const objective = firstTask.objectiveCodes[0] as string;
  await hanoi.dispose();

  await signInWithoutUi(page, ACCOUNTS.steering);
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByTestId("widget-skeleton")).toHaveCount(0, { timeout: 30_000 });
  await expectNoSeriousA11yViolations(page);

  await page.locator("select[name=orgKind]").selectOption("provinces");
  await page.getByRole("button", { name: "Áp dụng" }).first().click();
  await expect(page).toHaveURL(/orgKind=provinces/);
  await expect(page.getByTestId("filter-summary")).toBeVisible();

  // Objective → its tasks → the report row that is the evidence.
  await page.goto(`/objectives/${objective}`);
  const taskRow = page.getByTestId(`objective-task-${taskRows[0]!.code}`).first();
  await expect(taskRow).toBeVisible();
  await taskRow.locator(`a[href="/reports/${report.report.id}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/reports/${report.report.id}$`));
  await expect(page.locator(`[data-testid=report-task-row][data-task-code="${taskRows[0]!.code}"]`)).toContainText(
    `Kết quả ${taskRows[0]!.code}`,
  );

  const pdf = await page.request.get("/dashboard/export.pdf?orgKind=provinces");
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toContain("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
});

test("the dashboard summary API answers the Steering Committee and refuses organization staff", async ({ playwright, baseURL }) => {
  const steering = await playwright.request.newContext({ baseURL });
  await apiSignIn(steering, ACCOUNTS.steering);
  const summary = await steering.get("/api/v1/dashboard/summary?orgKind=provinces");
  expect(summary.status()).toBe(200);
  const staff = await playwright.request.newContext({ baseURL });
  await apiSignIn(staff, ACCOUNTS.hue);
  expect((await staff.get("/api/v1/dashboard/summary")).status()).toBe(403);
  await steering.dispose();
  await staff.dispose();
});

test("the overview draws its charts as they come into view and summarizes plan coverage in a bounded form", async ({ page }) => {
  test.setTimeout(120_000);
  await signInWithoutUi(page, ACCOUNTS.steering);
  // Without JavaScript every number is one link away: the overview links each chart to the tables view, whose
  // HTML holds the data tables; no chart has been drawn on the server.
  const html = await (await page.request.get("/dashboard")).text();
  expect(html).toContain('href="/dashboard?tables=1#completion"');
  expect(html).not.toContain('data-testid="completion-objective-total"');
  const tables = await (await page.request.get("/dashboard?tables=1")).text();
  expect(tables).toContain('data-testid="completion-objective-total"');
  expect(tables).not.toContain("recharts-surface");

  await page.goto("/dashboard");
  await expect(page.getByTestId("widget-skeleton")).toHaveCount(0, { timeout: 30_000 });
  // The first chart is in view and draws; the trend chart further down waits, in a box of its final height.
  await expect(page.getByTestId("indicator-status-chart").locator(".recharts-surface")).toBeVisible();
  const trend = page.getByTestId("timeliness-trend-chart");
  await expect(trend.locator("[data-plot]")).toHaveAttribute("data-plot", "deferred");
  await expect(trend.locator(".recharts-surface")).toHaveCount(0);
  const before = await trend.boundingBox();
  await trend.scrollIntoViewIfNeeded();
  await expect(trend.locator(".recharts-surface")).toBeVisible();
  expect((await trend.boundingBox())?.height).toBe(before?.height);

  // Plan coverage: counts per kind of organization that add up to the total, at most ten organizations
  // furthest behind, and the way to the full, paginated list.
  const coverage = page.locator("#coverage");
  const digits = (text: string | null) => Number((text ?? "").replace(/\D/g, ""));
  const total = digits(await coverage.getByTestId("coverage-organizations").textContent());
  expect(total).toBeGreaterThan(0);
  const groupRows = coverage.locator('[data-testid^="coverage-group-"]');
  expect(await groupRows.count()).toBeGreaterThan(0);
  const groupCounts = await groupRows.locator("td:first-of-type").allTextContents();
  expect(groupCounts.reduce((sum, text) => sum + digits(text), 0)).toBe(total);
  const behind = await coverage.locator('[data-testid^="coverage-behind-"]').count();
  expect(behind).toBeGreaterThan(0);
  expect(behind).toBeLessThanOrEqual(10);
  await expect(coverage.getByTestId("coverage-objective-SO1")).toBeVisible();
  await coverage.getByTestId("coverage-all-link").click();
  await expect(page).toHaveURL(/\/dashboard\/organizations\?sort=plan&dir=desc$/);
  await expect(page.getByTestId("scorecard-count")).toContainText(String(total));
});
