import { HocuspocusProvider } from "@hocuspocus/provider";
import type { APIRequestContext } from "@playwright/test";
import { apiRoutes, pathOf } from "@samplan/shared/api";
import { addGoal, createMeetingDocument } from "@samplan/shared/model";
import { type MeetingId, meetingDocumentName } from "@samplan/shared/vocabulary";
import { coordinatorEnters, expectConnected, inviteByLink, rosterEntry } from "./support/access.ts";
import { expectNoSeriousAxeViolations } from "./support/accessibility.ts";
import { addMember, closeMeeting, createCaseAndMeeting } from "./support/api.ts";
import { addAndWrite } from "./support/meeting.ts";
import { keepScreenshot } from "./support/screenshots.ts";
import { expect, test } from "./support/test.ts";
import { citizenTablet, coordinatorDesktop } from "./support/viewports.ts";

const interpreter = "Amira Hassan";
const goal = "Jeg vil gerne lære at køre bil";

/**
 * A client that goes round the view: the interpreter's own session, a connection token of theirs
 * and a goal written straight into the document, as a browser's console could. Resolves with the
 * scope the server gave the connection once the goal is sent.
 */
async function forceAGoal(api: APIRequestContext, baseURL: string, meetingId: string, text: string) {
  const token = async () =>
    ((await (await api.post(pathOf(apiRoutes.connectionToken, { meetingId }))).json()) as { token: string }).token;
  const doc = createMeetingDocument();
  const provider = await new Promise<HocuspocusProvider>((resolve, reject) => {
    const opened: HocuspocusProvider = new HocuspocusProvider({
      url: `${baseURL.replace(/^http/, "ws")}/collaboration`,
      name: meetingDocumentName(meetingId as MeetingId),
      document: doc,
      token,
      onSynced: () => resolve(opened),
      onAuthenticationFailed: ({ reason }) => reject(new Error(`refused: ${reason}`)),
    });
  });
  addGoal(doc, { createdBy: interpreter, createdByRole: "tolk", text });
  return provider;
}

test("the interpreter joins the meeting, sees the citizen's plain view in Danish, cannot write, and is in the minutes", async ({
  open,
}, testInfo) => {
  // Long by nature: the roster, consent, the interpreter's view, a forced write and the minutes,
  // in two browsers; about 45 s on a loaded machine.
  test.slow();
  const coordinator = await open(coordinatorDesktop);
  await coordinatorEnters(coordinator);
  const { caseId, meetingId } = await createCaseAndMeeting(coordinator, "Hassan Ali", "Netværksmøde med tolk");
  await addMember(coordinator, caseId, { name: "Hassan Ali", role: "borger" });

  await test.step("the coordinator adds the interpreter only once she has ticked that they are 18 or over", async () => {
    await coordinator.goto(`/cases/${caseId}`);
    const form = coordinator.getByRole("form", { name: "Tilføj deltager" });
    await form.getByLabel("Navn", { exact: true }).fill(interpreter);
    await form.getByLabel("Rolle").selectOption("tolk");
    await form.getByLabel("Organisation").fill("Tolkebureauet");
    await form.getByRole("button", { name: "Tilføj deltager" }).click();
    const tick = form.getByLabel("Tolken er fyldt 18 år");
    await expect(tick).toBeFocused();
    await expect(tick).toHaveAccessibleDescription(/Bekræft at tolken er fyldt 18 år\./);
    await expectNoSeriousAxeViolations(coordinator);
    await keepScreenshot(coordinator, testInfo, "roster-interpreter-needs-confirmation-desktop");
    await tick.check();
    await form.getByRole("button", { name: "Tilføj deltager" }).click();
    await expect(form).toContainText(`${interpreter} er tilføjet.`);
    await expect(rosterEntry(coordinator, interpreter)).toContainText("Tolk · Tolkebureauet");

    const consent = coordinator.getByRole("form", { name: "Registrer samtykke" });
    await consent.getByLabel("Formål").fill("Tolk ved netværksmødet");
    await consent.getByRole("group", { name: "Personer, samtykket dækker" }).getByLabel(interpreter).check();
    await consent.getByRole("button", { name: "Registrer samtykke" }).click();
    await expect(rosterEntry(coordinator, interpreter)).toContainText("Dækket af samtykke");
    await coordinator.getByRole("link", { name: /Netværksmøde med tolk/ }).click();
    await expectConnected(coordinator);
    await addAndWrite(coordinator, "Tilføj mål", "Mål 1", goal);
  });

  const link = await inviteByLink(coordinator, interpreter);
  // The interpreter's tablet was last used in English: the meeting is in Danish all the same.
  const theirs = await open(citizenTablet);
  await theirs.context().addInitScript(() => localStorage.setItem("samplan.language", "en"));

  await test.step("the interpreter opens their link and sees the citizen's plain view, in Danish, with nothing to write with", async () => {
    await theirs.goto(link);
    await expectConnected(theirs);
    await expect(theirs.locator("html")).toHaveAttribute("lang", "da");
    await expect(theirs.getByRole("heading", { name: "Mine mål", level: 2 })).toBeVisible();
    await expect(theirs.getByRole("textbox", { name: "Mål 1", exact: true })).toContainText(goal);
    await expect(theirs.getByText("Du er tolk ved mødet.")).toBeVisible();
    await expect(theirs.getByRole("textbox", { name: "Mål 1", exact: true })).toHaveAttribute("aria-readonly", "true");
    for (const add of ["Skriv et nyt mål", "Fortæl om noget, der gik godt", "Skriv et nyt skridt"]) {
      await expect(theirs.getByRole("button", { name: add })).toHaveCount(0);
    }
    await expect(theirs.getByRole("button", { name: /Fortryd/ })).toHaveCount(0);
    await expect(coordinator.getByRole("list", { name: "Til stede" })).toContainText(interpreter);
    await expectNoSeriousAxeViolations(theirs);
    await keepScreenshot(theirs, testInfo, "interpreter-tablet");
  });

  await test.step("a goal forced over the websocket with the interpreter's own session reaches nobody", async () => {
    const forced = await forceAGoal(theirs.request, new URL(theirs.url()).origin, meetingId, "Skrevet af tolken");
    try {
      expect(forced.authorizedScope).toBe("readonly");
      // Something the coordinator writes after it reaches the interpreter; by then the forced goal would have too.
      await addAndWrite(coordinator, "Tilføj mål", "Mål 2", "Et mål skrevet bagefter");
      await expect(theirs.getByRole("textbox", { name: "Mål 2", exact: true })).toContainText("bagefter");
      await expect(coordinator.getByText("Skrevet af tolken")).toHaveCount(0);
      await expect(theirs.getByText("Skrevet af tolken")).toHaveCount(0);
    } finally {
      forced.destroy();
    }
  });

  await test.step("the minutes list the interpreter as present", async () => {
    await closeMeeting(coordinator, meetingId);
    await coordinator.goto(`/meetings/${meetingId}/referat`);
    const participants = coordinator.getByRole("listitem").filter({ hasText: interpreter });
    await expect(participants).toContainText(`${interpreter} · Tolk · Tolkebureauet — Til stede`);
    await keepScreenshot(coordinator, testInfo, "minutes-with-interpreter-desktop");
  });
});
