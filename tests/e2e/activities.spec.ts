// The activities register, end to end: a mission abroad logs a Vietnam Culture Week with a co-organizing ministry;
// the ministry, typing the same week again, is shown the existing record and joins it instead of duplicating it;
// the count indicator counts it once, and the Steering Committee drills down from the number to the record. On the
// way the mission edits the record and uploads evidence, the ministry (a co-organizer) is offered no edit, and
// it records another activity through the Excel template round-trip, whose second import is refused as a duplicate.
import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, createAccount, signIn, signInWithoutUi } from "./fixtures";

const PASSWORD = "DaiSuQuan2026";
const TITLE = "Tuần Văn hóa Việt Nam tại Nhật Bản 2026 (e2e)";

async function createMissionEditor(page: Page): Promise<string> {
  const code = `CQDD-JP-${Date.now()}`;
  const email = `vanhoa.${code.toLowerCase()}@example.vn`;
  await signInWithoutUi(page, ACCOUNTS.admin);
  await page.goto("/admin/organizations/new");
  await page.getByRole("textbox", { name: "Mã (bắt buộc)" }).fill(code);
  await page.getByRole("combobox", { name: "Loại (bắt buộc)" }).selectOption("REPRESENTATIVE_MISSION");
  await page.getByRole("textbox", { name: "Tên tiếng Việt (bắt buộc)" }).fill("Đại sứ quán Việt Nam tại Nhật Bản (e2e)");
  await page.getByRole("button", { name: "Tạo cơ quan, đơn vị" }).click();
  await expect(page.getByText("Đã tạo cơ quan, đơn vị.")).toBeVisible();
  await page.goto("/admin/users/new");
  const temporary = await createAccount(page, {
    name: "Cán bộ văn hóa ĐSQ",
    email,
    role: "ORG_EDITOR",
    organization: `Đại sứ quán Việt Nam tại Nhật Bản (e2e) (${code})`,
  });
  await page.context().clearCookies();
  await signIn(page, email, temporary);
  await page.getByLabel("Mật khẩu hiện tại").fill(temporary);
  await page.getByLabel("Mật khẩu mới (ít nhất 10 ký tự, có chữ và số)").fill(PASSWORD);
  await page.getByLabel("Nhập lại mật khẩu mới").fill(PASSWORD);
  await page.getByRole("button", { name: "Lưu" }).click();
  await expect(page).toHaveURL(/\/workspace/);
  return email;
}

const EVIDENCE_PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
);
const IMPORTED_TITLE = `Lễ hội Áo dài Việt Nam tại Milano (e2e ${Date.now()})`;

// The downloaded activity template with one festival typed in from row 3 (row 2 keeps the hints).
async function filledActivityTemplate(page: Page): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("activity-template-link").click()]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.getWorksheet("Hoạt động")!;
  const headers = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => headers.set(cell.text, col));
  const row = sheet.getRow(3);
  const set = (header: string, value: string | number) => (row.getCell(headers.get(header)!).value = value);
  set("Tên hoạt động (tiếng Việt)", IMPORTED_TITLE);
  set("Loại hoạt động", "FESTIVAL");
  set("Tình trạng", "HELD");
  set("Ngày bắt đầu", "12/09/2026");
  set("Ngày kết thúc", "14/09/2026");
  set("Quốc gia", "IT");
  set("Thành phố", "Milano");
  set("Nhóm nhiệm vụ", "TG3");
  set("Số người tham dự", 800);
  row.commit();
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function fillActivity(page: Page, title: string, coOrganizers: string) {
  await page.getByLabel("Tên hoạt động (tiếng Việt)").fill(title);
  await page.getByLabel("Loại hoạt động").selectOption("CULTURE_DAYS_ABROAD");
  await page.getByLabel("Tình trạng").selectOption("HELD");
  await page.getByLabel("Ngày bắt đầu").fill("05/10/2026");
  await page.getByLabel("Ngày kết thúc").fill("11/10/2026");
  await page.getByLabel("Quốc gia (mã ISO 2 chữ cái)").fill("JP");
  await page.getByLabel("Thành phố").first().fill("Tokyo");
  await page.getByLabel("Cơ quan phối hợp (mã, cách nhau bởi dấu phẩy)").fill(coOrganizers);
  await page.getByLabel("Nhóm nhiệm vụ (mã nhóm, cách nhau bởi dấu phẩy)").fill("TG3");
}

test("a mission logs a culture week, the ministry joins it, the count sees it once and drills down to it", async ({ page }) => {
  test.setTimeout(150_000);
  const mission = await createMissionEditor(page);

  // The mission records the week, held, with the Ministry of Culture, Sports and Tourism as co-organizer.
  await page.goto("/activities/new");
  await fillActivity(page, TITLE, "BVHTTDL");
  await page.getByRole("button", { name: "Ghi nhận", exact: true }).click();
  await expect(page).toHaveURL(/\/activities\/c[a-z0-9]+$/);
  const recordUrl = new URL(page.url()).pathname;
  await expect(page.getByTestId("activity-facts")).toContainText("Bộ Văn hóa, Thể thao và Du lịch");

  // The mission corrects the number of participants from the edit form (prefilled from the record).
  await page.getByRole("link", { name: "Sửa thông tin hoạt động" }).click();
  await expect(page.getByLabel("Tên hoạt động (tiếng Việt)")).toHaveValue(TITLE);
  await expect(page.getByLabel("Ngày bắt đầu")).toHaveValue("05/10/2026");
  await page.getByLabel("Số người tham dự").fill("12.000");
  await page.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(page).toHaveURL(new RegExp(`${recordUrl}\\?notice=updated$`));
  await expect(page.getByText("Đã lưu thay đổi của hoạt động.")).toBeVisible();
  await expect(page.getByTestId("activity-facts")).toContainText("12.000");

  // Evidence: a PDF report of the week, checked by content, listed with a download link.
  await page
    .getByTestId("activity-evidence-file-form")
    .getByLabel("Tệp minh chứng")
    .setInputFiles({ name: "bao-cao-tuan-van-hoa.pdf", mimeType: "application/pdf", buffer: EVIDENCE_PDF });
  await page.getByRole("button", { name: "Tải lên tệp minh chứng" }).click();
  const evidence = page.getByTestId("activity-evidence").getByRole("link", { name: "Tải xuống bao-cao-tuan-van-hoa.pdf" });
  await expect(evidence).toBeVisible();
  const stored = await page.request.get((await evidence.getAttribute("href")) as string);
  expect(Buffer.from(await stored.body()).equals(EVIDENCE_PDF)).toBe(true);

  // The ministry types the same week without diacritics: the portal shows the existing record, keeps the input,
  // and the ministry joins it.
  await page.context().clearCookies();
  await signInWithoutUi(page, ACCOUNTS.culture);
  await page.goto("/activities/new");
  await fillActivity(page, "Tuan Van hoa Viet Nam tai Nhat Ban 2026 (e2e)", "");
  await page.getByRole("button", { name: "Ghi nhận", exact: true }).click();
  const proposals = page.getByTestId("activity-duplicates");
  await expect(proposals).toContainText(TITLE);
  await expect(page.getByLabel("Tên hoạt động (tiếng Việt)")).toHaveValue("Tuan Van hoa Viet Nam tai Nhat Ban 2026 (e2e)");
  await proposals.getByRole("button", { name: "Tham gia hoạt động này" }).first().click();
  await expect(page).toHaveURL(new RegExp(`${recordUrl}$`));
  // A co-organizer adds evidence but is offered no edit of the core fields (and the edit page is not found).
  await expect(page.getByTestId("activity-evidence-file-form")).toBeVisible();
  await expect(page.getByRole("link", { name: "Sửa thông tin hoạt động" })).toHaveCount(0);
  expect((await page.request.get(`${recordUrl}/edit`)).status()).toBe(404);

  // The ministry records a festival through the Excel template; importing the same file again is refused,
  // the report naming the activity already recorded.
  await page.goto("/activities/import");
  const spreadsheet = await filledActivityTemplate(page);
  const upload = async () => {
    await page.getByTestId("activity-import-form").locator("input[type=file]").setInputFiles({
      name: "hoat-dong.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: spreadsheet,
    });
    await page.getByRole("button", { name: "Nhập hoạt động" }).click();
  };
  await upload();
  await expect(page.getByTestId("import-success")).toContainText("Đã nhập 1 hoạt động.");
  await page.reload();
  await upload();
  await expect(page.getByTestId("import-invalid")).toContainText("chưa nhập hoạt động nào");
  await expect(page.getByTestId("import-report")).toContainText(`“${IMPORTED_TITLE}” (Bộ Văn hóa, Thể thao và Du lịch`);

  // The Steering Committee: the 2026 count of events abroad includes the week once; its number opens the list.
  await page.context().clearCookies();
  await signInWithoutUi(page, ACCOUNTS.steering);
  await page.goto("/activities/counts");
  const cell = page.getByTestId("count-EVENTS_ABROAD").getByRole("link", { name: /, năm 2026$/ });
  const counted = Number((await cell.textContent())!.replace(/\D/g, ""));
  expect(counted).toBeGreaterThanOrEqual(1);
  await cell.click();
  await expect(page).toHaveURL(/indicator=EVENTS_ABROAD/);
  await expect(page.getByTestId("activity-count")).toContainText(`${counted} hoạt động`);
  const rows = page.getByTestId("activity-row").filter({ hasText: TITLE });
  await expect(rows).toHaveCount(1);
  await rows.getByRole("link", { name: TITLE }).click();
  await expect(page).toHaveURL(new RegExp(`${recordUrl}$`));
  await expect(page.getByTestId("activity-facts")).toContainText("Bộ Văn hóa, Thể thao và Du lịch");
  expect(mission).toContain("@example.vn");
});
