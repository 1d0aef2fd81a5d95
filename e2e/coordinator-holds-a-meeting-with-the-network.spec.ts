import { expect, test } from "@playwright/test";
import {
  addToRoster,
  coordinatorEnters,
  expectConnected,
  inviteByLink,
  rosterEntry,
  showJoinCode,
  typeJoinCode,
} from "./support/access.ts";
import { expectNoSeriousAxeViolations } from "./support/accessibility.ts";
import { typeDate, typeTime } from "./support/dateFields.ts";
import { daysFromNow } from "./support/dates.ts";
import { addAndWrite } from "./support/meeting.ts";
import { keepScreenshot } from "./support/screenshots.ts";
import { citizenTablet, coordinatorDesktop, professionalLaptop } from "./support/viewports.ts";

test("the coordinator plans a meeting, and the network writes the plan together live", async ({
  browser,
}, testInfo) => {
  // Long by nature: the whole first meeting by hand, from the first sign-in through the roster,
  // consent and three ways in, to three people writing at once in three browsers. The parts are
  // tested on their own elsewhere; this is the one journey that walks them end to end.
  test.slow();
  const coordinatorContext = await browser.newContext(coordinatorDesktop);
  const coordinator = await coordinatorContext.newPage();

  await test.step("the coordinator signs in (setting up Samplan on its first start)", async () => {
    await coordinatorEnters(coordinator);
    await expectNoSeriousAxeViolations(coordinator);
  });

  await test.step("the coordinator creates a case and a meeting in it", async () => {
    await coordinator.getByLabel("Borgerens navn").fill("Sara Jensen");
    await coordinator.getByRole("button", { name: "Opret forløb" }).click();
    await coordinator.getByRole("link", { name: /Sara Jensen/ }).click();
    await expect(coordinator.getByRole("heading", { level: 1 })).toContainText("Sara Jensen");

    const newMeeting = coordinator.getByRole("form", { name: "Nyt møde" });
    await newMeeting.getByLabel("Mødets titel").fill("Første netværksmøde");
    await typeDate(newMeeting, "Dato", daysFromNow(0));
    await typeTime(newMeeting, "Tidspunkt", "10:00");
    await newMeeting.getByRole("button", { name: "Opret møde" }).click();
    await expect(coordinator.getByRole("link", { name: /Første netværksmøde/ })).toBeVisible();
  });

  await test.step("the coordinator puts the psychologist and the citizen on the roster, with consent", async () => {
    await addToRoster(coordinator, {
      name: "Peter Lund",
      role: "fagperson",
      organisation: "Psykiatrien Region Midt",
      profession: "Psykolog",
    });
    await addToRoster(coordinator, { name: "Sara Jensen", role: "borger" });
    await expect(rosterEntry(coordinator, "Peter Lund")).toContainText("Ikke dækket");

    const consent = coordinator.getByRole("form", { name: "Registrer samtykke" });
    await consent.getByLabel("Formål").fill("Koordinering af indsatsen omkring job og trivsel");
    await consent.getByRole("group", { name: "Personer, samtykket dækker" }).getByLabel("Peter Lund").check();
    await consent.getByRole("button", { name: "Registrer samtykke" }).click();
    await expect(consent).toContainText("Samtykket er registreret.");
    await expect(rosterEntry(coordinator, "Peter Lund")).toContainText("Dækket af samtykke");
    await expectNoSeriousAxeViolations(coordinator);
    await keepScreenshot(coordinator, testInfo, "case-coordinator-desktop");

    await coordinator.getByRole("link", { name: /Første netværksmøde/ }).click();
    await expect(coordinator).toHaveURL(/\/meetings\/[0-9a-f-]{36}$/);
    await expectConnected(coordinator);
  });

  const professionalContext = await browser.newContext(professionalLaptop);
  const professional = await professionalContext.newPage();
  const citizenContext = await browser.newContext(citizenTablet);
  const citizen = await citizenContext.newPage();

  await test.step("the psychologist opens a personal link on the laptop", async () => {
    const link = await inviteByLink(coordinator, "Peter Lund");
    await professional.goto(link);
    await expect(professional).toHaveURL(/\/meetings\/[0-9a-f-]{36}$/);
    await expectConnected(professional);
    await expect(professional.getByRole("navigation", { name: "Din konto" })).toContainText(
      "Du er Peter Lund · Fagperson",
    );
  });

  await test.step("the citizen types the join code from the coordinator's screen on the tablet", async () => {
    const { dialog, code } = await showJoinCode(coordinator, "Sara Jensen");
    await keepScreenshot(coordinator, testInfo, "join-code-coordinator-desktop");
    await typeJoinCode(citizen, code);
    await expect(citizen).toHaveURL(/\/meetings\/[0-9a-f-]{36}$/);
    await expectConnected(citizen);
    await expect(dialog).toContainText("Sara Jensen er kommet ind i mødet.");
    await dialog.getByRole("button", { name: "Luk" }).click();
    await expect(dialog).toBeHidden();
  });

  await test.step("presence shows all three to everyone", async () => {
    for (const page of [coordinator, professional, citizen]) {
      const present = page.getByRole("list", { name: "Til stede" });
      await expect(present.getByRole("listitem")).toHaveCount(3);
      await expect(present).toContainText("Karin Holm");
      await expect(present).toContainText("Peter Lund");
      await expect(present).toContainText("Sara Jensen");
    }
  });

  const goal = "Jeg vil arbejde med dyr, og stå op om morgenen uden at grue";
  const observation = "Sara mødte til tiden i praktikken tre dage i træk";
  const step = "Karin ringer til internatet og spørger om en prøvedag";

  await test.step("each writes in a different section and sees the others' text appear", async () => {
    await addAndWrite(citizen, "Skriv et nyt mål", "Mål 1", goal);
    await addAndWrite(professional, "Tilføj observation", "Observation 1", observation);
    await addAndWrite(coordinator, "Tilføj skridt", "Skridt 1", step);

    for (const page of [coordinator, professional, citizen]) {
      await expect(page.getByRole("textbox", { name: "Mål 1", exact: true })).toContainText(goal);
      await expect(page.getByRole("textbox", { name: "Observation 1", exact: true })).toContainText(observation);
      await expect(page.getByRole("textbox", { name: "Skridt 1", exact: true })).toContainText(step);
      // The citizen's goal is marked as their own words, visibly and as the editor's description.
      await expect(page.getByRole("textbox", { name: "Mål 1", exact: true })).toHaveAccessibleDescription(
        "Med borgerens egne ord",
      );
      await expect(page.getByRole("textbox", { name: "Observation 1", exact: true })).not.toHaveAccessibleDescription(
        "Med borgerens egne ord",
      );
    }
  });

  for (const page of [coordinator, professional, citizen]) await expectNoSeriousAxeViolations(page);
  await keepScreenshot(coordinator, testInfo, "meeting-coordinator-desktop");
  await keepScreenshot(professional, testInfo, "meeting-professional-laptop");
  await keepScreenshot(citizen, testInfo, "meeting-citizen-tablet");

  await test.step("after a reload everything is still there", async () => {
    await citizen.reload();
    await expectConnected(citizen);
    await expect(citizen.getByRole("textbox", { name: "Mål 1", exact: true })).toContainText(goal);
    await expect(citizen.getByRole("textbox", { name: "Observation 1", exact: true })).toContainText(observation);
    await expect(citizen.getByRole("textbox", { name: "Skridt 1", exact: true })).toContainText(step);
  });

  await coordinatorContext.close();
  await professionalContext.close();
  await citizenContext.close();
});
