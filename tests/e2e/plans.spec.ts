import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, expectNoSeriousA11yViolations, signInWithoutUi } from "./fixtures";

async function addTaskThroughForm(page: Page, planUrl: string, task: { code: string; title: string; group: string; objective: string }) {
  await page.goto(planUrl);
  await page.getByTestId("new-task-link").click();
  await page.waitForLoadState("networkidle");
  const form = page.getByTestId("task-form");
  await form.locator("[name=code]").fill(task.code);
  await form.locator("[name=taskGroupCode]").selectOption(task.group);
  await form.locator("[name=titleVi]").fill(task.title);
  await form.locator(`input[name=objectiveCodes][value=${task.objective}]`).check();
  await form.locator("[name=startDate]").fill("01/03/2026");
  await form.locator("[name=dueDate]").fill("31/12/2026");
  await form.locator("[name=budgetVnd]").fill("1.500.000.000");
  await form.locator("[name=fundingSource]").selectOption("STATE_BUDGET");
  await page.getByTestId("task-save").click();
  await expect(page).toHaveURL(/\/plans\/[^/]+$/);
}

// Fills the downloaded template's first data row and returns the file.
async function filledTemplate(page: Page, planUrl: string): Promise<Buffer> {
  const response = await page.request.get("/plans/template");
  expect(response.status()).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await response.body()) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet("Nhiệm vụ")!;
  const headers = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => headers.set(String(cell.text), col));
  const column = (prefix: string) => [...headers].find(([text]) => text.startsWith(prefix))![1];
  const firstDataRow = 3; // row 2 holds hints
  const row = sheet.getRow(firstDataRow);
  row.getCell(column("Mã nhiệm vụ")).value = "NV-03";
  row.getCell(column("Tên nhiệm vụ (tiếng Việt)")).value = "Vận động UNESCO ghi danh hồ sơ di sản (nhập từ Excel)";
  row.getCell(column("Nhóm nhiệm vụ")).value = "TG4";
  row.getCell(column("Mục tiêu")).value = "SO4";
  row.getCell(column("Ngày bắt đầu")).value = "01/01/2026";
  row.getCell(column("Ngày hoàn thành")).value = "31/12/2027";
  row.getCell(column("Kinh phí")).value = 500_000_000;
  row.commit();
  void planUrl;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

// A signed copy as issued: the bytes are kept as they are, so the download must equal the upload.
const SIGNED_PDF = Buffer.from(
  "%PDF-1.7\n% bản đã ký số (kiểm thử)\n1 0 obj <<>> endobj\n/ByteRange [0 10 20 30] /Contents <3082>\n%%EOF\n",
);

async function sendAsLeader(page: Page, planUrl: string, signedCopy?: Buffer) {
  await page.context().clearCookies();
  await signInWithoutUi(page, ACCOUNTS.cultureLeader);
  await page.goto(planUrl);
  await expect(page.getByTestId("plan-status")).toContainText("Chờ lãnh đạo đơn vị");
  const form = page.getByTestId("send-plan-form");
  await expect(form.locator("[name=documentNumber]")).toHaveValue("12/KH-BVHTTDL");
  await form.locator("[name=signerName]").fill("Thứ trưởng Hồ An Phong (kiểm thử)");
  if (signedCopy)
    await form
      .locator("input[type=file]")
      .setInputFiles({ name: "12-KH-BVHTTDL-da-ky.pdf", mimeType: "application/pdf", buffer: signedCopy });
  await expectNoSeriousA11yViolations(page);
  await page.getByTestId("send-plan-submit").click();
  await expect(page).toHaveURL(new RegExp(`${planUrl}\\?notice=sent$`));
  await expect(page.getByTestId("plan-status")).toContainText("Đã gửi");
}

test("the Ministry of Culture's plan: drafted by the officer, sent by the leader with its signed copy, MOFA comments on a task, completed, sent again and recorded, then only progress changes", async ({
  page,
}) => {
  test.setTimeout(240_000);
  await signInWithoutUi(page, ACCOUNTS.culture);
  await page.goto("/plans/new");
  await page.waitForLoadState("networkidle");
  const planForm = page.getByTestId("plan-form");
  await planForm.locator("[name=title]").fill("Kế hoạch thực hiện Chiến lược Ngoại giao văn hóa năm 2026 (kiểm thử)");
  await planForm.locator("[name=periodStart]").fill("2026");
  await planForm.locator("[name=periodEnd]").fill("2026");
  await planForm.locator("[name=documentNumber]").fill("12/KH-BVHTTDL");
  await planForm.locator("[name=documentDate]").fill("15/03/2026");
  await page.getByTestId("plan-save").click();
  await expect(page).toHaveURL(/\/plans\/(?!new$)[^/]+$/);
  const planUrl = new URL(page.url()).pathname;
  await expect(page.getByTestId("plan-facts")).toContainText("12/KH-BVHTTDL");
  await expect(page.getByTestId("plan-facts")).toContainText("15/03/2026");
  await expect(page.getByTestId("plan-status")).toContainText("Dự thảo");

  await addTaskThroughForm(page, planUrl, {
    code: "NV-01",
    title: "Tổ chức Tuần Văn hóa Việt Nam tại Hàn Quốc",
    group: "TG1",
    objective: "SO1",
  });
  await addTaskThroughForm(page, planUrl, { code: "NV-02", title: "Quảng bá di sản trên nền tảng số", group: "TG3", objective: "SO3" });

  await page.goto(planUrl);
  await page
    .getByTestId("plan-import-form")
    .locator("input[type=file]")
    .setInputFiles({
      name: "ke-hoach.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: await filledTemplate(page, planUrl),
    });
  await page.getByTestId("plan-import-form").getByRole("button", { name: "Nhập nhiệm vụ" }).click();
  await expect(page.getByTestId("import-success")).toBeVisible();
  await page.goto(planUrl);
  const rows = page.getByTestId("task-row");
  await expect(rows).toHaveCount(3);
  await expectNoSeriousA11yViolations(page);

  // The officer submits the draft to the unit leader; the officer cannot send it alone.
  await page.getByTestId("submit-plan-open").click();
  await page.getByTestId("submit-plan-confirm").click();
  await expect(page.getByTestId("plan-status")).toContainText("Chờ lãnh đạo đơn vị");
  await expect(page.getByTestId("send-plan-form")).toHaveCount(0);

  // The leader sends it to MOFA with the issuing document and the signed copy.
  await sendAsLeader(page, planUrl, SIGNED_PDF);
  await expect(page.getByTestId("sent-note")).toContainText("Cục Ngoại vụ và Ngoại giao văn hóa");
  const signedCopy = page.getByTestId("signed-copy-link");
  await expect(signedCopy).toBeVisible();
  const download = await page.request.get((await signedCopy.getAttribute("href")) as string);
  expect(Buffer.from(await download.body()).equals(SIGNED_PDF)).toBe(true);

  // MOFA (the Steering Committee's standing body) asks for completion, with a comment on NV-02. A ministry's
  // plan is recorded, never approved: the form does not offer approval.
  await page.context().clearCookies();
  await signInWithoutUi(page, ACCOUNTS.steering);
  await page.goto("/review");
  await expect(page.getByRole("link", { name: /kiểm thử/ }).first()).toBeVisible();
  await page.goto(`${planUrl}/review`);
  const review = page.getByTestId("review-form");
  await expect(review.locator("input[name=decision][value=approve]")).toHaveCount(0);
  await review.getByLabel(/NV-02/).fill("Cần nêu rõ nền tảng số và đối tác thực hiện.");
  await review.locator("input[name=decision][value=comment]").check();
  await page.getByTestId("review-submit").click();
  await expect(page).toHaveURL(new RegExp(`${planUrl}(\\?.*)?$`));
  await expect(page.getByTestId("plan-status")).toContainText("Đề nghị bổ sung, hoàn thiện");

  // The officer sees the comment on the task, fixes it and submits to the leader again.
  await page.context().clearCookies();
  await signInWithoutUi(page, ACCOUNTS.culture);
  await page.goto(planUrl);
  await expect(page.getByTestId("returned-note")).toBeVisible();
  const nv02 = page.getByTestId("task-row").filter({ hasText: "NV-02" });
  await expect(nv02).toContainText("Cần nêu rõ nền tảng số");
  await nv02.getByRole("link").first().click();
  await page.getByTestId("edit-task-link").click();
  await page
    .getByTestId("task-form")
    .locator("[name=titleVi]")
    .fill("Quảng bá di sản trên nền tảng số quốc gia, phối hợp với các đài truyền hình");
  await page.getByTestId("task-save").click();
  await page.goto(planUrl);
  await page.getByTestId("submit-plan-open").click();
  await page.getByTestId("submit-plan-confirm").click();
  await sendAsLeader(page, planUrl);

  // Recorded by MOFA.
  await page.context().clearCookies();
  await signInWithoutUi(page, ACCOUNTS.steering);
  await page.goto(`${planUrl}/review`);
  // No version was recorded before, so the reviewer is told this is the first record.
  await expect(page.getByTestId("plan-changes-first")).toBeVisible();
  await page.getByTestId("review-form").locator("input[name=decision][value=record]").check();
  await page.getByTestId("review-submit").click();
  await expect(page.getByTestId("plan-status")).toContainText("Đã ghi nhận");
  await expect(page.getByTestId("submission-decision").first()).toContainText("Đã ghi nhận");

  // Afterwards the content is locked; progress can still be logged.
  await page.context().clearCookies();
  await signInWithoutUi(page, ACCOUNTS.culture);
  await page.goto(planUrl);
  await expect(page.getByTestId("edit-plan-link")).toHaveCount(0);
  await expect(page.getByTestId("new-task-link")).toHaveCount(0);
  await page.getByTestId("task-row").filter({ hasText: "NV-01" }).getByRole("link").first().click();
  await expect(page.getByTestId("edit-task-link")).toHaveCount(0);
  const progress = page.getByTestId("progress-form");
  await progress.locator("[name=status]").selectOption("IN_PROGRESS");
  await progress.locator("[name=progress]").fill("40");
  await progress.locator("[name=note]").fill("Đã ký thỏa thuận với đối tác Hàn Quốc");
  await page.getByTestId("progress-save").click();
  await expect(page.getByTestId("task-update-row").first()).toContainText("40");
  await expect(page.getByTestId("task-update-row").first()).toContainText("Đã ký thỏa thuận");
  await expectNoSeriousA11yViolations(page);
});

test("a task form error keeps what was typed and says what is wrong, in Vietnamese", async ({ page }) => {
  await signInWithoutUi(page, ACCOUNTS.hanoi);
  await page.goto("/plans/new");
  await page.waitForLoadState("networkidle");
  const planForm = page.getByTestId("plan-form");
  await planForm.locator("[name=title]").fill("Kế hoạch <b>thử</b>");
  await planForm.locator("[name=periodStart]").fill("2030");
  await planForm.locator("[name=periodEnd]").fill("2026");
  await page.getByTestId("plan-save").click();
  await expect(page.getByText("Không được nhập mã HTML", { exact: false }).first()).toBeVisible();
  await expect(planForm.locator("[name=title]")).toHaveValue("Kế hoạch <b>thử</b>");
  await expect(planForm.locator("[name=periodStart]")).toHaveValue("2030");
});
