import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, expectNoSeriousA11yViolations, signInWithoutUi } from "./fixtures";

// A phone (390 × 844 CSS px): the header's navigation folds behind one accessible menu button below `md`.
test.use({ viewport: { width: 390, height: 844 } });

const menuButton = (page: Page) => page.getByTestId("menu-button");
const mainNavigation = (page: Page) => page.getByRole("navigation", { name: "Điều hướng chính" });

async function expectMenuWorks(page: Page, link: RegExp) {
  const button = menuButton(page);
  await expect(button).toBeVisible();
  await expect(button).toHaveAttribute("aria-expanded", "false");
  await expect(button).toHaveAttribute("aria-controls", "site-menu");
  // Folded: the links take no room above the page.
  await expect(mainNavigation(page)).toBeHidden();
  await expectNoSeriousA11yViolations(page);

  await button.click();
  await expect(button).toHaveAttribute("aria-expanded", "true");
  await expect(mainNavigation(page)).toBeVisible();
  await expect(mainNavigation(page).getByRole("link", { name: link })).toBeVisible();
  // Focus moves into the menu, to its first link.
  await expect(mainNavigation(page).getByRole("link").first()).toBeFocused();
  await expectNoSeriousA11yViolations(page);

  // Escape closes it and gives focus back to the button.
  await page.keyboard.press("Escape");
  await expect(button).toHaveAttribute("aria-expanded", "false");
  await expect(mainNavigation(page)).toBeHidden();
  await expect(button).toBeFocused();
}

test("dashboard on a phone: the navigation is behind a menu button that opens, closes with Escape and follows a link", async ({ page }) => {
  await signInWithoutUi(page, ACCOUNTS.steering);
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.waitForLoadState("networkidle");
  await expectMenuWorks(page, /Tổng quan/);

  // Following a link closes the menu on the new page.
  await menuButton(page).click();
  await mainNavigation(page).getByRole("link", { name: "Báo cáo", exact: true }).click();
  await expect(page).toHaveURL(/\/reports$/);
  await expect(menuButton(page)).toHaveAttribute("aria-expanded", "false");
  await expect(mainNavigation(page)).toBeHidden();
  // No horizontal scrolling at 390 px.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("report form on a phone: the menu works over the form and the page passes the accessibility scan", async ({ page }) => {
  await signInWithoutUi(page, ACCOUNTS.hue);
  await page.goto("/reports");
  await page.getByTestId("open-report").first().click();
  await expect(page).toHaveURL(/\/reports\/[^/]+$/);
  await expect(page.getByTestId("report-save")).toBeVisible();
  await page.waitForLoadState("networkidle");
  await expectMenuWorks(page, /Báo cáo/);
  // The account box and the language switch are inside the menu too.
  await menuButton(page).click();
  await expect(page.getByTestId("user-menu")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("user-menu")).toBeHidden();
});

test("desktop keeps the navigation in the header without a menu button", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/strategy");
  await expect(menuButton(page)).toBeHidden();
  await expect(mainNavigation(page)).toBeVisible();
  await expect(mainNavigation(page).getByRole("link", { name: "Chiến lược" })).toBeVisible();
});
