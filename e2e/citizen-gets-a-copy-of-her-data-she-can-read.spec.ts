import fs from "node:fs";
import { coordinatorEnters } from "./support/access.ts";
import { expectNoSeriousAxeViolations } from "./support/accessibility.ts";
import { addMember, coordinatorSession, createCaseAndMeeting } from "./support/api.ts";
import { keepScreenshot } from "./support/screenshots.ts";
import { expect, test } from "./support/test.ts";
import { citizenTablet, phone, smallDesk } from "./support/viewports.ts";

test("the coordinator downloads what Samplan holds about the citizen, in Danish she can read, as a web page and a PDF", async ({
  open,
  baseURL,
}, testInfo) => {
  const api = await coordinatorSession(baseURL ?? "");
  const { caseId } = await createCaseAndMeeting(api, "Freja Dam", "Netværksmøde om praktik");
  await addMember(api, caseId, { name: "Peter Lund", role: "fagperson", organisation: "Psykiatrien" });
  await api.dispose();

  const coordinator = await open(smallDesk);
  await coordinatorEnters(coordinator);
  await coordinator.goto(`/cases/${caseId}`);

  const [page] = await Promise.all([
    coordinator.waitForEvent("download"),
    coordinator.getByRole("button", { name: "Til borgeren: webside" }).click(),
  ]);
  expect(page.suggestedFilename()).toBe(`samplan-${caseId}.html`);
  const html = fs.readFileSync((await page.path()) ?? "", "utf8");

  const [pdf] = await Promise.all([
    coordinator.waitForEvent("download"),
    coordinator.getByRole("button", { name: "Til borgeren: PDF" }).click(),
  ]);
  expect(pdf.suggestedFilename()).toBe(`samplan-${caseId}.pdf`);
  expect(
    fs
      .readFileSync((await pdf.path()) ?? "")
      .subarray(0, 5)
      .toString(),
  ).toBe("%PDF-");

  // The page as she opens it from the file on her own tablet: large type, in Danish, all of it hers.
  const reader = await open(citizenTablet);
  await reader.setContent(html);
  await expect(reader.getByRole("heading", { name: "Det har Samplan om dig: Freja Dam", level: 1 })).toBeVisible();
  await expect(reader.getByRole("heading", { name: "Dine møder" })).toBeVisible();
  await expect(reader.getByRole("heading", { name: "Møde: Netværksmøde om praktik" })).toBeVisible();
  await expect(reader.getByRole("listitem").filter({ hasText: "Peter Lund" })).toContainText("Psykiatrien");
  const trail = reader.getByRole("list").last();
  await expect(trail).toContainText("Oprettede et møde");
  await expect(trail).toContainText("Tilføjede en deltager");
  await expectNoSeriousAxeViolations(reader);
  await keepScreenshot(reader, testInfo, "citizen-readable-copy-tablet");
  await reader.setViewportSize(phone);
  const width = await reader.evaluate(() => document.documentElement.scrollWidth);
  expect(width, "no sideways scrolling on a phone").toBeLessThanOrEqual(phone.width);
  await keepScreenshot(reader, testInfo, "citizen-readable-copy-phone");
});
