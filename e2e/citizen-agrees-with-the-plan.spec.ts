import { expect, test } from "@playwright/test";
import { coordinatorEnters, expectConnected } from "./support/access.ts";
import { expectNoSeriousAxeViolations } from "./support/accessibility.ts";
import { addMember, createCaseAndMeeting, invite } from "./support/api.ts";
import { addAndWrite } from "./support/meeting.ts";
import { keepElementScreenshot, keepScreenshot } from "./support/screenshots.ts";
import { citizenTablet, coordinatorDesktop } from "./support/viewports.ts";

const goal = "Arbejde med dyr";

test("the citizen says on her tablet that she agrees with the plan, is shown a goal reworded after her yes, and the approved minutes say both", async ({
  browser,
}, testInfo) => {
  const coordinatorContext = await browser.newContext(coordinatorDesktop);
  const coordinator = await coordinatorContext.newPage();
  const tabletContext = await browser.newContext(citizenTablet);
  const citizen = await tabletContext.newPage();

  await test.step("the coordinator prepares the meeting; the citizen joins on her tablet and writes a goal", async () => {
    await coordinatorEnters(coordinator);
    const { caseId, meetingId } = await createCaseAndMeeting(coordinator, "Freja Dam", "Afsluttende netværksmøde");
    const freja = await addMember(coordinator, caseId, { name: "Freja Dam", role: "borger" });
    await citizen.goto((await invite(coordinator, meetingId, freja, "link")).joinPath);
    await coordinator.goto(`/meetings/${meetingId}`);
    await expectConnected(citizen);
    await expectConnected(coordinator);
    await addAndWrite(citizen, "Skriv et nyt mål", "Mål 1", goal);
  });

  const herAnswer = citizen.getByRole("region", { name: "Er du enig i planen?" });
  const whatSheSaid = coordinator.getByRole("region", { name: "Borgerens svar på planen" });

  await test.step("she is asked, in large buttons; the coordinator sees she has not answered", async () => {
    await expect(whatSheSaid).toContainText("Borgeren har ikke svaret endnu.");
    // Only her view offers the answer: it is hers to give.
    await expect(whatSheSaid.getByRole("button")).toHaveCount(0);
    const agree = herAnswer.getByRole("button", { name: "Jeg er enig i planen" });
    await expect(agree).toBeVisible();
    await expect(herAnswer.getByRole("button", { name: "Jeg er ikke enig, fordi …" })).toBeVisible();
    const size = await agree.boundingBox();
    expect(size?.height, "a button a finger finds").toBeGreaterThanOrEqual(52);
    await herAnswer.scrollIntoViewIfNeeded();
    await keepElementScreenshot(herAnswer, testInfo, "citizen-agreement-tablet");
  });

  await test.step("she starts to disagree and goes back, by keyboard, then taps that she agrees", async () => {
    await herAnswer.getByRole("button", { name: "Jeg er ikke enig, fordi …" }).focus();
    await citizen.keyboard.press("Enter");
    await expect(herAnswer.getByRole("textbox", { name: "Jeg er ikke enig, fordi …" })).toBeFocused();
    await herAnswer.getByRole("button", { name: "Tilbage" }).focus();
    await citizen.keyboard.press("Enter");
    await expect(herAnswer.getByRole("button", { name: "Jeg er enig i planen" })).toBeFocused();

    await herAnswer.getByRole("button", { name: "Jeg er enig i planen" }).tap();
    await expect(herAnswer.getByText("Du har sagt: Jeg er enig i planen.")).toBeFocused();
    await expect(whatSheSaid).toContainText("Borgeren har sagt: Jeg er enig i planen.");
  });

  await test.step("the coordinator rewords her goal; her tablet shows it was changed after her yes, and how", async () => {
    const field = coordinator.getByRole("textbox", { name: "Mål 1", exact: true });
    await field.click();
    await coordinator.keyboard.press("End");
    await coordinator.keyboard.type(" på deltid");
    const changed = citizen.getByText("Ændret efter du sagde ja — se hvad");
    await expect(changed).toBeVisible();
    await changed.tap();
    const notice = citizen.locator("details").filter({ has: changed });
    await expect(notice).toContainText(`Da du sagde ja:${goal}`);
    await expect(notice).toContainText(`Nu:${goal} på deltid`);
    await expect(coordinator.getByText("Ændret efter borgeren sagde ja — se hvad")).toBeVisible();
    await keepElementScreenshot(notice, testInfo, "citizen-goal-changed-after-yes-tablet");
    // Her view, with the notice open; the coordinator's meeting page is checked with the others'.
    await expectNoSeriousAxeViolations(citizen);
  });

  await test.step("the coordinator closes and approves; the approved minutes say she agrees, and what changed", async () => {
    await coordinator.getByRole("button", { name: "Afslut møde" }).click();
    const dialog = coordinator.getByRole("dialog", { name: "Afslut mødet?" });
    await dialog.getByRole("button", { name: "Afslut mødet" }).click();
    await expect(coordinator.getByText("Mødet er afsluttet — referatet er skrevet")).toBeVisible();
    // Her tablet keeps what she said, in her summary of the meeting.
    await expect(citizen.getByRole("region", { name: "Det aftalte vi" })).toContainText(
      "Du har sagt: Jeg er enig i planen.",
    );

    await coordinator.getByRole("link", { name: "Se referatet" }).click();
    await coordinator.getByRole("button", { name: "Godkend referat" }).click();
    await expect(coordinator.getByText(/Godkendt af Karin Holm .* · version 2/)).toBeVisible();
    await expect(coordinator.getByRole("heading", { name: "Borgerens svar på planen" })).toBeVisible();
    await expect(coordinator.getByText("Borgeren er enig i planen.", { exact: true })).toBeVisible();
    await expect(
      coordinator.getByText(`Mål ændret, efter borgeren sagde ja: »${goal}« blev til »${goal} på deltid«`),
    ).toBeVisible();
    await keepScreenshot(coordinator, testInfo, "minutes-with-citizen-agreement");
  });

  await tabletContext.close();
  await coordinatorContext.close();
});
