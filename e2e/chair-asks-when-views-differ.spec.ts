import type { BrowserContextOptions, Locator, Page } from "@playwright/test";
import { apiRoutes, pathOf } from "@samplan/shared/api";
import { addGoal, listGoals, setGoalScale } from "@samplan/shared/model";
import type { GoalId } from "@samplan/shared/vocabulary";
import { coordinatorEnters, expectConnected } from "./support/access.ts";
import { expectNoSeriousAxeViolations } from "./support/accessibility.ts";
import { addMember, createCaseAndMeeting, invite } from "./support/api.ts";
import { atCopenhagenTime, daysFromNow, now } from "./support/dates.ts";
import { guestSession, writeAs } from "./support/plan.ts";
import { keepElementScreenshot, keepScreenshot } from "./support/screenshots.ts";
import { expect, test } from "./support/test.ts";
import { citizenTablet, coordinatorDesktop, professionalLaptop } from "./support/viewports.ts";

const citizenName = "Sofie Krogh";
const anders = "Anders Bak";
const birte = "Birte Lund";
const goal = "Jeg vil have et job på et cykelværksted og klare tre dage om ugen";
const answer = "Jeg ser, at Sofie selv ringer, når hun bliver syg, og møder op de andre dage.";

/** The room's screen, signed in as the coordinator. */
const bigScreenViewport = { locale: "da-DK", timezoneId: "Europe/Copenhagen", viewport: { width: 1920, height: 1080 } };

/** The chair's own panel, opened: the agenda, and below it the perspective mirror. */
async function chairPanel(coordinator: Page): Promise<Locator> {
  await coordinator.getByRole("button", { name: "Dagsorden" }).click();
  return coordinator.getByRole("region", { name: "Når jeres syn er forskellige" });
}

/** A case with the citizen and two professionals on the roster, and a meeting that starts at `startsAt`. */
async function aCase(coordinator: Page, title: string, startsAt?: string) {
  await coordinatorEnters(coordinator);
  const baseURL = new URL(coordinator.url()).origin;
  const { caseId, meetingId } = await createCaseAndMeeting(coordinator, citizenName, title, startsAt);
  const members = {
    sofie: await addMember(coordinator, caseId, { name: citizenName, role: "borger" }),
    anders: await addMember(coordinator, caseId, { name: anders, role: "fagperson", organisation: "Jobcenter" }),
    birte: await addMember(coordinator, caseId, { name: birte, role: "fagperson", organisation: "Psykiatrien" }),
  };
  return { baseURL, caseId, meetingId, members };
}

type Case = Awaited<ReturnType<typeof aCase>>;

/** Each professional sets their own scale on the first goal, from their own session, as their browser would. */
async function professionalsRate(
  coordinator: Page,
  at: Case,
  meetingId: string,
  values: { anders: number; birte: number },
) {
  for (const who of ["anders", "birte"] as const) {
    const session = await guestSession(
      at.baseURL,
      (await invite(coordinator, meetingId, at.members[who], "link")).joinPath,
    );
    await writeAs(session, at.baseURL, meetingId, (doc, { rater }) => {
      setGoalScale(doc, (listGoals(doc)[0]?.id ?? "") as GoalId, rater, values[who]);
    });
    await session.dispose();
  }
}

test("when the citizen and two professionals put 4, 7 and 3, the chair asks Anders what he sees, in the round, and his answer is an observation on the goal", async ({
  open,
}, testInfo) => {
  // Long by nature: the chair, the citizen's tablet and the big screen, each following live.
  test.slow();
  const coordinator = await open(professionalLaptop);
  const at = await aCase(coordinator, "Netværksmøde om praktik");
  let goalId = "" as GoalId;
  const sofie = await guestSession(
    at.baseURL,
    (await invite(coordinator, at.meetingId, at.members.sofie, "link")).joinPath,
  );
  await writeAs(sofie, at.baseURL, at.meetingId, (doc, { principal }) => {
    goalId = addGoal(doc, { createdBy: principal.name, createdByRole: principal.role, text: goal });
  });
  await sofie.dispose();
  await professionalsRate(coordinator, at, at.meetingId, { anders: 7, birte: 3 });

  const citizen = await open(citizenTablet);
  await coordinator.goto(`/meetings/${at.meetingId}`);
  await citizen.goto((await invite(coordinator, at.meetingId, at.members.sofie, "link")).joinPath);
  for (const page of [coordinator, citizen]) await expectConnected(page);
  const bigScreen = await open({ ...bigScreenViewport, storageState: await coordinator.context().storageState() });
  await bigScreen.goto(`/meetings/${at.meetingId}/storskaerm`);
  await expect(bigScreen.getByRole("heading", { level: 1 })).toBeVisible();

  const panel = await chairPanel(coordinator);
  await test.step("while only the professionals have scaled, 3 and 7 are apart: the highest is asked", async () => {
    await expect(panel).toContainText("Birte Lund har sat 3 og Anders Bak 7: 4 trin fra hinanden.");
    await expect(panel).toContainText("Anders, hvad ser du, der får dig til at sætte 7?");
  });

  await test.step("she puts 4 on her tablet: Anders is furthest from her, and she is asked about one step up", async () => {
    await citizen
      .getByRole("radiogroup", { name: "Hvor er du nu på vej mod målet?" })
      .getByRole("radio", { name: "4", exact: true })
      .tap();
    await expect(panel).toContainText(
      "Sofie, hvad skulle der til for at rykke ét trin op, og hvem ville opdage det først?",
    );
    await expect(panel.getByRole("listitem")).toHaveCount(2);
    await expect(panel.getByRole("listitem").first()).toContainText("Anders, hvad ser du, der får dig til at sætte 7?");
    await expectNoSeriousAxeViolations(coordinator);
    await keepElementScreenshot(coordinator.locator(".agenda-panel"), testInfo, "perspectives-chair-panel-laptop");
  });

  await test.step("one tap takes the question into the round, with Anders first", async () => {
    await panel.getByRole("button", { name: "Tag med i runden: spørgsmålet til Anders Bak" }).click();
    await expect(panel.getByRole("listitem").first()).toContainText("Stillet i runden");
    for (const page of [coordinator, citizen]) {
      const round = page.locator("[data-section=round]");
      await expect(round).toContainText("Anders, hvad ser du, der får dig til at sætte 7?");
      await expect(round.locator("[aria-current=true]")).toContainText(anders);
    }
    await expect(citizen.locator("[data-section=round]")).toContainText("Spørgsmålet i runden");
  });

  await test.step("the chair writes his answer down; it is a Siden sidst observation on the goal, seen by Anders", async () => {
    const form = coordinator.getByRole("form", { name: "Svaret på spørgsmålet i runden" });
    await form.getByRole("button", { name: "Skriv som observation" }).click();
    await expect(form).toContainText("Skriv svaret, før det gemmes.");
    await form.getByLabel("Hvad svarede Anders Bak?").fill(answer);
    await form.getByRole("button", { name: "Skriv som observation" }).click();
    await expect(form).toContainText("Svaret står nu under Siden sidst ved Mål 1");
    const observation = coordinator.getByRole("group", { name: "Observation 1" });
    await expect(coordinator.getByRole("textbox", { name: "Observation 1", exact: true })).toContainText(answer);
    await expect(observation.getByLabel("Hører til mål")).toHaveValue(goalId);
    await expect(observation.getByLabel("Set af")).toHaveValue(anders);
    await expect(citizen.locator("[data-section=observations]")).toContainText(answer);
  });

  await test.step("the citizen's tablet and the big screen never show the suggestions or why", async () => {
    for (const page of [citizen, bigScreen]) {
      await expect(page.getByText("Når jeres syn er forskellige")).toHaveCount(0);
      await expect(page.getByText(/trin fra hinanden/)).toHaveCount(0);
      await expect(page.getByText(/rykke ét trin op/)).toHaveCount(0);
      await expect(page.getByRole("button", { name: /Tag med i runden/ })).toHaveCount(0);
    }
    await expect(bigScreen.getByText(/hvad ser du/)).toHaveCount(0);
    await expectNoSeriousAxeViolations(citizen);
    await keepScreenshot(citizen, testInfo, "perspectives-round-question-citizen-tablet");
    await keepScreenshot(coordinator, testInfo, "perspectives-answered-coordinator-laptop");
  });
});

/**
 * Two meetings: the first two weeks ago, where she put 3, Anders 7 and Birte 4, and this one, planned
 * after it so the goal and last time's scales come along.
 */
async function twoMeetings(open: (options: BrowserContextOptions) => Promise<Page>) {
  const coordinator = await open(coordinatorDesktop);
  const at = await aCase(coordinator, "Første netværksmøde", atCopenhagenTime(daysFromNow(-14), "10:00"));
  const sofie = await guestSession(
    at.baseURL,
    (await invite(coordinator, at.meetingId, at.members.sofie, "link")).joinPath,
  );
  await writeAs(sofie, at.baseURL, at.meetingId, (doc, { principal, rater }) => {
    const id = addGoal(doc, { createdBy: principal.name, createdByRole: principal.role, text: goal });
    setGoalScale(doc, id, rater, 3);
  });
  await sofie.dispose();
  await professionalsRate(coordinator, at, at.meetingId, { anders: 7, birte: 4 });
  const answer = await coordinator.request.post(pathOf(apiRoutes.createMeeting, { caseId: at.caseId }), {
    data: { title: "Opfølgningsmøde", startsAt: new Date(now().getTime() - 60_000).toISOString() },
  });
  expect(answer.ok()).toBe(true);
  const second = ((await answer.json()) as { id: string }).id;
  return { coordinator, at, second };
}

test("at the next meeting she moved from 3 to 6 while the others stood still: the chair asks her what helped, and the progress view shows the spread narrowing", async ({
  open,
}, testInfo) => {
  test.slow();
  const { coordinator, at, second } = await twoMeetings(open);
  const sofie = await guestSession(at.baseURL, (await invite(coordinator, second, at.members.sofie, "link")).joinPath);
  await writeAs(sofie, at.baseURL, second, (doc, { rater }) => {
    setGoalScale(doc, (listGoals(doc)[0]?.id ?? "") as GoalId, rater, 6);
  });
  await sofie.dispose();
  await professionalsRate(coordinator, at, second, { anders: 7, birte: 4 });

  await test.step("each scale shows how it moved, and the chair is offered one question of each kind", async () => {
    await coordinator.goto(`/meetings/${second}`);
    await expectConnected(coordinator);
    const spread = coordinator.locator(".scale-spread").first();
    await expect(spread).toContainText("Sofie 6↑3");
    await expect(spread).toContainText("Sofie Krogh, borger: 6 (sidst 3)");
    await keepElementScreenshot(spread, testInfo, "perspectives-scales-moved-coordinator");
    const panel = await chairPanel(coordinator);
    const questions = panel.getByRole("listitem");
    await expect(questions).toHaveCount(2);
    // Views apart: Birte (4) is furthest from her 6. She moved alone: what helped?
    await expect(questions.nth(0)).toContainText("Birte, hvad ser du, der får dig til at sætte 4?");
    await expect(questions.nth(1)).toContainText(
      "Sofie Krogh er gået fra 3 til 6 siden sidst. De andre står, hvor de stod.",
    );
    await expect(questions.nth(1)).toContainText("Sofie, du er gået fra 3 til 6. Hvad har du gjort, der har hjulpet?");
    await expectNoSeriousAxeViolations(coordinator);
    await keepElementScreenshot(
      coordinator.locator(".agenda-panel"),
      testInfo,
      "perspectives-second-meeting-chair-panel",
    );
  });

  await test.step("the progress view shows how far apart they were at each meeting, and who was at each end", async () => {
    await coordinator.goto(`/cases/${at.caseId}/progress`);
    await expect(coordinator.getByRole("heading", { level: 1 })).toHaveText(`Udviklingen for ${citizenName}`);
    const table = coordinator.getByRole("table", { name: /afstanden mellem skalaerne ved hvert møde/ });
    const rows = table.getByRole("row");
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(1)).toContainText("Første netværksmøde");
    await expect(rows.nth(1)).toContainText("4 trin");
    await expect(rows.nth(1)).toContainText(`${citizenName}: 3`);
    await expect(rows.nth(1)).toContainText(`${anders}: 7`);
    await expect(rows.nth(2)).toContainText("Opfølgningsmøde");
    await expect(rows.nth(2)).toContainText("3 trin");
    await expect(rows.nth(2)).toContainText(`${birte}: 4`);
    await expectNoSeriousAxeViolations(coordinator);
    await keepScreenshot(coordinator, testInfo, "perspectives-progress-spread-desktop");
  });
});
