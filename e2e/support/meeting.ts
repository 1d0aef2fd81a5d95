import { expect, type Page } from "@playwright/test";

/** Answers "Hvem er du?" the first time a browser opens a meeting. */
export async function sayWhoIAm(page: Page, name: string, role: "koordinator" | "fagperson" | "borger") {
  await page.getByLabel("Dit navn").fill(name);
  await page.getByLabel("Din rolle").selectOption(role);
  await page.getByRole("button", { name: "Gå til mødet" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Forbundet" })).toBeVisible();
}

/** Adds an item to a section and types into its editor, as a person would. */
export async function addAndWrite(page: Page, button: string, editor: string, text: string) {
  await page.getByRole("button", { name: button }).click();
  const field = page.getByRole("textbox", { name: editor, exact: true });
  await expect(field).toBeFocused();
  await page.keyboard.type(text);
  await expect(field).toContainText(text);
}
