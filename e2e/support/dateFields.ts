import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Samplan's date and time fields (React Aria): a group named by the field's label, holding a spin
 * button for each part (day, month, year; hour, minute). Filled by typing, as a person does.
 */
export function dateField(scope: Page | Locator, label: string): Locator {
  return scope.getByRole("group", { name: label, exact: true });
}

/** A stored day (YYYY-MM-DD) as a Danish person types and reads it: dd.mm.åååå. */
export function danishDigits(day: string): string {
  return day.split("-").reverse().join(".");
}

/** Types a day into the date field labelled `label`, the Danish way (dd.mm.åååå). */
export async function typeDate(scope: Page | Locator, label: string, day: string): Promise<void> {
  const field = dateField(scope, label);
  await field.getByRole("spinbutton").first().focus();
  await field.page().keyboard.type(danishDigits(day));
  await expect(field).toContainText(danishDigits(day));
}

/** Types a time of day (HH:MM) into the time field labelled `label`, on the 24-hour clock. */
export async function typeTime(scope: Page | Locator, label: string, time: string): Promise<void> {
  const field = dateField(scope, label);
  await field.getByRole("spinbutton").first().focus();
  await field.page().keyboard.type(time.replace(":", "."));
  await expect(field).toContainText(time.replace(":", "."));
}
