import type { Page } from "@playwright/test";
import { addGoal, addNextStep, addProgressObservation } from "@samplan/shared/model";
import { CITIZEN_OWNER } from "@samplan/shared/vocabulary";
import { expectConnected } from "./support/access.ts";
import { expectNoSeriousAxeViolations } from "./support/accessibility.ts";
import { addMember, closeMeeting, coordinatorSession, createCaseAndMeeting, invite } from "./support/api.ts";
import { expectCitizenSized } from "./support/citizenView.ts";
import { cancelled, fakeSpeech, spoken, voiceFinishes, voiceReaches } from "./support/fakeSpeech.ts";
import { writeAs } from "./support/plan.ts";
import { keepElementScreenshot, keepScreenshot } from "./support/screenshots.ts";
import { expect, test } from "./support/test.ts";
import { citizenTablet, phone } from "./support/viewports.ts";

const goal = "Jeg vil gerne arbejde med dyr, fire dage om ugen";
const wentWell = "Jeg tog bussen alene til praktikken tre gange";
const step = "Ringe til dyreinternatet om en praktikplads";
const danishVoice = { name: "Sara", lang: "da-DK" };
const englishVoice = { name: "Daniel", lang: "en-GB" };

/**
 * A meeting with something in each section she sees, written through the API, and the citizen
 * in through her personal link on her tablet, whose speech is the stand-in offering `voices`.
 */
async function herTablet(
  open: (options: typeof citizenTablet) => Promise<Page>,
  baseURL: string,
  voices: { name: string; lang: string }[],
) {
  const coordinator = await coordinatorSession(baseURL);
  const { caseId, meetingId } = await createCaseAndMeeting(coordinator, "Freja Dam", "Netværksmøde om praktik");
  const freja = await addMember(coordinator, caseId, { name: "Freja Dam", role: "borger" });
  await writeAs(coordinator, baseURL, meetingId, (doc, { principal }) => {
    const by = { createdBy: principal.name, createdByRole: principal.role };
    addGoal(doc, { ...by, text: goal });
    addProgressObservation(doc, { ...by, text: wentWell });
    addNextStep(doc, { ...by, text: step, owner: CITIZEN_OWNER });
  });
  const citizen = await open(citizenTablet);
  await fakeSpeech(citizen, voices);
  await citizen.goto((await invite(coordinator, meetingId, freja, "link")).joinPath);
  await expectConnected(citizen);
  return { citizen, coordinator, meetingId };
}

const readAloud = (page: Page, about: string) => page.getByRole("button", { name: `Læs op ${about}`, exact: true });
const goals = (page: Page) => page.getByRole("region", { name: "Mine mål" });
const stop = (page: Page, about: string) => page.getByRole("button", { name: `Stop ${about}`, exact: true });

test("the citizen has her plan read aloud in Danish, block by block, following the words, and stops it", async ({
  open,
  baseURL,
}, testInfo) => {
  const { citizen, coordinator, meetingId } = await herTablet(open, baseURL ?? "", [englishVoice, danishVoice]);

  await test.step("every text in her view has its button, and nothing is read until she presses one", async () => {
    for (const about of ["Mødets gang", "Mål 1", "Observation 1", "Skridt 1"]) {
      await expect(readAloud(citizen, about)).toBeVisible();
    }
    await expect(citizen.getByRole("button", { name: /^Læs op/ })).toHaveCount(4);
    expect(await spoken(citizen)).toEqual([]);
  });

  await test.step("her goal is read in Danish with the Danish voice, the word reached marked", async () => {
    await readAloud(citizen, "Mål 1").tap();
    expect(await spoken(citizen)).toEqual([{ text: goal, lang: "da-DK", voice: "Sara" }]);
    await expect(stop(citizen, "Mål 1")).toBeVisible();
    await voiceReaches(citizen, goal, "dyr");
    const line = citizen.locator(".read-aloud__line");
    await expect(line.locator("mark")).toHaveText("dyr");
    await expect(line).toHaveText(goal);
    await keepScreenshot(citizen, testInfo, "citizen-read-aloud-tablet");
    await keepElementScreenshot(goals(citizen), testInfo, "citizen-read-aloud-goal-tablet");
  });

  await test.step("another block stops the first; Stop stops; the end of the text ends it", async () => {
    const before = await cancelled(citizen);
    await readAloud(citizen, "Observation 1").tap();
    expect((await spoken(citizen)).at(-1)).toEqual({ text: wentWell, lang: "da-DK", voice: "Sara" });
    expect(await cancelled(citizen)).toBeGreaterThan(before);
    await expect(readAloud(citizen, "Mål 1")).toBeVisible();
    await expect(citizen.locator(".read-aloud__line")).toHaveCount(1);

    const reading = await cancelled(citizen);
    await stop(citizen, "Observation 1").tap();
    expect(await cancelled(citizen)).toBe(reading + 1);
    await expect(readAloud(citizen, "Observation 1")).toBeVisible();
    await expect(citizen.locator(".read-aloud__line")).toHaveCount(0);

    await readAloud(citizen, "Skridt 1").tap();
    expect((await spoken(citizen)).at(-1)?.text).toBe(step);
    await voiceFinishes(citizen);
    await expect(readAloud(citizen, "Skridt 1")).toBeVisible();
  });

  await test.step("the chair's line is read as it is shown, and the keyboard works too", async () => {
    await readAloud(citizen, "Mødets gang").focus();
    await citizen.keyboard.press("Enter");
    expect((await spoken(citizen)).at(-1)?.text).toContain("Mødet er ikke begyndt endnu.");
    await citizen.keyboard.press("Enter");
    await expect(readAloud(citizen, "Mødets gang")).toBeFocused();
  });

  await test.step("large, and passes axe, on the tablet and on a phone", async () => {
    await expectCitizenSized(citizen);
    await expectNoSeriousAxeViolations(citizen);
    await citizen.setViewportSize(phone);
    await readAloud(citizen, "Mål 1").tap();
    await voiceReaches(citizen, goal, "fire");
    const width = await citizen.evaluate(() => document.documentElement.scrollWidth);
    expect(width, "no sideways scrolling on a phone").toBeLessThanOrEqual(phone.width);
    await keepScreenshot(citizen, testInfo, "citizen-read-aloud-phone");
    await keepElementScreenshot(goals(citizen), testInfo, "citizen-read-aloud-goal-phone");
    await stop(citizen, "Mål 1").tap();
  });

  await test.step("once the meeting is closed, her summary Det aftalte vi is read as a whole", async () => {
    await closeMeeting(coordinator, meetingId);
    const summary = citizen.getByRole("region", { name: "Det aftalte vi" });
    await expect(summary).toBeVisible();
    await readAloud(citizen, "Det aftalte vi").tap();
    await keepElementScreenshot(summary, testInfo, "citizen-read-aloud-summary-phone");
    const read = (await spoken(citizen)).at(-1);
    expect(read?.lang).toBe("da-DK");
    expect(read?.text).toMatch(/^Det aftalte vi\. /);
    for (const words of [goal, wentWell, step]) expect(read?.text).toContain(words);
    await expect(read?.text ?? "").not.toContain("Læs op");
    await stop(citizen, "Det aftalte vi").tap();
  });
  await coordinator.dispose();
});

const withoutDanish = [
  { device: "only an English voice", voices: [englishVoice] },
  { device: "no voices at all", voices: [] },
] as const;

for (const { device, voices } of withoutDanish) {
  test(`on a device with ${device}, the button says there is no Danish voice, and nothing is asked of the device`, async ({
    open,
    baseURL,
  }, testInfo) => {
    const { citizen, coordinator, meetingId } = await herTablet(open, baseURL ?? "", [...voices]);
    const noVoice = citizen.getByRole("button", { name: "Ingen dansk stemme på denne enhed Mål 1", exact: true });
    await expect(noVoice).toBeVisible();
    await expect(noVoice).toHaveAttribute("aria-disabled", "true");
    // Playwright waits for an aria-disabled button to be enabled; a finger just presses it.
    await noVoice.tap({ force: true });
    expect(await spoken(citizen)).toEqual([]);

    // Something written later says so from the moment it is there, not "Læs op" for a while first.
    await writeAs(coordinator, baseURL ?? "", meetingId, (doc, { principal }) => {
      addProgressObservation(doc, { createdBy: principal.name, createdByRole: principal.role, text: "Hun mødte op" });
    });
    const later = citizen.getByRole("button", { name: /Observation 2$/ });
    await expect(later).toBeVisible();
    expect(await later.textContent()).toContain("Ingen dansk stemme på denne enhed");

    await expectNoSeriousAxeViolations(citizen);
    if (voices.length > 0) {
      await keepScreenshot(citizen, testInfo, "citizen-read-aloud-no-voice-tablet");
      await keepElementScreenshot(goals(citizen), testInfo, "citizen-read-aloud-no-voice-goal-tablet");
    }
    await coordinator.dispose();
  });
}
