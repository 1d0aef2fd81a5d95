import { expect, type Page, test } from "@playwright/test";
import { coordinatorEnters } from "./support/access.ts";
import { expectNoSeriousAxeViolations } from "./support/accessibility.ts";
import { addMember, closeMeeting, createCaseAndMeeting, invite } from "./support/api.ts";
import { citizenTablet, coordinatorDesktop, professionalLaptop } from "./support/viewports.ts";

/** Opens the page, waits until it has said what it is (its h1) and, for a live meeting, connected. */
async function visit(page: Page, path: string, live = false): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("Henter…")).toHaveCount(0);
  if (live) await expect(page.getByRole("status").filter({ hasText: "Forbundet" })).toBeVisible();
}

test("every page and every view passes axe with no serious or critical violations", async ({ browser }) => {
  const coordinatorContext = await browser.newContext(coordinatorDesktop);
  const coordinator = await coordinatorContext.newPage();
  // The setup page (on a fresh server) is checked inside coordinatorEnters.
  await coordinatorEnters(coordinator);
  const { caseId, meetingId } = await createCaseAndMeeting(coordinator, "Omar Ali", "Netværksmøde");
  const earlier = await createCaseAndMeeting(coordinator, "Omar Ali (tidligere)", "Første møde");
  const omar = await addMember(coordinator, caseId, { name: "Omar Ali", role: "borger" });
  const peter = await addMember(coordinator, caseId, { name: "Peter Lund", role: "fagperson", organisation: "Psyk" });
  const mona = await addMember(coordinator, caseId, { name: "Mona Berg", role: "observatoer" });
  const earlierOmar = await addMember(coordinator, earlier.caseId, { name: "Omar Ali", role: "borger" });
  await closeMeeting(coordinator, earlier.meetingId);

  const pages: [string, string, boolean][] = [
    ["the list of cases", "/", false],
    ["settings", "/settings", false],
    ["a case", `/cases/${caseId}`, false],
    ["a case's activity log", `/cases/${caseId}/audit`, false],
    ["a case's progress", `/cases/${caseId}/progress`, false],
    ["a case's steps", `/cases/${caseId}/steps`, false],
    ["the coordinator's meeting", `/meetings/${meetingId}`, true],
    ["the big screen", `/meetings/${meetingId}/storskaerm`, false],
    ["a closed meeting", `/meetings/${earlier.meetingId}`, false],
    ["the minutes", `/meetings/${earlier.meetingId}/referat`, false],
    ["a page that does not exist", "/cases/00000000-0000-4000-8000-000000000000", false],
  ];
  for (const [what, path, live] of pages) {
    await test.step(`the coordinator: ${what}`, async () => {
      await visit(coordinator, path, live);
      await expectNoSeriousAxeViolations(coordinator);
    });
  }

  const guests: [string, string, string, typeof professionalLaptop][] = [
    ["the professional's meeting", peter, meetingId, professionalLaptop],
    ["the observer's meeting", mona, meetingId, professionalLaptop],
    ["the citizen's meeting", omar, meetingId, citizenTablet],
    ["the citizen's closed meeting, with what was agreed", earlierOmar, earlier.meetingId, citizenTablet],
  ];
  for (const [what, memberId, meeting, viewport] of guests) {
    await test.step(what, async () => {
      const { joinPath } = await invite(coordinator, meeting, memberId, "link");
      const context = await browser.newContext(viewport);
      const page = await context.newPage();
      await page.goto(joinPath);
      await expect(page).toHaveURL(new RegExp(`/meetings/${meeting}$`));
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(
        page
          .getByRole("status")
          .filter({ hasText: /Forbundet|Offline/ })
          .or(page.getByText("Mødet er afsluttet")),
      ).not.toHaveCount(0);
      await expectNoSeriousAxeViolations(page);
      await context.close();
    });
  }

  await test.step("signed out: sign in, and join by code", async () => {
    const context = await browser.newContext(citizenTablet);
    const page = await context.newPage();
    await visit(page, "/sign-in");
    await expectNoSeriousAxeViolations(page);
    await visit(page, "/join");
    await expectNoSeriousAxeViolations(page);
    await context.close();
  });
  await coordinatorContext.close();
});
