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
    await expect(page.getByTestId("demo-banner")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test("the UNESCO indicator shows 65, 71, 77 against the target of 60, with sources and the unconfirmed tag", async ({ page }) => {
    await page.goto("/indicators/IND_UNESCO_TOTAL");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tổng số danh hiệu UNESCO");
    const table = page.getByRole("table").filter({ hasText: "2023" }).last();
    for (const [year, value] of [["2023", "65"], ["2024", "71"], ["2025", "77"]] as const) {
      await expect(table.getByRole("row").filter({ hasText: year }).first()).toContainText(value);
    }
    await expect(table.getByRole("row").filter({ hasText: "2025" }).first()).toContainText("Chưa xác nhận độc lập");
    await expect(table.getByRole("link", { name: "en.sggp.org.vn" }).first()).toHaveAttribute("href", /sggp\.org\.vn/);
    await expect(page.getByText("60 (năm 2030)")).toBeVisible();
    // The chart draws after hydration: the series line and the target line are in the SVG.
    await expect(page.locator(".recharts-line").first()).toBeVisible();
    await expect(page.locator(".recharts-reference-line")).toHaveCount(1);
    await expectNoSeriousA11yViolations(page);
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
