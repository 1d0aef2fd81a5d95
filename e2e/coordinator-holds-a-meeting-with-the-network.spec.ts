import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./support/accessibility.ts";
import { addAndWrite, sayWhoIAm } from "./support/meeting.ts";
import { keepScreenshot } from "./support/screenshots.ts";
import { citizenTablet, coordinatorDesktop, professionalLaptop } from "./support/viewports.ts";

test("the coordinator plans a meeting, and the network writes the plan together live", async ({
  browser,
}, testInfo) => {
  const coordinatorContext = await browser.newContext(coordinatorDesktop);
  const coordinator = await coordinatorContext.newPage();

  await test.step("the coordinator creates a case and a meeting in it", async () => {
    await coordinator.goto("/");
    await expectNoSeriousAxeViolations(coordinator);
    await coordinator.getByLabel("Borgerens navn").fill("Sara Jensen");
    await coordinator.getByRole("button", { name: "Opret forløb" }).click();
    await coordinator.getByRole("link", { name: /Sara Jensen/ }).click();
    await expect(coordinator.getByRole("heading", { level: 1 })).toContainText("Sara Jensen");
    await expectNoSeriousAxeViolations(coordinator);

    await coordinator.getByLabel("Mødets titel").fill("Første netværksmøde");
    await coordinator.getByLabel("Dato").fill("2026-12-01");
    await coordinator.getByLabel("Tidspunkt").fill("10:00");
    await coordinator.getByRole("button", { name: "Opret møde" }).click();
    await coordinator.getByRole("link", { name: /Første netværksmøde/ }).click();
    await expect(coordinator).toHaveURL(/\/meetings\/[0-9a-f-]{36}$/);
    await sayWhoIAm(coordinator, "Karin Holm", "koordinator");
  });
  const meetingUrl = coordinator.url();

  const professionalContext = await browser.newContext(professionalLaptop);
  const professional = await professionalContext.newPage();
  const citizenContext = await browser.newContext(citizenTablet);
  const citizen = await citizenContext.newPage();

  await test.step("a psychologist on a laptop and the citizen on a tablet open the meeting", async () => {
    await professional.goto(meetingUrl);
    await sayWhoIAm(professional, "Peter Lund", "fagperson");
    await citizen.goto(meetingUrl);
    await sayWhoIAm(citizen, "Sara", "borger");
  });

  await test.step("presence shows all three to everyone", async () => {
    for (const page of [coordinator, professional, citizen]) {
      const present = page.getByRole("list", { name: "Til stede" }).getByRole("listitem");
      await expect(present).toHaveCount(3);
      await expect(page.getByRole("list", { name: "Til stede" })).toContainText("Karin Holm");
      await expect(page.getByRole("list", { name: "Til stede" })).toContainText("Peter Lund");
      await expect(page.getByRole("list", { name: "Til stede" })).toContainText("Sara");
    }
  });

  const goal = "Jeg vil arbejde med dyr, og stå op om morgenen uden at grue";
  const observation = "Sara mødte til tiden i praktikken tre dage i træk";
  const step = "Karin ringer til internatet og spørger om en prøvedag";

  await test.step("each writes in a different section and sees the others' text appear", async () => {
    await addAndWrite(citizen, "Tilføj mål", "Mål 1", goal);
    await addAndWrite(professional, "Tilføj observation", "Observation 1", observation);
    await addAndWrite(coordinator, "Tilføj skridt", "Skridt 1", step);

    for (const page of [coordinator, professional, citizen]) {
      await expect(page.getByRole("textbox", { name: "Mål 1", exact: true })).toContainText(goal);
      await expect(page.getByRole("textbox", { name: "Observation 1", exact: true })).toContainText(observation);
      await expect(page.getByRole("textbox", { name: "Skridt 1", exact: true })).toContainText(step);
    }
  });

  for (const page of [coordinator, professional, citizen]) await expectNoSeriousAxeViolations(page);
  await keepScreenshot(coordinator, testInfo, "meeting-coordinator-desktop");
  await keepScreenshot(professional, testInfo, "meeting-professional-laptop");
  await keepScreenshot(citizen, testInfo, "meeting-citizen-tablet");

  await test.step("after a reload everything is still there", async () => {
    await citizen.reload();
    await expect(citizen.getByRole("status").filter({ hasText: "Forbundet" })).toBeVisible();
    await expect(citizen.getByRole("textbox", { name: "Mål 1", exact: true })).toContainText(goal);
    await expect(citizen.getByRole("textbox", { name: "Observation 1", exact: true })).toContainText(observation);
    await expect(citizen.getByRole("textbox", { name: "Skridt 1", exact: true })).toContainText(step);
  });

  await coordinatorContext.close();
  await professionalContext.close();
  await citizenContext.close();
});
