import { coordinatorEnters, expectConnected, typeJoinCode } from "./support/access.ts";
import { expectNoSeriousAxeViolations } from "./support/accessibility.ts";
import { addMember, closeMeeting, coordinatorSession, createCaseAndMeeting, invite } from "./support/api.ts";
import { keepScreenshot } from "./support/screenshots.ts";
import { expect, test } from "./support/test.ts";
import { citizenTablet, smallDesk } from "./support/viewports.ts";

// The browser's clock is Playwright's: the quarter of an hour a device lies untouched passes at
// once (`fastForward`), while the server's clock runs as usual.

test("the coordinator's laptop, untouched for a quarter of an hour, signs out and says why", async ({
  open,
}, testInfo) => {
  const page = await open(smallDesk);
  await page.clock.install();
  await coordinatorEnters(page);

  await page.clock.fastForward("15:30");
  await expect(page.getByRole("heading", { name: "Log ind", level: 1 })).toBeVisible();
  await expect(page.getByRole("status")).toContainText(
    "Du blev logget ud, fordi enheden ikke var blevet brugt i 15 minutter.",
  );
  // Signed out on the server too: the next person at the laptop gets nothing of hers.
  const auth = await page.evaluate(async () => (await fetch("/api/auth")).json());
  expect(auth.principal).toBeNull();
  await expectNoSeriousAxeViolations(page);
  await keepScreenshot(page, testInfo, "idle-signed-out-coordinator");
});

test("the tablet the citizen joined by code stays hers through the meeting, and signs out after it", async ({
  open,
  baseURL,
}, testInfo) => {
  const coordinator = await coordinatorSession(baseURL ?? "");
  const { caseId, meetingId } = await createCaseAndMeeting(coordinator, "Freja Dam", "Netværksmøde om praktik");
  const freja = await addMember(coordinator, caseId, { name: "Freja Dam", role: "borger" });
  const { code } = await invite(coordinator, meetingId, freja, "code");

  const tablet = await open(citizenTablet);
  await tablet.clock.install();
  await typeJoinCode(tablet, code ?? "");
  await expectConnected(tablet);

  await test.step("half an hour untouched while the others talk: still her meeting", async () => {
    await tablet.clock.fastForward("30:00");
    await closeMeeting(coordinator, meetingId);
    // She sees what was agreed: had the tablet signed out, she would be on the join page instead.
    await expect(tablet.getByRole("region", { name: "Det aftalte vi" })).toBeVisible();
  });

  await test.step("a quarter of an hour after the meeting ended, the tablet is nobody's", async () => {
    await tablet.clock.fastForward("15:30");
    await expect(tablet.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(tablet.getByText("Mødet er slut, og tabletten har ikke været brugt i 15 minutter")).toBeVisible();
    await expect(tablet.getByLabel("Skriv koden fra koordinatorens skærm")).toBeVisible();
    await expectNoSeriousAxeViolations(tablet);
    await keepScreenshot(tablet, testInfo, "idle-signed-out-citizen-tablet");
  });
  await coordinator.dispose();
});
