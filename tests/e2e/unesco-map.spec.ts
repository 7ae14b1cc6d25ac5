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
