import type { BrowserContextOptions, Locator, Page } from "@playwright/test";
import { apiRoutes, pathOf } from "@samplan/shared/api";
import {
  addGoal,
  addNextStep,
  addProgressObservation,
  listGoals,
  listProgressObservations,
  setGoalScale,
  updateProgressObservation,
} from "@samplan/shared/model";
import type { GoalId } from "@samplan/shared/vocabulary";
import { coordinatorEnters, expectConnected, inviteByLink, showJoinCode, typeJoinCode } from "./support/access.ts";
import { expectNoSeriousAxeViolations } from "./support/accessibility.ts";
import { addMember, createCaseAndMeeting, invite } from "./support/api.ts";
import { danishDigits, dateField, typeDate, typeTime } from "./support/dateFields.ts";
import { atCopenhagenTime, danishDate, daysFromNow, now } from "./support/dates.ts";
import { addAndWrite } from "./support/meeting.ts";
import { guestSession, writeAs } from "./support/plan.ts";
import { keepScreenshot } from "./support/screenshots.ts";
import { expect, test } from "./support/test.ts";
import { citizenTablet, coordinatorDesktop, professionalLaptop } from "./support/viewports.ts";

const citizenName = "Lene Berg";
const consultant = "Ole Dahl";
const goal = "Jeg vil have en praktik i en dyrehandel og klare tre dage om ugen";
const step = "ringe til dyrehandlen om en prøvedag";
const happened = "Lene var i dyrehandlen to hele dage";

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

test("at the first meeting the citizen sets her goal and scale, the consultant his beside it, and a step gets a deadline", async ({
  open,
}, testInfo) => {
  const coordinator = await open(coordinatorDesktop);
  const professional = await open(professionalLaptop);
  const citizen = await open(citizenTablet);
  const deadline = daysFromNow(14);
  // Long by nature: three browsers, the meeting planned on the case page, a join code typed on
  // the tablet and three people writing — the one follow-up journey done entirely by hand.
  test.slow();

  await test.step("the coordinator plans the first meeting on the case page", async () => {
    await coordinatorEnters(coordinator);
    await coordinator.getByLabel("Borgerens navn").fill(citizenName);
    await coordinator.getByRole("button", { name: "Opret forløb" }).click();
    await coordinator.getByRole("link", { name: new RegExp(citizenName) }).click();
    await expect(coordinator.getByRole("heading", { level: 1 })).toContainText(citizenName);

    const newMeeting = coordinator.getByRole("form", { name: "Nyt møde" });
    await newMeeting.getByLabel("Mødets titel").fill("Første netværksmøde");
    await typeDate(newMeeting, "Dato", daysFromNow(0));
    await typeTime(newMeeting, "Tidspunkt", "10:00");
    await newMeeting.getByRole("button", { name: "Opret møde" }).click();
    await expect(coordinator.getByRole("link", { name: "Første netværksmøde" })).toBeVisible();
    // The roster form is the first-meeting journey's; here the network is put on it directly.
    const caseId = new URL(coordinator.url()).pathname.split("/").at(-1) ?? "";
    await addMember(coordinator, caseId, { name: consultant, role: "fagperson", organisation: "Jobcenter Aarhus" });
    await addMember(coordinator, caseId, { name: citizenName, role: "borger" });
    await coordinator.reload();
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
    await typeDate(item, "Frist", deadline);
    await expect(professional.getByRole("group", { name: "Skridt 1" }).getByLabel("Ansvarlig")).toHaveValue(consultant);
    await expect(dateField(professional.getByRole("group", { name: "Skridt 1" }), "Frist")).toContainText(
      danishDigits(deadline),
    );
    await expectNoSeriousAxeViolations(citizen);
    await keepScreenshot(citizen, testInfo, "first-meeting-citizen-tablet");
  });
});

/**
 * A case whose first meeting was held two weeks ago, set up through the API and written as the
 * first-meeting journey above writes it: the citizen's goal and her scale 4, the consultant's 6,
 * and his step with a deadline. Only the coordinator's browser is open, on the list of cases.
 */
async function afterTheFirstMeeting(open: (options: BrowserContextOptions) => Promise<Page>) {
  const coordinator = await open(coordinatorDesktop);
  await coordinatorEnters(coordinator);
  const baseURL = new URL(coordinator.url()).origin;
  const first = await createCaseAndMeeting(
    coordinator,
    citizenName,
    "Første netværksmøde",
    atCopenhagenTime(daysFromNow(-14), "10:00"),
  );
  const { caseId } = first;
  const lene = await addMember(coordinator, caseId, { name: citizenName, role: "borger" });
  const ole = await addMember(coordinator, caseId, { name: consultant, role: "fagperson", organisation: "Jobcenter" });
  const deadline = daysFromNow(-3);

  const leneThen = await guestSession(baseURL, (await invite(coordinator, first.meetingId, lene, "link")).joinPath);
  const oleThen = await guestSession(baseURL, (await invite(coordinator, first.meetingId, ole, "link")).joinPath);
  let goalId = "" as GoalId;
  await writeAs(leneThen, baseURL, first.meetingId, (doc, { principal, rater }) => {
    goalId = addGoal(doc, { createdBy: principal.name, createdByRole: principal.role, text: goal });
    setGoalScale(doc, goalId, rater, 4);
  });
  await writeAs(oleThen, baseURL, first.meetingId, (doc, { principal, rater }) => {
    setGoalScale(doc, goalId, rater, 6);
    addNextStep(doc, {
      createdBy: principal.name,
      createdByRole: principal.role,
      text: step,
      owner: consultant,
      dueDate: deadline,
      goalId,
    });
  });
  for (const session of [leneThen, oleThen]) await session.dispose();
  return { coordinator, baseURL, caseId, members: { lene, ole }, deadline };
}

type FirstMeeting = Awaited<ReturnType<typeof afterTheFirstMeeting>>;

/** The second meeting, planned through the API (the case page's form is the journey below). */
async function planTheSecondMeeting({ coordinator, caseId }: FirstMeeting): Promise<string> {
  const answer = await coordinator.request.post(pathOf(apiRoutes.createMeeting, { caseId }), {
    data: { title: "Opfølgningsmøde", startsAt: new Date(now().getTime() - 60_000).toISOString() },
  });
  expect(answer.ok()).toBe(true);
  return ((await answer.json()) as { id: string }).id;
}

test("the coordinator plans the next meeting; the goal, its scales and last time's open step come along", async ({
  open,
}, testInfo) => {
  const first = await afterTheFirstMeeting(open);
  const { coordinator } = first;
  await coordinator.goto(`/cases/${first.caseId}`);
  const newMeeting = coordinator.getByRole("form", { name: "Nyt møde" });
  await expect(newMeeting).toContainText("Aktive mål og åbne skridt fra seneste møde kommer med i det nye møde.");
  await newMeeting.getByLabel("Mødets titel").fill("Opfølgningsmøde");
  await typeDate(newMeeting, "Dato", daysFromNow(28));
  await typeTime(newMeeting, "Tidspunkt", "13:00");
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
  await expect(review).toContainText(
    `Sidst aftalte vi: ${consultant} skulle ${step} inden ${danishDate(first.deadline)}`,
  );
  await expect(review.getByRole("radiogroup", { name: "Hvordan gik det?" }).getByRole("radio")).toHaveCount(4);
});

test("at the next meeting the citizen marks last time's step done, and she and the consultant scale again", async ({
  open,
}, testInfo) => {
  // Long by nature: three browsers at the second meeting, each joining, then the review, an
  // observation with its date, both scales again, and axe on all three views (35–44 s measured).
  test.slow();
  const first = await afterTheFirstMeeting(open);
  const { coordinator } = first;
  const meetingId = await planTheSecondMeeting(first);
  const professional = await open(professionalLaptop);
  const citizen = await open(citizenTablet);
  await coordinator.goto(`/meetings/${meetingId}`);
  await professional.goto((await invite(coordinator, meetingId, first.members.ole, "link")).joinPath);
  await citizen.goto((await invite(coordinator, meetingId, first.members.lene, "link")).joinPath);
  for (const page of [coordinator, professional, citizen]) await expectConnected(page);

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
  const happenedOn = daysFromNow(-5);
  await addAndWrite(professional, "Tilføj observation", "Observation 2", happened);
  const seen = professional.getByRole("group", { name: "Observation 2" });
  await seen.getByLabel("Hører til mål").selectOption({ index: 1 });
  await seen.getByLabel("Set af").fill(consultant);
  await seen.getByLabel("Set af").press("Enter");
  await typeDate(seen, "Dato", happenedOn);
  await expect(dateField(coordinator.getByRole("group", { name: "Observation 2" }), "Dato")).toContainText(
    danishDigits(happenedOn),
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

test("after two meetings the progress view shows two points for the goal, and the step is done in the overview", async ({
  open,
}, testInfo) => {
  const first = await afterTheFirstMeeting(open);
  const { coordinator, baseURL } = first;
  const meetingId = await planTheSecondMeeting(first);
  const happenedOn = daysFromNow(-5);
  const lene = await guestSession(baseURL, (await invite(coordinator, meetingId, first.members.lene, "link")).joinPath);
  const ole = await guestSession(baseURL, (await invite(coordinator, meetingId, first.members.ole, "link")).joinPath);
  await writeAs(lene, baseURL, meetingId, (doc, { rater }) => {
    const review = listProgressObservations(doc).find((observation) => observation.review);
    if (review) updateProgressObservation(doc, review.id, { outcome: "done" });
    setGoalScale(doc, (listGoals(doc)[0]?.id ?? "") as GoalId, rater, 7);
  });
  await writeAs(ole, baseURL, meetingId, (doc, { principal, rater }) => {
    const goalId = (listGoals(doc)[0]?.id ?? "") as GoalId;
    setGoalScale(doc, goalId, rater, 7);
    addProgressObservation(doc, {
      createdBy: principal.name,
      createdByRole: principal.role,
      text: happened,
      goalId,
      observedBy: consultant,
      happenedOn,
    });
  });

  await coordinator.goto(`/cases/${first.caseId}`);
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
  await expect(timeline).toContainText(danishDate(happenedOn));
  await expect(timeline).toContainText(happened);
  await expect(timeline).toContainText(`Set af ${consultant}`);
  await expectNoSeriousAxeViolations(coordinator);
  await keepScreenshot(coordinator, testInfo, "progress-coordinator-desktop");

  await coordinator.getByRole("link", { name: `Forløb for ${citizenName}` }).click();
  await coordinator.getByRole("link", { name: "Se alle skridt" }).click();
  const steps = coordinator.getByRole("table", { name: "Næste skridt i forløbet" });
  const agreed = steps.getByRole("row").filter({ hasText: step });
  await expect(agreed).toContainText(consultant);
  await expect(agreed).toContainText(danishDate(first.deadline));
  await expect(agreed).toContainText("Gjort");
  await coordinator.getByLabel("Kun mine").check();
  await expect(coordinator.getByText("Der er ingen skridt, hvor du er ansvarlig.")).toBeVisible();
  await expectNoSeriousAxeViolations(coordinator);
});
