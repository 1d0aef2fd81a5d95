import fs from "node:fs";
import path from "node:path";
import { expect, type Locator, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./accessibility.ts";

/** The first coordinator, created by whichever journey meets a fresh Samplan first. */
export const coordinator = {
  name: "Karin Holm",
  username: "karin",
  password: "en lang og sikker adgangskode",
} as const;

/** The setup code the server behind the page wrote to its data directory (see playwright.config.ts). */
export function setupCodeOf(url: string): string {
  const servers: Record<string, string> = JSON.parse(process.env.SAMPLAN_E2E_SERVERS ?? "{}");
  const dataDir = servers[new URL(url).port];
  if (!dataDir) throw new Error(`No data directory known for ${url}; run through e2e/playwright.config.ts`);
  return fs.readFileSync(path.join(dataDir, "setup-code"), "utf8").trim();
}

/**
 * The coordinator enters Samplan: on a fresh server through first-run setup with the code the
 * server wrote to its data directory, otherwise by signing in. Ends on the list of cases.
 */
export async function coordinatorEnters(page: Page): Promise<void> {
  await page.goto("/");
  const setupHeading = page.getByRole("heading", { name: "Opsæt Samplan", level: 1 });
  const signInHeading = page.getByRole("heading", { name: "Log ind", level: 1 });
  await expect(setupHeading.or(signInHeading)).toBeVisible();
  if (await setupHeading.isVisible()) {
    // The setup page is seen once per fresh server: this is where it is checked.
    await expectNoSeriousAxeViolations(page);
    await page.getByLabel("Opsætningskode").fill(setupCodeOf(page.url()));
    await page.getByLabel("Brugernavn", { exact: true }).fill(coordinator.username);
    await page.getByLabel("Dit navn").fill(coordinator.name);
    await page.getByLabel("Adgangskode", { exact: true }).fill(coordinator.password);
    await page.getByRole("button", { name: "Opret koordinator" }).click();
  } else {
    await page.getByLabel("Brugernavn", { exact: true }).fill(coordinator.username);
    await page.getByLabel("Adgangskode", { exact: true }).fill(coordinator.password);
    await page.getByRole("button", { name: "Log ind" }).click();
  }
  await expect(page.getByRole("heading", { name: "Forløb", level: 1 })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Din konto" })).toContainText(
    `Du er ${coordinator.name} · Koordinator`,
  );
}

type RosterRole = "fagperson" | "borger" | "observatoer";

/** Adds a person to the roster from the case page's "Tilføj deltager" form. */
export async function addToRoster(
  page: Page,
  person: { name: string; role: RosterRole; organisation?: string; profession?: string; email?: string },
): Promise<void> {
  const form = page.getByRole("form", { name: "Tilføj deltager" });
  await form.getByLabel("Navn", { exact: true }).fill(person.name);
  await form.getByLabel("Rolle").selectOption(person.role);
  if (person.organisation) await form.getByLabel("Organisation").fill(person.organisation);
  if (person.profession) await form.getByLabel("Fag", { exact: true }).fill(person.profession);
  if (person.email) await form.getByLabel("E-mail (valgfri)").fill(person.email);
  await form.getByRole("button", { name: "Tilføj deltager" }).click();
  await expect(form).toContainText(`${person.name} er tilføjet.`);
  await expect(rosterEntry(page, person.name)).toBeVisible();
}

export function rosterEntry(page: Page, name: string): Locator {
  return page.getByRole("list", { name: "Deltagere" }).getByRole("listitem").filter({ hasText: name });
}

async function openInvitePanel(page: Page): Promise<void> {
  const toggle = page.getByRole("button", { name: "Inviter deltagere" });
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  await expect(page.getByLabel("Hvem vil du invitere?")).toBeVisible();
}

async function choose(page: Page, name: string): Promise<void> {
  const select = page.getByLabel("Hvem vil du invitere?");
  await expect(select.locator("option", { hasText: name })).toHaveCount(1);
  const value = await select.locator("option", { hasText: name }).getAttribute("value");
  await select.selectOption(value ?? "");
}

/** When the consent does not cover the person, the coordinator confirms inviting anyway. */
async function confirmIfAsked(page: Page, name: string, result: Locator): Promise<void> {
  const question = page.getByRole("dialog", { name: `Samtykket dækker ikke ${name}` });
  await expect(result.or(question)).toBeVisible();
  if (await question.isVisible()) {
    await expect(question).toContainText(`Samtykket dækker ikke ${name}. Inviter alligevel?`);
    await question.getByRole("button", { name: "Inviter alligevel" }).click();
  }
  await expect(result).toBeVisible();
}

/** Makes a personal link from the meeting's "Inviter" panel and returns it, as the coordinator would copy it. */
export async function inviteByLink(page: Page, name: string): Promise<string> {
  await openInvitePanel(page);
  await choose(page, name);
  await page.getByRole("button", { name: "Lav link" }).click();
  const link = page.getByLabel(`Link til ${name}`);
  await confirmIfAsked(page, name, link);
  const url = await link.inputValue();
  expect(url).toMatch(/\/join#.{16,}$/);
  await page.getByRole("button", { name: "Færdig" }).click();
  return url;
}

/** Shows the citizen's join code on the coordinator's screen; returns the dialog and the code on it. */
export async function showJoinCode(page: Page, name: string): Promise<{ dialog: Locator; code: string }> {
  await openInvitePanel(page);
  await choose(page, name);
  await page.getByRole("button", { name: "Vis kode" }).click();
  const dialog = page.getByRole("dialog", { name: `Kode til ${name}` });
  await confirmIfAsked(page, name, dialog);
  await expect(dialog.getByRole("img", { name: `QR-kode, der åbner mødet for ${name}` })).toBeVisible();
  await expect(dialog).toContainText(/Koden virker i \d+:\d\d endnu/);
  const code = (await dialog.getByText(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/).textContent()) ?? "";
  expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  return { dialog, code };
}

/** The citizen types the code on the tablet's join page. */
export async function typeJoinCode(page: Page, code: string): Promise<void> {
  await page.goto("/join");
  await page.getByLabel("Skriv koden fra koordinatorens skærm").fill(code);
  await page.getByRole("button", { name: "Gå til mødet" }).click();
}

export async function expectConnected(page: Page): Promise<void> {
  await expect(page.getByRole("status").filter({ hasText: "Forbundet" })).toBeVisible();
}
