import { expect, type Page, test } from "@playwright/test";
import { addGoal, addNextStep } from "@samplan/shared/model";
import { coordinatorEnters, expectConnected } from "./support/access.ts";
import { expectNoSeriousAxeViolations } from "./support/accessibility.ts";
import { addMember, createCaseAndMeeting, invite } from "./support/api.ts";
import { guestSession, writeAs } from "./support/plan.ts";
import { keepScreenshot } from "./support/screenshots.ts";
import { citizenTablet, coordinatorDesktop, professionalLaptop } from "./support/viewports.ts";

/**
 * Issue 20, "every voice counted": after a round and a raised hand, the chair sees in her own
 * panel who had the floor and for how long, the citizen's share, how long the hand waited and how
 * much of the plan is in the citizen's words. Nobody else at the table sees it.
 */
test("the chair sees who had the floor, the citizen's share and her own words; nobody else does", async ({
  browser,
  baseURL: base,
}, testInfo) => {
  const baseURL = base ?? "";
  // Three devices that follow the chair live: about 20 s before the first step.
  test.slow();
  const coordinatorContext = await browser.newContext(coordinatorDesktop);
  const coordinator = await coordinatorContext.newPage();
  await coordinatorEnters(coordinator);
  const { caseId, meetingId } = await createCaseAndMeeting(coordinator, "Maja Sørensen", "Netværksmøde om praktik");
  const peter = await addMember(coordinator, caseId, { name: "Peter Lund", role: "fagperson" });
  const maja = await addMember(coordinator, caseId, { name: "Maja Sørensen", role: "borger" });
  const professionalContext = await browser.newContext(professionalLaptop);
  const professional = await professionalContext.newPage();
  const citizenContext = await browser.newContext(citizenTablet);
  const citizen = await citizenContext.newPage();
  await coordinator.goto(`/meetings/${meetingId}`);
  const professionalPath = (await invite(coordinator, meetingId, peter, "link")).joinPath;
  const citizenPath = (await invite(coordinator, meetingId, maja, "link")).joinPath;
  await professional.goto(professionalPath);
  await citizen.goto(citizenPath);
  for (const page of [coordinator, professional, citizen]) await expectConnected(page);

  const round = (page: Page) => page.getByRole("region", { name: page === citizen ? "Alle siger noget" : "Runden" });
  const speaking = (page: Page) =>
    round(page).getByRole("list", { name: "Runden, i rækkefølge" }).locator("[aria-current='true']");

  await test.step("the chair runs a round: the citizen, the psychologist, then herself", async () => {
    await coordinator.getByRole("button", { name: "Begynd mødet" }).click();
    for (let phase = 0; phase < 3; phase += 1) {
      await coordinator.getByRole("button", { name: "Næste fase" }).click();
    }
    await round(coordinator).getByRole("button", { name: "Start runden" }).click();
    await expect(speaking(citizen)).toContainText("Maja Sørensen");
    const next = round(coordinator).getByRole("button", { name: "Næste", exact: true });
    await next.click();
    await expect(speaking(professional)).toContainText("Peter Lund");
    await next.click();
    await expect(speaking(professional)).toContainText("Karin Holm");
  });

  await test.step("the citizen writes a goal in her own words, and the psychologist a step", async () => {
    await writeAs(await guestSession(baseURL, citizenPath), baseURL, meetingId, (doc, writer) => {
      addGoal(doc, { createdBy: writer.principal.name, createdByRole: "borger", text: "Jeg vil starte kl. 10" });
    });
    await writeAs(await guestSession(baseURL, professionalPath), baseURL, meetingId, (doc, writer) => {
      addNextStep(doc, { createdBy: writer.principal.name, createdByRole: "fagperson", text: "Peter ringer til Maja" });
    });
    await expect(coordinator.getByRole("textbox", { name: "Mål 1", exact: true })).toContainText("starte kl. 10");
  });

  await test.step("the psychologist raises a hand, and the chair gives him the floor", async () => {
    await professional.getByRole("button", { name: "Ræk hånden op" }).click();
    await coordinator.getByRole("button", { name: "Giv ordet til Peter Lund" }).click();
    await expect(professional.getByRole("button", { name: "Ræk hånden op" })).toBeVisible();
  });

  const panel = coordinator.getByRole("region", { name: "Hvem fik ordet" });

  await test.step("the chair opens 'Hvem fik ordet': time per person, her share, the hand's wait, her words", async () => {
    await coordinator.getByRole("button", { name: "Hvem fik ordet" }).click();
    await expect(panel).toContainText("Intet optages, og kun du ser det.");
    const rows = panel.getByRole("table", { name: "Taletid pr. person, mest først" }).getByRole("row");
    // A header row, then one row per person who had the floor.
    await expect(rows).toHaveCount(4);
    await expect(panel.getByRole("rowheader", { name: /Maja Sørensen · Borger/ })).toBeVisible();
    await expect(panel.getByRole("rowheader", { name: /Peter Lund · Fagperson/ })).toBeVisible();
    await expect(rows.filter({ hasText: "Karin Holm" }).getByRole("cell").first()).toHaveText(/^(\d+ min )?\d+ s$/);
    await expect(panel).toContainText(/Borgerens andel af taletiden: \d+ %/);
    await expect(panel).toContainText(/1 hånd ventede (\d+ min )?\d+ s på ordet\./);
    await expect(panel).toContainText("1 af 2 punkter i planen er skrevet af borgeren selv");
    await expectNoSeriousAxeViolations(coordinator);
    await keepScreenshot(coordinator, testInfo, "voices-panel-coordinator-desktop");
  });

  await test.step("nobody else at the table has the panel", async () => {
    for (const page of [professional, citizen]) {
      await expect(page.getByRole("button", { name: "Hvem fik ordet" })).toHaveCount(0);
      await expect(page.getByText("Borgerens andel af taletiden")).toHaveCount(0);
    }
  });

  await test.step("the figures are kept with the meeting: after a reload they are still there", async () => {
    await coordinator.reload();
    await expectConnected(coordinator);
    await coordinator.getByRole("button", { name: "Hvem fik ordet" }).click();
    await expect(panel.getByRole("rowheader", { name: /Maja Sørensen · Borger/ })).toBeVisible();
    await expect(panel).toContainText(/1 hånd ventede/);
  });

  for (const context of [coordinatorContext, professionalContext, citizenContext]) await context.close();
});
