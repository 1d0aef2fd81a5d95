import path from "node:path";
import type { Locator, Page, TestInfo } from "@playwright/test";

/** Keeps a full-page screenshot under e2e/test-results/screenshots and attaches it to the report. */
export async function keepScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const file = path.join(import.meta.dirname, "..", "test-results", "screenshots", `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(name, { path: file, contentType: "image/png" });
}

/** Keeps a screenshot of one part of the page (a control, a panel), for the docs and the report. */
export async function keepElementScreenshot(locator: Locator, testInfo: TestInfo, name: string): Promise<void> {
  const file = path.join(import.meta.dirname, "..", "test-results", "screenshots", `${name}.png`);
  await locator.screenshot({ path: file });
  await testInfo.attach(name, { path: file, contentType: "image/png" });
}
