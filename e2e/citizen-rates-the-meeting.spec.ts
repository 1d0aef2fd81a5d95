import type { Locator, Page } from "@playwright/test";
import { apiRoutes, pathOf } from "@samplan/shared/api";
import { expectConnected } from "./support/access.ts";
import { expectNoSeriousAxeViolations } from "./support/accessibility.ts";
import { addMember, closeMeeting, coordinatorSession, createCaseAndMeeting, invite } from "./support/api.ts";
import { expectCitizenSized } from "./support/citizenView.ts";
import { fakeSpeech, spoken } from "./support/fakeSpeech.ts";
import { keepElementScreenshot, keepScreenshot } from "./support/screenshots.ts";
import { expect, test } from "./support/test.ts";
import { citizenTablet } from "./support/viewports.ts";

const question = (rating: Locator, name: string) => rating.getByRole("group", { name, exact: true });
/** She taps the whole box, face and words: the radio inside it is for the keyboard and screen readers. */
const tapChoice = (rating: Locator, name: string, words: string) =>
  question(rating, name)
    .locator("label")
    .filter({ hasText: new RegExp(`^${words}$`) })
    .tap();
const ratingOf = (page: Page) => page.getByRole("region", { name: "Hvordan var mødet for dig?" });

test("the citizen says how the meeting was on her tablet, by touch and by keyboard, hears a question, and changes her mind", async ({
  open,
  baseURL,
}, testInfo) => {
  const coordinator = await coordinatorSession(baseURL ?? "");
  const { caseId, meetingId } = await createCaseAndMeeting(coordinator, "Freja Dam", "Netværksmøde om praktik");
  const freja = await addMember(coordinator, caseId, { name: "Freja Dam", role: "borger" });
  const citizen = await open(citizenTablet);
  await fakeSpeech(citizen, [{ name: "Sara", lang: "da-DK" }]);
  await citizen.goto((await invite(coordinator, meetingId, freja, "link")).joinPath);
  await expectConnected(citizen);

  await test.step("she is not asked while the meeting goes on, and is as soon as it is closed", async () => {
    await expect(citizen.getByRole("heading", { name: "Hvordan var mødet for dig?" })).toHaveCount(0);
    await closeMeeting(coordinator, meetingId);
    await expect(citizen.getByRole("region", { name: "Det aftalte vi" })).toBeVisible();
    await expect(ratingOf(citizen)).toBeVisible();
  });

  const rating = ratingOf(citizen);
  await test.step("she may skip, and answer after all", async () => {
    await rating.getByRole("button", { name: "Spring over" }).tap();
    await expect(rating).toContainText("Du har sprunget spørgsmålene over.");
    await rating.getByRole("button", { name: "Svar alligevel" }).tap();
    await expect(question(rating, "Blev du hørt?")).toBeVisible();
  });

  await test.step("she hears the first question read aloud, with its five answers", async () => {
    await rating.getByRole("button", { name: "Læs op spørgsmål 1", exact: true }).tap();
    expect((await spoken(citizen)).at(-1)).toEqual({
      text: "Blev du hørt? 1: Slet ikke. 2: Lidt. 3: Noget. 4: Meget. 5: Helt.",
      lang: "da-DK",
      voice: "Sara",
    });
  });

  await test.step("she answers by touch and by keyboard, and leaves one question out", async () => {
    await tapChoice(rating, "Blev du hørt?", "Helt");
    await expect(question(rating, "Blev du hørt?").getByRole("radio", { name: "Helt" })).toBeChecked();
    // The keyboard: one tab stop for the group, the arrows move the choice.
    const mattered = question(rating, "Talte vi om det, der betyder noget for dig?");
    await mattered.getByRole("radio", { name: "Slet ikke" }).focus();
    for (let i = 0; i < 3; i++) await citizen.keyboard.press("ArrowRight");
    await expect(mattered.getByRole("radio", { name: "Meget" })).toBeChecked();
    await tapChoice(rating, "Hvordan var mødet alt i alt?", "Godt");
    await expect(rating.getByRole("checkbox", { name: /Må netværket se mine svar\?/ })).not.toBeChecked();
    await expectCitizenSized(citizen);
    await expectNoSeriousAxeViolations(citizen);
    await keepScreenshot(citizen, testInfo, "citizen-rates-the-meeting-tablet");
    await keepElementScreenshot(rating, testInfo, "citizen-rates-the-meeting-questions");
    await rating.getByRole("button", { name: "Send mine svar" }).tap();
    await expect(rating.getByText("Tak for dine svar.")).toBeVisible();
    await expect(rating).toContainText("Kun koordinatoren kan se dine svar.");
    await expect(rating.getByRole("definition")).toHaveText(["Helt", "Meget", "Ikke besvaret", "Godt"]);
  });

  await test.step("she changes her answers and lets the network see them", async () => {
    await rating.getByRole("button", { name: "Ret mine svar" }).tap();
    await expect(question(rating, "Blev du hørt?").getByRole("radio", { name: "Helt" })).toBeChecked();
    await tapChoice(rating, "Hvordan var mødet alt i alt?", "Rigtig godt");
    await rating.getByText("Må netværket se mine svar?").tap();
    await rating.getByRole("button", { name: "Send mine svar" }).tap();
    await expect(rating).toContainText("Netværket kan se dine svar.");
    await expect(rating.getByRole("definition").last()).toHaveText("Rigtig godt");
    await expectCitizenSized(citizen);
    await keepElementScreenshot(rating, testInfo, "citizen-rates-the-meeting-answered");
  });

  await test.step("once the minutes are approved her answers stay as they are", async () => {
    const approved = await coordinator.post(pathOf(apiRoutes.approveMinutes, { meetingId }), { data: {} });
    expect(approved.ok()).toBe(true);
    await citizen.reload();
    await expect(rating).toContainText("Referatet er godkendt. Dine svar er gemt og kan ikke ændres mere.");
    await expect(rating.getByRole("button", { name: "Ret mine svar" })).toHaveCount(0);
  });
});
