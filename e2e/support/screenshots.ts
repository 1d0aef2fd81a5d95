import path from "node:path";
import type { Page, TestInfo } from "@playwright/test";

/** Keeps a full-page screenshot under e2e/test-results/screenshots and attaches it to the report. */
export async function keepScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const file = path.join(import.meta.dirname, "..", "test-results", "screenshots", `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(name, { path: file, contentType: "image/png" });
}
