import fs from "node:fs";
import type { Download } from "@playwright/test";
import { apiRoutes, pathOf } from "@samplan/shared/api";
import { coordinatorEnters } from "./support/access.ts";
import { expectNoSeriousAxeViolations } from "./support/accessibility.ts";
import { closeMeeting, createCaseAndMeeting } from "./support/api.ts";
import { keepScreenshot } from "./support/screenshots.ts";
import { expect, test } from "./support/test.ts";
import { coordinatorDesktop } from "./support/viewports.ts";

/**
 * Issue 19: a download the server refuses is said on the page, not saved as `referat.pdf` holding
 * the server's JSON. Both refusals are the server's own: the journal note of a case with no case
 * number yet, and any download once her session has ended.
 */
test("a refused download is said beside its button and saved as nothing; the minutes come as a real PDF", async ({
  open,
}, testInfo) => {
  const page = await open(coordinatorDesktop);
  await coordinatorEnters(page);
  const { meetingId } = await createCaseAndMeeting(page, "Freja Dam", "Netværksmøde");
  await closeMeeting(page, meetingId);
  const approved = await page.request.post(pathOf(apiRoutes.approveMinutes, { meetingId }), { data: {} });
  expect(approved.ok(), await approved.text()).toBe(true);
  const downloads: Download[] = [];
  page.on("download", (download) => downloads.push(download));
  await page.goto(`/meetings/${meetingId}/referat`);

  // The case has no case number or KLE number yet: the server refuses the journal note.
  const journal = page.getByRole("button", { name: "Journalnotat" });
  await journal.click();
  await expect(page.getByRole("alert")).toHaveText(
    "Filen kunne ikke hentes. Skriv sagsnummer og KLE-nummer på forløbet først.",
  );
  await expect(journal).toBeFocused();
  await keepScreenshot(page, testInfo, "minutes-with-a-refused-download");
  await expectNoSeriousAxeViolations(page);

  // The PDF is there: saved under the server's name, and it is a PDF.
  await page.getByRole("button", { name: "PDF" }).click();
  await expect.poll(() => downloads.length).toBe(1);
  const pdf = downloads[0]!;
  expect(pdf.suggestedFilename()).toBe(`referat-${meetingId}.pdf`);
  expect(
    fs
      .readFileSync(await pdf.path())
      .subarray(0, 5)
      .toString(),
  ).toBe("%PDF-");

  // Her session ends (signed out in another tab): the download is refused, nothing is saved, and
  // she is asked to sign in again.
  expect((await page.request.delete(pathOf(apiRoutes.signOut))).ok()).toBe(true);
  await page.getByRole("button", { name: "PDF" }).click();
  await expect(page.getByText("Du er blevet logget ud. Log ind igen for at fortsætte.")).toBeVisible();
  expect(downloads).toHaveLength(1);
});
