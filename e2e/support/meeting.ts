import { expect, type Page } from "@playwright/test";

/** Adds an item to a section and types into its editor, as a person would. */
export async function addAndWrite(page: Page, button: string, editor: string, text: string) {
  await page.getByRole("button", { name: button }).click();
  const field = page.getByRole("textbox", { name: editor, exact: true });
  await expect(field).toBeFocused();
  await page.keyboard.type(text);
  await expect(field).toContainText(text);
}
