import type { Page } from "@playwright/test";
import { coordinatorEnters, expectConnected } from "./support/access.ts";
import { expectNoSeriousAxeViolations } from "./support/accessibility.ts";
import { addMember, createCaseAndMeeting, invite } from "./support/api.ts";
import { expectCitizenSized } from "./support/citizenView.ts";
import { danishDate, daysFromNow } from "./support/dates.ts";
import { keepElementScreenshot, keepScreenshot } from "./support/screenshots.ts";
import { expect, test } from "./support/test.ts";
import { citizenTablet, professionalLaptop } from "./support/viewports.ts";

const citizenName = "Sigrid Malthesen";
const bo = "Bo Hviid";
const question = "Det er et år fra nu, og det går godt. Hvad er godt? Hvad gjorde du? Hvem hjalp, og hvordan?";
const good = "Jeg arbejder tre dage om ugen i en dyrehandel og har min egen lejlighed";
const helped = "Min bror Malthe kørte mig derhen de første uger";
const did = "Jeg fandt praktikpladsen og ringede til butikken hver fjortende dag";

/** The chair writes down what the one with the floor says, to one of the three questions. */
async function writeAnswer(coordinator: Page, name: string, part: string, text: string) {
  const panel = coordinator.locator(".agenda-panel").getByRole("region", { name: "Et år frem" });
  await panel.getByRole("radio", { name: part }).check();
  await panel.getByLabel(`Hvad sagde ${name}?`).fill(text);
  await panel.getByRole("button", { name: "Skriv svaret" }).click();
  await expect(panel).toContainText(`Svaret fra ${name} står nu under Et år frem.`);
}

test("the chair runs 'Et år frem': she speaks first, her answer becomes her goal from her tablet, Bo's becomes his step, her brother a resource, and the progress view keeps it with its date", async ({
  open,
}, testInfo) => {
  // Long by nature: the chair, the citizen's tablet and a professional, each following live.
  test.slow();
  const coordinator = await open(professionalLaptop);
  await coordinatorEnters(coordinator);
  const { caseId, meetingId } = await createCaseAndMeeting(coordinator, citizenName, "Netværksmøde om fremtiden");
  const sigridId = await addMember(coordinator, caseId, { name: citizenName, role: "borger" });
  const boId = await addMember(coordinator, caseId, { name: bo, role: "fagperson", organisation: "Jobcenter" });

  const citizen = await open(citizenTablet);
  const professional = await open(professionalLaptop);
  await coordinator.goto(`/meetings/${meetingId}`);
  await citizen.goto((await invite(coordinator, meetingId, sigridId, "link")).joinPath);
  await professional.goto((await invite(coordinator, meetingId, boId, "link")).joinPath);
  for (const page of [coordinator, citizen, professional]) await expectConnected(page);
  // The round is made of those present: wait until the chair sees both.
  await expect(coordinator.locator(".presence__list")).toContainText(bo);
  await expect(coordinator.locator(".presence__list")).toContainText(citizenName);

  const bigScreen = await open({
    locale: "da-DK",
    timezoneId: "Europe/Copenhagen",
    viewport: { width: 1920, height: 1080 },
    storageState: await coordinator.context().storageState(),
  });
  await bigScreen.goto(`/meetings/${meetingId}/storskaerm`);
  await expect(bigScreen.getByRole("heading", { level: 1 })).toBeVisible();

  await test.step("the chair starts the round from her panel; the question is on every screen, the citizen first", async () => {
    await coordinator.getByRole("button", { name: "Dagsorden" }).click();
    const panel = coordinator.locator(".agenda-panel").getByRole("region", { name: "Et år frem" });
    await panel.getByRole("button", { name: "Start runden »Et år frem«" }).click();
    for (const page of [coordinator, citizen, professional]) {
      await expect(page.locator("[data-section=futureDialogue]")).toContainText(question);
      await expect(page.locator("[data-section=round] [aria-current=true]")).toContainText(citizenName);
    }
    await expect(panel.getByLabel(`Hvad sagde ${citizenName}?`)).toBeVisible();
    await expect(bigScreen.locator("main")).toContainText(question);
    await keepScreenshot(bigScreen, testInfo, "year-ahead-question-big-screen");
  });

  await test.step("her answers are written down under her name, with the day, as her own words", async () => {
    const panel = coordinator.locator(".agenda-panel").getByRole("region", { name: "Et år frem" });
    await panel.getByRole("button", { name: "Skriv svaret" }).click();
    await expect(panel).toContainText("Skriv svaret, før det gemmes.");
    await writeAnswer(coordinator, citizenName, "Hvad er godt", good);
    await writeAnswer(coordinator, citizenName, "Hvem hjalp", helped);
    const hers = citizen.getByRole("list", { name: "Det, vi sagde om et år frem" });
    await expect(hers.getByRole("listitem")).toHaveCount(2);
    await expect(hers.getByRole("listitem").first()).toContainText(good);
    await expect(hers.getByRole("listitem").first()).toContainText("Med mine egne ord");
    await expect(hers.getByRole("listitem").first()).toContainText(`sagt ${danishDate(daysFromNow(0))}`);
    // Read aloud as the rest of her view is (no voice in the test browser: the button says so).
    await expect(citizen.locator("[data-section=futureDialogue] .read-aloud__button")).toContainText("Et år frem");
    await expectCitizenSized(citizen);
    await expectNoSeriousAxeViolations(citizen);
    await keepScreenshot(citizen, testInfo, "year-ahead-question-and-answers-citizen-tablet");
  });

  await test.step("one tap on her tablet makes her 'what is good' her goal, in her own words, once", async () => {
    const first = citizen.getByRole("list", { name: "Det, vi sagde om et år frem" }).getByRole("listitem").first();
    await first.getByRole("button", { name: "Gør det til mit mål" }).tap();
    await expect(first).toContainText("Er nu et mål");
    await expect(first.getByRole("button")).toHaveCount(0);
    await expect(citizen.locator("[data-section=goals]")).toContainText(good);
    const goal = coordinator.getByRole("textbox", { name: "Mål 1", exact: true });
    await expect(goal).toContainText(good);
    await expect(coordinator.locator("[data-section=goals]")).toContainText("Med borgerens egne ord");
    // Only her own "what is good" is hers to turn on her tablet: her brother is for the chair.
    const second = citizen.getByRole("list", { name: "Det, vi sagde om et år frem" }).getByRole("listitem").nth(1);
    await expect(second.getByRole("button")).toHaveCount(0);
  });

  await test.step("Bo has the floor: what he did becomes his own next step; her brother becomes something that works", async () => {
    await coordinator.locator("[data-section=round]").getByRole("button", { name: "Næste", exact: true }).click();
    await expect(professional.locator("[data-section=round] [aria-current=true]")).toContainText(bo);
    await writeAnswer(coordinator, bo, "Hvad jeg gjorde", did);
    const answers = coordinator.getByRole("list", { name: "Det, vi sagde om et år frem" });
    const bos = answers.getByRole("listitem").filter({ hasText: did });
    await bos.getByRole("button", { name: `Gør til næste skridt for ${bo}` }).click();
    await expect(bos).toContainText("Er nu et næste skridt");
    await expect(bos.getByRole("button")).toHaveCount(0);
    await expect(coordinator.getByRole("textbox", { name: "Skridt 1", exact: true })).toContainText(did);
    await expect(coordinator.locator("[data-section=steps]").getByLabel("Ansvarlig")).toHaveValue(bo);
    const brother = answers.getByRole("listitem").filter({ hasText: helped });
    await brother.getByRole("button", { name: "Gør til noget, der virker" }).click();
    await expect(brother).toContainText("Står nu under Det der virker");
    await expect(coordinator.getByRole("textbox", { name: "Det der virker 1", exact: true })).toContainText(helped);
    await expect(citizen.locator("[data-section=futureDialogue]")).toContainText("Står nu under Det der virker");
    await expectNoSeriousAxeViolations(coordinator);
    await keepElementScreenshot(coordinator.locator(".agenda-panel"), testInfo, "year-ahead-chair-panel-laptop");
    await keepElementScreenshot(
      coordinator.locator("[data-section=futureDialogue]"),
      testInfo,
      "year-ahead-answers-turned-into-plan-laptop",
    );
  });

  await test.step("the progress view keeps it with its date, beside the goal and the step made from it", async () => {
    await coordinator.goto(`/cases/${caseId}/progress`);
    const future = coordinator.getByRole("region", { name: `Et år frem, sagt ${danishDate(daysFromNow(0))}` });
    await expect(future).toContainText(good);
    await expect(future).toContainText("Blev et mål, nu: i gang");
    await expect(future).toContainText("Blev et næste skridt, nu: åbent");
    await expect(future).toContainText("Blev noget, der virker, nu: virker stadig");
    // Said today: not yet a year later.
    await expect(coordinator.getByText("Et år efter: det sagde vi — det skete")).toHaveCount(0);
    await expectNoSeriousAxeViolations(coordinator);
    await keepElementScreenshot(future, testInfo, "year-ahead-progress-view-laptop");
  });
});
