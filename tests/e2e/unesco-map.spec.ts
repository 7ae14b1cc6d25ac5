// The UNESCO board shows the seeded titles; the world map renders on the server, a country with activities is
// a keyboard-reachable link named with its count, and Enter leads to that country's activities.
import { expect, test } from "@playwright/test";
import { ACCOUNTS, signInWithoutUi } from "./fixtures";

test("the UNESCO pipeline board shows the seeded dossiers, and the table view the same files", async ({ page }) => {
  await signInWithoutUi(page, ACCOUNTS.hanoi);
  await page.goto("/unesco");
  const board = page.getByTestId("unesco-board");
  await expect(board.getByRole("heading", { name: /Được ghi danh/ })).toBeVisible();
  await expect(board.getByRole("link", { name: "Quần thể di tích Cố đô Huế" })).toBeVisible();
  await page.getByRole("link", { name: "Xem dạng danh sách" }).click();
  await expect(page.getByRole("table", { name: "Danh sách hồ sơ" }).getByRole("link", { name: "Dân ca Quan họ Bắc Ninh" })).toBeVisible();
  await page.getByRole("link", { name: "Quần thể di tích Cố đô Huế" }).click();
  await expect(page.getByTestId("unesco-stage")).toContainText("Được ghi danh");
});

test("the world map: a country is reached with the keyboard and leads to its activities", async ({ page }) => {
  await signInWithoutUi(page, ACCOUNTS.hanoi);
  const created = await page.request.post("/api/v1/activities", {
    data: {
      titleVi: `Tuần Văn hóa Việt Nam tại Nhật Bản (bản đồ ${Date.now()})`,
      kind: "CULTURE_DAYS_ABROAD",
      startDate: "2026-10-05",
      endDate: "2026-10-11",
      countryCode: "JP",
      city: "Tokyo",
      confirmNew: true,
    },
  });
  expect(created.status()).toBe(201);
  await page.goto("/map?year=2026");
  await expect(page.getByTestId("world-map")).toBeVisible();
  const japan = page.getByRole("link", { name: /^Nhật Bản: \d+ hoạt động$/ }).first();
  await japan.focus();
  await expect(japan).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/activities\?countryCode=JP/);
});

test("a province's editor opens a dossier with the form, adds a document, and a concurrent edit keeps what was typed", async ({ page }) => {
  await signInWithoutUi(page, ACCOUNTS.hanoi);
  const element = `Nghệ thuật xòe Thái (thử ${Date.now()})`;
  await page.goto("/unesco");
  await page.getByTestId("unesco-new-link").click();
  await page.getByLabel("Tên hồ sơ (tiếng Việt)").fill(element);
  await page.getByLabel("Tên hồ sơ (tiếng Anh)").fill("Xoe dance of the Thai people");
  await page.getByLabel("Chương trình UNESCO").selectOption("ICH_REPRESENTATIVE");
  await page.getByLabel("Nguồn (mỗi dòng một đường dẫn)").fill("https://example.org/xoe");
  await page.getByRole("button", { name: "Tạo hồ sơ" }).click();
  await expect(page.getByText("Đã tạo hồ sơ.")).toBeVisible();
  await expect(page.getByRole("heading", { name: element })).toBeVisible();
  const dossierUrl = page.url();
  const id = new URL(dossierUrl).pathname.split("/").at(-1) ?? "";

  // A document, checked by its content.
  await page
    .getByTestId("unesco-document-upload")
    .locator('input[type="file"]')
    .setInputFiles({
      name: "ho-so-de-cu.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.7\n% e2e\n1 0 obj <<>> endobj\n%%EOF\n"),
    });
  await page.getByTestId("unesco-document-upload").getByRole("button", { name: "Tải lên" }).click();
  await expect(page.getByTestId("unesco-documents").getByRole("link", { name: /ho-so-de-cu\.pdf/ })).toBeVisible();

  // Someone else saves while the form is open: the conflict names it, the typed notes stay.
  await page.getByTestId("unesco-edit-link").click();
  // The dossier page has a "Ghi chú" of its own (the stage form's): wait for the edit form.
  await expect(page.getByRole("heading", { name: "Sửa hồ sơ đề cử UNESCO" })).toBeVisible();
  await page.getByLabel("Ghi chú").fill("Ghi chú của tôi");
  const current = await (await page.request.get(`/api/v1/unesco-dossiers/${id}`)).json();
  const patched = await page.request.patch(`/api/v1/unesco-dossiers/${id}`, {
    data: {
      elementVi: `${element} – bản khác`,
      programme: "ICH_REPRESENTATIVE",
      leadOrganizationId: current.lead.id,
      supporterIds: [],
      confidence: "PARTIAL",
      version: current.version,
    },
  });
  expect(patched.status()).toBe(200);
  await page.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(page.getByTestId("form-error")).toContainText("Hồ sơ này vừa được người khác thay đổi");
  await expect(page.getByTestId("unesco-conflict")).toContainText(`${element} – bản khác`);
  await expect(page.getByLabel("Ghi chú")).toHaveValue("Ghi chú của tôi");
  await page.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(page.getByText("Đã lưu thay đổi của hồ sơ.")).toBeVisible();
  await expect(page.getByText("Ghi chú của tôi")).toBeVisible();
});

test("the map's table counts representative missions per country", async ({ page }) => {
  await signInWithoutUi(page, ACCOUNTS.hanoi);
  await page.goto("/map");
  await expect(page.getByRole("columnheader", { name: "Cơ quan đại diện" })).toBeVisible();
  await page.goto("/map?country=JP");
  const panel = page.getByTestId("country-panel");
  await expect(panel.getByRole("heading", { name: "Nhật Bản" })).toBeVisible();
  await expect(panel.getByRole("heading", { name: "Cơ quan đại diện" })).toBeVisible();
});
