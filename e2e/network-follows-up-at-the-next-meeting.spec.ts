import { expect, type Locator, type Page, test } from "@playwright/test";
import {
  addToRoster,
  coordinatorEnters,
  expectConnected,
  inviteByLink,
  showJoinCode,
  typeJoinCode,
} from "./support/access.ts";
import { expectNoSeriousAxeViolations } from "./support/accessibility.ts";
import { addAndWrite } from "./support/meeting.ts";
import { keepScreenshot } from "./support/screenshots.ts";
import { citizenTablet, coordinatorDesktop, professionalLaptop } from "./support/viewports.ts";

const citizenName = "Lene Berg";
const consultant = "Ole Dahl";
const goal = "Jeg vil have en praktik i en dyrehandel og klare tre dage om ugen";
const step = "ringe til dyrehandlen om en prøvedag";

/** The list item of the plan that holds the goal's editor: its status, its scales. */
function goalItem(page: Page): Locator {
  return page
    .getByRole("listitem")
    .filter({ has: page.getByRole("textbox", { name: "Mål 1", exact: true }) })
    .first();
}

function scaleOf(page: Page, name: string): Locator {
  return goalItem(page).getByRole("radiogroup", { name });
}

async function joinAsCitizen(coordinator: Page, citizen: Page): Promise<void> {
  const { dialog, code } = await showJoinCode(coordinator, citizenName);
  await typeJoinCode(citizen, code);
  await expect(citizen).toHaveURL(/\/meetings\/[0-9a-f-]{36}$/);
  await expectConnected(citizen);
  await expect(dialog).toContainText(`${citizenName} er kommet ind i mødet.`);
  await dialog.getByRole("button", { name: "Luk" }).click();
  await expect(dialog).toBeHidden();
}

test("the network follows up on the last meeting: the goal, its scales and last time's step", async ({
  browser,
}, testInfo) => {
  const coordinatorContext = await browser.newContext(coordinatorDesktop);
  const coordinator = await coordinatorContext.newPage();
  const professionalContext = await browser.newContext(professionalLaptop);
  const professional = await professionalContext.newPage();
  const citizenContext = await browser.newContext(citizenTablet);
  const citizen = await citizenContext.newPage();

  await test.step("the coordinator plans the first meeting and puts the network on the roster", async () => {
    await coordinatorEnters(coordinator);
    await coordinator.getByLabel("Borgerens navn").fill(citizenName);
    await coordinator.getByRole("button", { name: "Opret forløb" }).click();
    await coordinator.getByRole("link", { name: new RegExp(citizenName) }).click();
    await expect(coordinator.getByRole("heading", { level: 1 })).toContainText(citizenName);

    const newMeeting = coordinator.getByRole("form", { name: "Nyt møde" });
    await newMeeting.getByLabel("Mødets titel").fill("Første netværksmøde");
    await newMeeting.getByLabel("Dato").fill("2026-12-01");
    await newMeeting.getByLabel("Tidspunkt").fill("10:00");
    await newMeeting.getByRole("button", { name: "Opret møde" }).click();
    await expect(coordinator.getByRole("link", { name: "Første netværksmøde" })).toBeVisible();

    await addToRoster(coordinator, { name: consultant, role: "fagperson", organisation: "Jobcenter Aarhus" });
    await addToRoster(coordinator, { name: citizenName, role: "borger" });
    await coordinator.getByRole("link", { name: "Første netværksmøde" }).click();
    await expectConnected(coordinator);
  });

  await test.step("the consultant opens his link and the citizen types her code on the tablet", async () => {
    await professional.goto(await inviteByLink(coordinator, consultant));
    await expectConnected(professional);
    await joinAsCitizen(coordinator, citizen);
  });

  await test.step("the citizen writes her goal and sets her own scale", async () => {
    await addAndWrite(citizen, "Skriv et nyt mål", "Mål 1", goal);
    const mine = scaleOf(citizen, "Hvor er du nu på vej mod målet?");
    await expect(mine.getByRole("radio")).toHaveCount(11);
    await mine.getByRole("radio", { name: "4", exact: true }).tap();
    await expect(mine.getByRole("radio", { name: "4", exact: true })).toBeChecked();
    // Big enough to hit with a finger on the tablet.
    const box = await goalItem(citizen).locator(".scale-input__face").first().boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(44);
    expect(box?.height).toBeGreaterThanOrEqual(44);
  });

  await test.step("the consultant sees her scale first and sets his own beside it", async () => {
    await expect(professional.getByRole("textbox", { name: "Mål 1", exact: true })).toContainText(goal);
    await expect(goalItem(professional)).toContainText("Borgerens egen skala4 af 10");
    const his = scaleOf(professional, "Din skala: Hvor ser du borgeren nu på vej mod målet?");
    await his.getByRole("radio", { name: "6", exact: true }).check();
    // Each perspective on its own, side by side: no average.
    const spread = goalItem(coordinator).getByRole("list").filter({ hasText: "Ole Dahl, fagperson: 6" });
    await expect(spread.getByRole("listitem")).toHaveCount(2);
    await expect(spread).toContainText("Lene Berg, borger: 4");
  });

  await test.step("the coordinator adds a next step with an owner and a due date", async () => {
    await addAndWrite(coordinator, "Tilføj skridt", "Skridt 1", step);
    const item = coordinator.getByRole("group", { name: "Skridt 1" });
    await item.getByLabel("Ansvarlig").selectOption(consultant);
    await item.getByLabel("Frist").fill("2026-12-15");
    await expect(professional.getByRole("group", { name: "Skridt 1" }).getByLabel("Ansvarlig")).toHaveValue(consultant);
    await expect(professional.getByRole("group", { name: "Skridt 1" }).getByLabel("Frist")).toHaveValue("2026-12-15");
    await expectNoSeriousAxeViolations(citizen);
    await keepScreenshot(citizen, testInfo, "first-meeting-citizen-tablet");
  });

  await test.step("the coordinator plans the second meeting; the first one's goal and open step come along", async () => {
    await coordinator.getByRole("link", { name: `Forløb for ${citizenName}` }).click();
    const newMeeting = coordinator.getByRole("form", { name: "Nyt møde" });
    await expect(newMeeting).toContainText("Aktive mål og åbne skridt fra seneste møde kommer med i det nye møde.");
    await newMeeting.getByLabel("Mødets titel").fill("Opfølgningsmøde");
    await newMeeting.getByLabel("Dato").fill("2027-01-12");
    await newMeeting.getByLabel("Tidspunkt").fill("13:00");
    await newMeeting.getByRole("button", { name: "Opret møde" }).click();

    // Newest first, each with when, who and its status.
    const meetings = coordinator.getByRole("region", { name: "Møder" }).getByRole("listitem");
    await expect(meetings).toHaveCount(2);
    await expect(meetings.first()).toContainText("Opfølgningsmøde");
    await expect(meetings.first()).toContainText("Planlagt");
    await expect(meetings.nth(1)).toContainText("Første netværksmøde");
    await expect(meetings.nth(1)).toContainText("Karin Holm");
    await expectNoSeriousAxeViolations(coordinator);
    await keepScreenshot(coordinator, testInfo, "case-two-meetings-coordinator-desktop");

    await coordinator.getByRole("link", { name: "Opfølgningsmøde" }).click();
    await expectConnected(coordinator);
    await expect(coordinator.getByRole("textbox", { name: "Mål 1", exact: true })).toContainText(goal);
    await expect(goalItem(coordinator)).toContainText("Fra sidste møde");
    await expect(goalItem(coordinator)).toContainText("Sidst: 4");
    // A goal with a history is reached or set aside, never removed.
    await expect(goalItem(coordinator).getByRole("button", { name: "Fjern" })).toHaveCount(0);
    await expect(goalItem(coordinator).getByRole("button", { name: "Nået" })).toBeVisible();
    await expect(goalItem(coordinator).getByRole("button", { name: "Sæt på pause" })).toBeVisible();

    const review = coordinator.getByRole("region", { name: "Siden sidst" }).getByRole("listitem").first();
    await expect(review).toContainText(`Sidst aftalte vi: ${consultant} skulle ${step} inden 15. december 2026`);
    await expect(review.getByRole("radiogroup", { name: "Hvordan gik det?" }).getByRole("radio")).toHaveCount(4);
  });

  await test.step("in the second meeting the citizen marks last time's step done and both scale again", async () => {
    await professional.goto(await inviteByLink(coordinator, consultant));
    await expectConnected(professional);
    await joinAsCitizen(coordinator, citizen);

    const outcome = citizen.getByRole("radiogroup", { name: "Hvordan gik det?" });
    await outcome.getByRole("radio", { name: "Gjort" }).tap();
    await expect(
      coordinator.getByRole("radiogroup", { name: "Hvordan gik det?" }).getByRole("radio", { name: "Gjort" }),
    ).toBeChecked();
    await citizen.getByRole("textbox", { name: "Observation 1", exact: true }).click();
    await citizen.keyboard.type("Prøvedagen er aftalt til den 20.");
    await expect(coordinator.getByRole("textbox", { name: "Observation 1", exact: true })).toContainText(
      "Prøvedagen er aftalt til den 20.",
    );

    // Something that happened since last time, tied to the goal, on the day it happened.
    await addAndWrite(professional, "Tilføj observation", "Observation 2", "Lene var i dyrehandlen to hele dage");
    const seen = professional.getByRole("group", { name: "Observation 2" });
    await seen.getByLabel("Hører til mål").selectOption({ index: 1 });
    await seen.getByLabel("Set af").fill(consultant);
    await seen.getByLabel("Set af").press("Enter");
    await seen.getByLabel("Dato").fill("2026-12-20");
    await expect(coordinator.getByRole("group", { name: "Observation 2" }).getByLabel("Dato")).toHaveValue(
      "2026-12-20",
    );

    const mine = scaleOf(citizen, "Hvor er du nu på vej mod målet?");
    await expect(goalItem(citizen)).toContainText("Sidst: 4");
    await mine.getByRole("radio", { name: "7", exact: true }).tap();
    const his = scaleOf(professional, "Din skala: Hvor ser du borgeren nu på vej mod målet?");
    await expect(goalItem(professional)).toContainText("Sidst: 6");
    // Keyboard: the group is one tab stop and the arrow keys move the choice.
    await his.getByRole("radio", { name: "6", exact: true }).check();
    await his.getByRole("radio", { name: "6", exact: true }).press("ArrowRight");
    await expect(his.getByRole("radio", { name: "7", exact: true })).toBeChecked();
    await expect(goalItem(coordinator)).toContainText("Borgerens egen skala7 af 10Sidst: 4");

    for (const page of [coordinator, professional, citizen]) await expectNoSeriousAxeViolations(page);
    await keepScreenshot(citizen, testInfo, "second-meeting-citizen-tablet");
    await keepScreenshot(coordinator, testInfo, "second-meeting-coordinator-desktop");
  });

  await test.step("the progress view shows two points for the goal, and the step is done in the overview", async () => {
    await coordinator.getByRole("link", { name: `Forløb for ${citizenName}` }).click();
    await coordinator.getByRole("link", { name: "Se udviklingen over tid" }).click();
    await expect(coordinator.getByRole("heading", { level: 1 })).toHaveText(`Udviklingen for ${citizenName}`);
    await expect(coordinator.getByRole("img", { name: /borgerens skala for hvert mål/ })).toBeVisible();

    const table = coordinator.getByRole("table", { name: "Skalaer for hvert mål ved hvert møde" });
    const rows = table.getByRole("row").filter({ hasText: goal });
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0)).toContainText("Første netværksmøde");
    await expect(rows.nth(0).getByRole("cell").nth(1)).toHaveText("4");
    await expect(rows.nth(0)).toContainText("Ole Dahl (fagperson): 6");
    await expect(rows.nth(1)).toContainText("Opfølgningsmøde");
    await expect(rows.nth(1).getByRole("cell").nth(1)).toHaveText("7");
    await expect(rows.nth(1)).toContainText("Ole Dahl (fagperson): 7");
    const timeline = coordinator.getByRole("region", { name: "Siden sidst – hvad skete hvornår" });
    await expect(timeline).toContainText("20. december 2026");
    await expect(timeline).toContainText("Lene var i dyrehandlen to hele dage");
    await expect(timeline).toContainText(`Set af ${consultant}`);
    await expectNoSeriousAxeViolations(coordinator);
    await keepScreenshot(coordinator, testInfo, "progress-coordinator-desktop");

    await coordinator.getByRole("link", { name: `Forløb for ${citizenName}` }).click();
    await coordinator.getByRole("link", { name: "Se alle skridt" }).click();
    const steps = coordinator.getByRole("table", { name: "Næste skridt i forløbet" });
    const agreed = steps.getByRole("row").filter({ hasText: step });
    await expect(agreed).toContainText(consultant);
    await expect(agreed).toContainText("15. december 2026");
    await expect(agreed).toContainText("Gjort");
    await coordinator.getByLabel("Kun mine").check();
    await expect(coordinator.getByText("Der er ingen skridt, hvor du er ansvarlig.")).toBeVisible();
    await expectNoSeriousAxeViolations(coordinator);
  });

  await coordinatorContext.close();
  await professionalContext.close();
  await citizenContext.close();
});
