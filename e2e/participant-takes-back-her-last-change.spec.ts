import { type Browser, type BrowserContext, expect, type Page, test } from "@playwright/test";
import { expectConnected } from "./support/access.ts";
import { addMember, coordinatorSession, createCaseAndMeeting, invite } from "./support/api.ts";
import { addAndWrite } from "./support/meeting.ts";
import { professionalLaptop } from "./support/viewports.ts";

/**
 * One history per person across words and lists: "Fortryd" and Ctrl+Z take back that person's
 * last change, whatever it was, and never a colleague's — with the colleague writing in the very
 * same step in between.
 */

async function twoProfessionals({ browser, baseURL }: { browser: Browser; baseURL?: string }) {
  const coordinator = await coordinatorSession(baseURL ?? "");
  const { caseId, meetingId } = await createCaseAndMeeting(coordinator, "Freja Dam", "Netværksmøde");
  const people: Page[] = [];
  const contexts: BrowserContext[] = [];
  for (const name of ["Peter Lund", "Mette Holm"]) {
    const memberId = await addMember(coordinator, caseId, { name, role: "fagperson" });
    const context = await browser.newContext(professionalLaptop);
    contexts.push(context);
    const page = await context.newPage();
    await page.goto((await invite(coordinator, meetingId, memberId, "link")).joinPath);
    await expectConnected(page);
    people.push(page);
  }
  await coordinator.dispose();
  return {
    peter: people[0] as Page,
    mette: people[1] as Page,
    close: async () => {
      for (const context of contexts) await context.close();
    },
  };
}

const stepText = (page: Page) => page.getByRole("textbox", { name: "Skridt 1", exact: true });

/** Into the step's text again, at its end, as someone coming back to it does. */
async function backToTheEnd(page: Page): Promise<void> {
  await stepText(page).click();
  await page.keyboard.press("End");
}

test("Fortryd takes back her last words, then the words before, then the step — never her colleague's", async ({
  browser,
  baseURL,
}) => {
  const { peter, mette, close } = await twoProfessionals({ browser, baseURL });
  await addAndWrite(peter, "Tilføj skridt", "Skridt 1", "Ring til gården");
  await expect(stepText(mette)).toHaveText("Ring til gården");

  await backToTheEnd(mette);
  await mette.keyboard.type(" (Mette)");
  await expect(stepText(peter)).toHaveText("Ring til gården (Mette)");

  await backToTheEnd(peter);
  await peter.keyboard.type(" inden fredag");
  await expect(stepText(mette)).toHaveText("Ring til gården (Mette) inden fredag");

  const undo = peter.getByRole("button", { name: "Fortryd" });
  await undo.click();
  await expect(stepText(peter)).toHaveText("Ring til gården (Mette)");
  await expect(stepText(mette)).toHaveText("Ring til gården (Mette)");
  await undo.click();
  await expect(stepText(mette)).toHaveText("(Mette)");
  await undo.click();
  await expect(stepText(mette)).toHaveCount(0);
  await expect(undo).toBeDisabled();

  await peter.getByRole("button", { name: "Gentag" }).click();
  await expect(stepText(mette)).toHaveText("(Mette)");
  await close();
});

test("Ctrl+Z in the text takes back the last change even when it was a tick, and then the words", async ({
  browser,
  baseURL,
}) => {
  const { peter, mette, close } = await twoProfessionals({ browser, baseURL });
  await addAndWrite(peter, "Tilføj skridt", "Skridt 1", "Ring til gården");
  await peter.getByLabel("Færdig").check();
  await expect(mette.getByLabel("Færdig")).toBeChecked();

  await backToTheEnd(peter);
  await peter.keyboard.press("ControlOrMeta+z");
  await expect(mette.getByLabel("Færdig")).not.toBeChecked();
  await expect(stepText(mette)).toHaveText("Ring til gården");
  await peter.keyboard.press("ControlOrMeta+z");
  await expect(stepText(mette)).toHaveText("");
  await close();
});
