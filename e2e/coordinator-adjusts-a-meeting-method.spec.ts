import type { Page } from "@playwright/test";
import { apiRoutes, pathOf } from "@samplan/shared/api";
import { expectConnected } from "./support/access.ts";
import { expectNoSeriousAxeViolations } from "./support/accessibility.ts";
import { addMember, coordinatorSession, invite } from "./support/api.ts";
import { expectCitizenSized } from "./support/citizenView.ts";
import { typeDate, typeTime } from "./support/dateFields.ts";
import { daysFromNow } from "./support/dates.ts";
import { keepScreenshot } from "./support/screenshots.ts";
import { expect, test } from "./support/test.ts";
import { citizenTablet, coordinatorDesktop } from "./support/viewports.ts";

// A coordinator of her own, with no team: her copy is hers alone, and Karin's list of methods (which
// other journeys count) stays Samplan's six.
const signe = {
  username: "signe-metoder",
  name: "Signe Vestergaard",
  password: "en lang og sikker adgangskode til mødeformer",
};
const citizenName = "Jonna Friis";

async function signeEnters(page: Page, baseURL: string): Promise<void> {
  const karin = await coordinatorSession(baseURL);
  // Made once per server; a rerun on the same server finds her there.
  const made = await karin.post(pathOf(apiRoutes.createAccount), {
    data: { username: signe.username, displayName: signe.name, password: signe.password, role: "koordinator" },
  });
  expect([201, 409]).toContain(made.status());
  await karin.dispose();
  await page.goto("/");
  await page.getByLabel("Brugernavn", { exact: true }).fill(signe.username);
  await page.getByLabel("Adgangskode", { exact: true }).fill(signe.password);
  await page.getByRole("button", { name: "Log ind", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Forløb", level: 1 })).toBeVisible();
}

/**
 * Issue 20 part 5: a coordinator copies "Åben dialog", renames a phase and adds one, plans a meeting
 * from her copy, and the citizen's view names the method. Changed again, her copy is version 2;
 * the meeting planned from version 1 still follows version 1.
 */
test("the coordinator copies Åben dialog, adjusts its agenda, plans a meeting from it, and changes it as a new version", async ({
  open,
  baseURL,
}, testInfo) => {
  const coordinator = await open(coordinatorDesktop);
  await signeEnters(coordinator, baseURL ?? "");
  const methods = coordinator.getByRole("list", { name: "Mødeformerne" });
  const method = (name: string) =>
    methods.getByRole("listitem").filter({ has: coordinator.getByRole("heading", { name, exact: true }) });

  await test.step("from her settings she finds the meeting methods, Samplan's six", async () => {
    await coordinator.goto("/settings");
    await coordinator.getByRole("link", { name: "Se mødeformerne" }).click();
    await expect(coordinator.getByRole("heading", { name: "Mødeformer", level: 1 })).toBeVisible();
    await expect(methods.getByRole("heading", { level: 2 })).toHaveCount(6);
    await expect(method("Åben dialog")).toContainText("Samplans egen · version 1");
    await expect(method("Åben dialog").getByRole("button", { name: /^Ret/ })).toHaveCount(0);
    await expectNoSeriousAxeViolations(coordinator);
    await keepScreenshot(coordinator, testInfo, "methods-list-coordinator-desktop");
  });

  const form = coordinator.getByRole("form", { name: "Kopiér og tilpas: Åben dialog" });
  await test.step("she copies Åben dialog, renames a phase, adds one and moves it up by keyboard", async () => {
    await method("Åben dialog").getByRole("button", { name: "Kopiér og tilpas: Åben dialog" }).click();
    await expect(form.getByRole("heading", { name: "Kopiér og tilpas: Åben dialog" })).toBeFocused();
    await form.getByLabel("Navn", { exact: true }).fill("Signes åbne dialog");
    await form.getByLabel("Fase 2: navn").fill("Det reflekterende team");
    await form.getByRole("button", { name: "Tilføj fase" }).click();
    await expect(form.getByLabel("Fase 4: navn")).toBeFocused();
    await coordinator.keyboard.type("Aftaler");
    await form.getByLabel("Fase 4: tekst til ordstyreren").fill("Hvem gør hvad, før vi ses igen?");
    await form.getByRole("button", { name: "Flyt op: fase 4" }).focus();
    await coordinator.keyboard.press("Enter");
    // The focus moves with the phase, so pressing again would move it on.
    await expect(form.getByRole("button", { name: "Flyt op: fase 3" })).toBeFocused();
    await expect(form.getByLabel("Fase 3: navn")).toHaveValue("Aftaler");
    await expectNoSeriousAxeViolations(coordinator);
    await keepScreenshot(coordinator, testInfo, "methods-copy-form-coordinator-desktop");
    await form.getByRole("button", { name: "Gem mødeformen" }).click();
    await expect(coordinator.getByRole("status").filter({ hasText: "Gemt" })).toHaveText(
      "Gemt: Signes åbne dialog, version 1.",
    );
    await expect(method("Signes åbne dialog")).toContainText("Din egen · version 1");
    await expect(method("Signes åbne dialog").getByRole("listitem")).toHaveText([
      "Samtalen",
      "Det reflekterende team",
      "Aftaler",
      "Hvad gør vi nu?",
    ]);
  });

  await test.step("she plans a meeting from her copy, and its agenda is her phases", async () => {
    await coordinator.goto("/");
    await coordinator.getByLabel("Borgerens navn").fill(citizenName);
    await coordinator.getByRole("button", { name: "Opret forløb" }).click();
    await coordinator.getByRole("link", { name: new RegExp(citizenName) }).click();
    const plan = coordinator.getByRole("form", { name: "Nyt møde" });
    await plan.getByLabel("Mødeform").selectOption({ label: "Signes åbne dialog" });
    await plan.getByLabel("Mødets titel").fill("Dialog med Jonna");
    await typeDate(plan, "Dato", daysFromNow(7));
    await typeTime(plan, "Tidspunkt", "10:00");
    await plan.getByRole("button", { name: "Opret møde" }).click();
    await coordinator.getByRole("link", { name: /Dialog med Jonna/ }).click();
    await expectConnected(coordinator);
    await expect(coordinator.getByText("Mødeform: Signes åbne dialog (version 1)")).toBeVisible();
    await coordinator.getByRole("button", { name: "Dagsorden" }).click();
    await expect(
      coordinator.getByRole("list", { name: "Dagsordenens faser" }).locator(".agenda-list__title"),
    ).toHaveText(["Samtalen", "Det reflekterende team", "Aftaler", "Hvad gør vi nu?"]);
  });

  const meetingId = new URL(coordinator.url()).pathname.split("/").at(-1) ?? "";
  const caseId = (await (await coordinator.request.get(pathOf(apiRoutes.meeting, { meetingId }))).json()).caseId;
  const citizen = await open(citizenTablet);
  await test.step("the citizen's view names the method", async () => {
    const jonna = await addMember(coordinator, caseId, { name: citizenName, role: "borger" });
    await citizen.goto((await invite(coordinator, meetingId, jonna, "link")).joinPath);
    await expectConnected(citizen);
    await expect(citizen.getByText("Mødeform: Signes åbne dialog (version 1)")).toBeVisible();
    await expectCitizenSized(citizen);
    await keepScreenshot(citizen, testInfo, "methods-named-citizen-tablet");
  });

  await test.step("she changes her copy again: version 2; the meeting planned from version 1 still says version 1", async () => {
    await coordinator.goto("/moedeformer");
    await method("Signes åbne dialog").getByRole("button", { name: "Ret: Signes åbne dialog" }).click();
    const edit = coordinator.getByRole("form", { name: "Ret: Signes åbne dialog" });
    await expect(edit).toContainText("Når du gemmer, bliver det version 2.");
    await edit.getByRole("button", { name: "Fjern: fase 3" }).click();
    await edit.getByRole("button", { name: "Gem mødeformen" }).click();
    await expect(coordinator.getByRole("status").filter({ hasText: "Gemt" })).toHaveText(
      "Gemt: Signes åbne dialog, version 2.",
    );
    await expect(method("Signes åbne dialog")).toContainText("Din egen · version 2");
    await coordinator.goto(`/meetings/${meetingId}`);
    await expect(coordinator.getByText("Mødeform: Signes åbne dialog (version 1)")).toBeVisible();
    await citizen.reload();
    await expect(citizen.getByText("Mødeform: Signes åbne dialog (version 1)")).toBeVisible();
  });
});
