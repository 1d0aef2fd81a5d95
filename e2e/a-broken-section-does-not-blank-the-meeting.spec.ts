import type { Page, Request } from "@playwright/test";
import { coordinatorEnters, expectConnected } from "./support/access.ts";
import { expectNoSeriousAxeViolations } from "./support/accessibility.ts";
import { createCaseAndMeeting } from "./support/api.ts";
import { addAndWrite } from "./support/meeting.ts";
import { keepScreenshot } from "./support/screenshots.ts";
import { expect, test } from "./support/test.ts";
import { coordinatorDesktop } from "./support/viewports.ts";

/**
 * Issue 19: a part of the meeting that cannot be drawn no longer blanks the page. The part is the
 * coordinator's invitation panel, whose code loads on its own: the journeys give her browser, in
 * its place, what a deploy leaves behind (the file gone) or a build with a fault in it (code that
 * throws as it draws). Nothing in Samplan is switched into a test mode for it.
 */

const INVITE_PANEL = /\/assets\/InvitePanel-[^/]+\.js$/;

// The service worker would answer from its own copy of the files; these journeys are about the
// page, so it is left out (the update journey covers the worker).
const desk = { ...coordinatorDesktop, serviceWorkers: "block" as const };

/** Counts full loads of the page (a reload included), and keeps the reports sent to the server. */
function watch(page: Page): { loads: () => number; reports: Request[] } {
  let loads = 0;
  const reports: Request[] = [];
  page.on("load", () => {
    loads++;
  });
  page.on("request", (request) => {
    if (request.url().endsWith("/api/client-errors")) reports.push(request);
  });
  return { loads: () => loads, reports };
}

async function meetingOpenedBy(page: Page): Promise<string> {
  await coordinatorEnters(page);
  const { meetingId } = await createCaseAndMeeting(page, "Freja Dam", "Netværksmøde");
  return meetingId;
}

test("a part that throws as it draws says so, is logged under a reference, and the rest of the meeting goes on", async ({
  open,
}, testInfo) => {
  const page = await open(desk);
  const meetingId = await meetingOpenedBy(page);
  // A build whose invitation panel throws the moment it is drawn.
  await page.route(INVITE_PANEL, (route) =>
    route.fulfill({
      contentType: "text/javascript",
      body: `export function InvitePanel() { throw new TypeError("Cannot read properties of undefined (reading 'Freja')"); }`,
    }),
  );
  const watched = watch(page);
  await page.goto(`/meetings/${meetingId}`);

  const failure = page.getByRole("alert").filter({ hasText: "Invitationerne kunne ikke vises." });
  await expect(failure).toContainText("Resten af mødet virker, og det skrevne er ikke tabt.");
  await expect(failure).toContainText(/Fejlkode til support: [0-9a-f]{8}/);
  // The report names where and what kind, never the error's words; its answer is the reference shown.
  expect(watched.reports).toHaveLength(1);
  const report = watched.reports[0]!;
  expect(report.postDataJSON()).toMatchObject({ part: "invitations", kind: "render", name: "TypeError" });
  expect(report.postData()).not.toContain("Freja");
  const { requestId } = (await (await report.response())!.json()) as { requestId: string };
  await expect(failure).toContainText(`Fejlkode til support: ${requestId.slice(0, 8)}`);

  // Everything else is there and works: the meeting's heading, the connection, writing a goal.
  await expect(page.getByRole("heading", { name: "Netværksmøde", level: 1 })).toBeVisible();
  await expectConnected(page);
  await addAndWrite(page, "Tilføj mål", "Mål 1", "Freja vil have et fritidsjob");
  expect(watched.loads()).toBe(1);
  await keepScreenshot(page, testInfo, "meeting-with-a-part-that-failed-to-draw");
  await expectNoSeriousAxeViolations(page);
});

test("a part whose code a deploy replaced reloads the page once, then says so; the new code comes with Prøv igen", async ({
  open,
}, testInfo) => {
  const page = await open(desk);
  const meetingId = await meetingOpenedBy(page);
  // The panel's file is gone from the server, as when a deploy replaced it while the page was open.
  await page.route(INVITE_PANEL, (route) => route.fulfill({ status: 404, body: "" }));
  const watched = watch(page);
  await page.goto(`/meetings/${meetingId}`);

  const failure = page.getByRole("alert").filter({ hasText: "Invitationerne kunne ikke vises." });
  await expect(failure).toContainText("Der er kommet en ny version af Samplan, og denne del kunne ikke hentes.");
  await expect(failure).toContainText(/Fejlkode til support: [0-9a-f]{8}/);
  // One reload to fetch the new code, and no more when that did not help: no loop.
  expect(watched.loads()).toBe(2);
  expect(watched.reports.map((request) => request.postDataJSON().kind)).toEqual(["chunk"]);
  await expectConnected(page);
  await addAndWrite(page, "Tilføj mål", "Mål 1", "Freja vil have et fritidsjob");
  await keepScreenshot(page, testInfo, "meeting-with-a-part-from-an-older-version");

  // The file is there again: "Prøv igen" loads the page anew, and the panel with it; the goal stayed.
  await page.unroute(INVITE_PANEL);
  await failure.getByRole("button", { name: "Prøv igen" }).click();
  const toggle = page.getByRole("button", { name: "Inviter deltagere" });
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByRole("textbox", { name: "Mål 1", exact: true })).toHaveText("Freja vil have et fritidsjob");
  await expect(failure).toHaveCount(0);
});
