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

/** A case with a live meeting and its roster, and another case whose earlier meeting is closed. */
async function casesToVisit(coordinator: Page) {
  const { caseId, meetingId } = await createCaseAndMeeting(coordinator, "Omar Ali", "Netværksmøde");
  const earlier = await createCaseAndMeeting(coordinator, "Omar Ali (tidligere)", "Første møde");
  const omar = await addMember(coordinator, caseId, { name: "Omar Ali", role: "borger" });
  const peter = await addMember(coordinator, caseId, { name: "Peter Lund", role: "fagperson", organisation: "Psyk" });
  const mona = await addMember(coordinator, caseId, { name: "Mona Berg", role: "observatoer" });
  const earlierOmar = await addMember(coordinator, earlier.caseId, { name: "Omar Ali", role: "borger" });
  await closeMeeting(coordinator, earlier.meetingId);
  return { caseId, meetingId, earlier, members: { omar, peter, mona, earlierOmar } };
}

// One test per group of pages, each with its own cases made through the API, so no test carries
// every page's load and axe run (several seconds each on a 2-core machine).
const coordinatorPages: [string, (c: Awaited<ReturnType<typeof casesToVisit>>) => string, boolean][][] = [
  [
    ["the list of cases", () => "/", false],
    ["settings", () => "/settings", false],
    ["a case", ({ caseId }) => `/cases/${caseId}`, false],
    ["a case's activity log", ({ caseId }) => `/cases/${caseId}/audit`, false],
    ["a case's progress", ({ caseId }) => `/cases/${caseId}/progress`, false],
    ["a case's steps", ({ caseId }) => `/cases/${caseId}/steps`, false],
  ],
  [
    ["the coordinator's meeting", ({ meetingId }) => `/meetings/${meetingId}`, true],
    ["the big screen", ({ meetingId }) => `/meetings/${meetingId}/storskaerm`, false],
    ["a closed meeting", ({ earlier }) => `/meetings/${earlier.meetingId}`, false],
    ["the minutes", ({ earlier }) => `/meetings/${earlier.meetingId}/referat`, false],
    ["a page that does not exist", () => "/cases/00000000-0000-4000-8000-000000000000", false],
  ],
];

for (const pages of coordinatorPages) {
  test(`the coordinator's pages pass axe: ${pages.map(([what]) => what).join(", ")}`, async ({ browser }) => {
    const context = await browser.newContext(coordinatorDesktop);
    const coordinator = await context.newPage();
    // The setup page (on a fresh server) is checked inside coordinatorEnters.
    await coordinatorEnters(coordinator);
    const cases = await casesToVisit(coordinator);
    for (const [what, path, live] of pages) {
      await test.step(what, async () => {
        await visit(coordinator, path(cases), live);
        await expectNoSeriousAxeViolations(coordinator);
      });
    }
    await context.close();
  });
}

type GuestView = [
  string,
  keyof Awaited<ReturnType<typeof casesToVisit>>["members"],
  "live" | "closed",
  typeof professionalLaptop,
];
const guestViews: GuestView[][] = [
  [
    ["the professional's meeting", "peter", "live", professionalLaptop],
    ["the observer's meeting", "mona", "live", professionalLaptop],
  ],
  [
    ["the citizen's meeting", "omar", "live", citizenTablet],
    ["the citizen's closed meeting, with what was agreed", "earlierOmar", "closed", citizenTablet],
  ],
];

for (const views of guestViews) {
  test(`the guests' views pass axe: ${views.map(([what]) => what).join(", ")}`, async ({ browser }) => {
    const coordinatorContext = await browser.newContext(coordinatorDesktop);
    const coordinator = await coordinatorContext.newPage();
    await coordinatorEnters(coordinator);
    const cases = await casesToVisit(coordinator);
    for (const [what, who, which, viewport] of views) {
      await test.step(what, async () => {
        const meeting = which === "live" ? cases.meetingId : cases.earlier.meetingId;
        const { joinPath } = await invite(coordinator, meeting, cases.members[who], "link");
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
    await coordinatorContext.close();
  });
}

test("the signed-out pages pass axe: sign in, and join by code", async ({ browser }) => {
  const context = await browser.newContext(citizenTablet);
  const page = await context.newPage();
  await visit(page, "/sign-in");
  await expectNoSeriousAxeViolations(page);
  await visit(page, "/join");
  await expectNoSeriousAxeViolations(page);
  await context.close();
});
