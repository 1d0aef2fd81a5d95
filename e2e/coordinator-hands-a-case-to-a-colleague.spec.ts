import { apiRoutes, pathOf } from "@samplan/shared/api";
import { addGoal } from "@samplan/shared/model";
import { coordinatorEnters } from "./support/access.ts";
import { expectNoSeriousAxeViolations } from "./support/accessibility.ts";
import { addMember, coordinatorSession, createCaseAndMeeting, invite } from "./support/api.ts";
import { expectCitizenSized } from "./support/citizenView.ts";
import { writeAs } from "./support/plan.ts";
import { keepElementScreenshot, keepScreenshot } from "./support/screenshots.ts";
import { expect, test } from "./support/test.ts";
import { citizenTablet, coordinatorDesktop } from "./support/viewports.ts";

const citizenName = "Søren Vang";
const goal = "Et job i et køkken";
const note = "Det vigtigste at vide om Søren: ring efter kl. 10, og tal om køkkenet først.";
const password = "kaffe på kontoret klokken otte";

/** A coordinator colleague of her own for each journey: a fresh username on whichever server runs it. */
async function colleagueOn(origin: string): Promise<{ username: string; name: string; accountId: string }> {
  const username = `line-${Date.now().toString(36)}`;
  const name = `Line Berg ${username.slice(5)}`;
  const api = await coordinatorSession(origin);
  const created = await api.post(pathOf(apiRoutes.createAccount), {
    data: { username, displayName: name, password, role: "koordinator" },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  await api.dispose();
  return { username, name, accountId: id };
}

test("the coordinator hands a case to a colleague, who reads the note and finds the whole history", async ({
  open,
}, testInfo) => {
  const karin = await open(coordinatorDesktop);
  await coordinatorEnters(karin);
  const origin = new URL(karin.url()).origin;
  const colleague = await colleagueOn(origin);
  const { caseId, meetingId } = await createCaseAndMeeting(karin, citizenName, "Netværksmøde om køkkenet");
  await writeAs(karin.request, origin, meetingId, (doc, { principal }) => {
    addGoal(doc, { createdBy: principal.name, createdByRole: principal.role, text: goal });
  });

  await test.step("Karin gives the case to Line with a note, and is back on her own cases", async () => {
    await karin.goto(`/cases/${caseId}`);
    await karin.getByText("Giv forløbet videre til en kollega").click();
    const form = karin.locator(".handover-form");
    await form.getByLabel("Ny koordinator").selectOption({ label: colleague.name });
    await form.getByLabel("Besked til den nye koordinator").fill(note);
    await expect(form).toContainText("har du ikke længere adgang til det");
    await expectNoSeriousAxeViolations(karin);
    await keepElementScreenshot(form, testInfo, "handover-form");
    await form.getByRole("button", { name: "Giv forløbet videre" }).click();
    await expect(karin.getByRole("heading", { name: "Forløb", level: 1 })).toBeVisible();
    await expect(karin.getByRole("link", { name: citizenName })).toHaveCount(0);
    await karin.goto(`/cases/${caseId}`);
    await expect(karin.getByRole("heading", { level: 1 })).toHaveText("Forløbet findes ikke.");
  });

  await test.step("Line opens the case, reads the note at the top of the case, finds the plan as it was, and puts the note away", async () => {
    const line = await open(coordinatorDesktop);
    // Signing in is tested in its own journeys; here she only needs her session.
    const signedIn = await line.request.post(pathOf(apiRoutes.signIn), {
      data: { username: colleague.username, password },
    });
    expect(signedIn.status(), await signedIn.text()).toBe(200);
    await line.goto(`/cases/${caseId}`);
    const notice = line.getByRole("region", { name: "Besked fra Karin Holm" });
    await expect(notice).toContainText(note);
    await expectNoSeriousAxeViolations(line);
    await keepElementScreenshot(notice, testInfo, "handover-note");

    await line.getByRole("link", { name: "Netværksmøde om køkkenet" }).click();
    await expect(line.getByText(goal)).toBeVisible();
    await line.goBack();
    await line.getByRole("button", { name: "Jeg har læst den – skjul beskeden" }).click();
    // Gone because the server says so: the page asks again once it is put away.
    await expect(notice).toHaveCount(0);
  });
});

test("the citizen is told, on her tablet, who her new coordinator is", async ({ open }, testInfo) => {
  const karin = await open(coordinatorDesktop);
  await coordinatorEnters(karin);
  const colleague = await colleagueOn(new URL(karin.url()).origin);
  const { caseId, meetingId } = await createCaseAndMeeting(karin, citizenName, "Netværksmøde om køkkenet");
  const soren = await addMember(karin, caseId, { name: citizenName, role: "borger" });
  const { joinPath } = await invite(karin, meetingId, soren, "link");
  const handedOver = await karin.request.post(pathOf(apiRoutes.handOverCase, { caseId }), {
    data: { toAccountId: colleague.accountId, note },
  });
  expect(handedOver.status(), await handedOver.text()).toBe(201);

  const tablet = await open(citizenTablet);
  await tablet.goto(joinPath);
  await expect(
    tablet.getByText(
      `Din nye koordinator er ${colleague.name}. ${colleague.name} har læst din plan og det, I har aftalt.`,
    ),
  ).toBeVisible();
  // The note was for the coordinator: nothing of it reaches the citizen.
  await expect(tablet.getByText(note)).toHaveCount(0);
  await expectCitizenSized(tablet);
  await keepScreenshot(tablet, testInfo, "handover-citizen-told");
});
