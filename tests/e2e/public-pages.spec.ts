import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./fixtures";

test.describe("reference pages (no sign-in needed)", () => {
  test("the strategy shows its objectives by task group, with sources", async ({ page }) => {
    await page.goto("/strategy");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Chiến lược Ngoại giao văn hóa đến năm 2030");
    await expect(page.getByText("2013/QĐ-TTg").first()).toBeVisible();
    for (const verb of ["Thúc đẩy", "Hội nhập", "Quảng bá", "Vận động", "Tiếp thu"]) {
      await expect(page.getByText(verb, { exact: false }).first()).toBeVisible();
    }
    await expect(page.getByText("30/11/2021").first()).toBeVisible();
    await expect(page.getByTestId("strategy-signer")).toHaveText("Phó Thủ tướng Thường trực Phạm Bình Minh (KT. Thủ tướng)");
    await expect(page.getByTestId("strategy-horizon")).toHaveText("đến năm 2030");
    await expect(page.getByText("Thời kỳ", { exact: true })).toBeVisible();
    await expect(page.getByText("Mục tiêu cụ thể 1", { exact: true })).toBeVisible();
    await expect(page.getByText("Nhóm nhiệm vụ 1 (Thúc đẩy)", { exact: true })).toBeVisible();
    await expect(page.getByText(/tăng cường sức mạnh mềm và nâng cao vị thế quốc gia/)).toBeVisible();
    await expect(page.locator("main")).not.toContainText(/\bSO\d\b|\bTG\d\b|Tầm nhìn|Permanent Deputy/);
    await expect(page.getByTestId("demo-banner")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test("the UNESCO indicator starts at end-2021, shows the target exceeded since 2023, and projects whole titles", async ({ page }) => {
    await page.goto("/indicators/IND_UNESCO_TOTAL");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tổng số danh hiệu UNESCO");
    const table = page.getByRole("table").filter({ hasText: "2023" }).last();
    for (const [year, value] of [
      ["2021", "58"],
      ["2023", "65"],
      ["2024", "71"],
      ["2025", "77"],
    ] as const) {
      await expect(table.getByRole("row").filter({ hasText: year }).first()).toContainText(value);
    }
    await expect(table.getByRole("row").filter({ hasText: "2025" }).first()).toContainText("Một phần");
    await expect(table.getByRole("link", { name: "vietnamplus.vn" }).first()).toHaveAttribute("href", /vietnamplus\.vn/);
    await expect(page.getByTestId("indicator-target")).toHaveText("60 (năm 2030)");
    await expect(page.getByTestId("indicator-baseline")).toHaveText("58 (năm 2021)");
    await expect(page.getByTestId("method-model")).toContainText("Tuyến tính");
    await expect(page.getByTestId("method-achieved-year")).toHaveText("Đã vượt mục tiêu từ năm 2023");
    await expect(page.getByTestId("method-projection")).toHaveText("101 danh hiệu (năm 2030)");
    await expect(page.getByTestId("method-card")).not.toContainText("117");
    await expect(page.getByTestId("method-card")).not.toContainText("−1,1");
    await expect(page.locator("main")).not.toContainText("Total UNESCO titles");
    // The chart draws after hydration: the series line and the target line are in the SVG.
    await expect(page.locator(".recharts-line").first()).toBeVisible();
    await expect(page.locator(".recharts-reference-line")).toHaveCount(1);
    await expectNoSeriousA11yViolations(page);
  });

  test("a reportable indicator says it is the portal's own definition", async ({ page }) => {
    await page.goto("/indicators/IND_EVENTS_ABROAD");
    await expect(page.getByTestId("indicator-defined-by")).toContainText("Cổng thông tin định nghĩa");
  });

  test("an unknown indicator answers 404", async ({ page }) => {
    const response = await page.goto("/indicators/NOPE");
    expect(response?.status()).toBe(404);
  });

  test("the indicator list groups indicators by objective", async ({ page }) => {
    await page.goto("/indicators");
    await expect(page.getByRole("link", { name: "Tổng số danh hiệu UNESCO" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test("the directory shows which former provinces each province absorbed", async ({ page }) => {
    await page.goto("/organizations?kind=provinces");
    const tuyenQuang = page.getByRole("row").filter({ hasText: "Tuyên Quang" }).first();
    await expect(tuyenQuang).toContainText("Hà Giang");
    await expect(tuyenQuang).toContainText("30/06/2025");
    await page.goto("/organizations?q=ha giang");
    await expect(page.getByRole("row").filter({ hasText: "Hà Giang" }).first()).toContainText("Tuyên Quang");
    await expectNoSeriousA11yViolations(page);
  });

  test("the language switch persists across pages", async ({ page }) => {
    await page.goto("/strategy");
    await page.getByTestId("language-switch").click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.goto("/indicators/IND_UNESCO_TOTAL");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Total UNESCO titles");
    await expect(page.getByRole("navigation", { name: "Main navigation" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByTestId("language-switch").click();
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  });

  test("the sign-in page and the home page are accessible", async ({ page }) => {
    await page.goto("/");
    await expectNoSeriousA11yViolations(page);
    await page.goto("/signin");
    await expectNoSeriousA11yViolations(page);
  });
});

test("health answers ok with the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "ok" });
});
