import { expect, type Locator, type Page, test } from "@playwright/test";
import { coordinatorEnters, expectConnected } from "./support/access.ts";
import { expectNoSeriousAxeViolations } from "./support/accessibility.ts";
import { addMember, createCaseAndMeeting, invite } from "./support/api.ts";
import { citizenTablet, coordinatorDesktop } from "./support/viewports.ts";

/**
 * Tab forward until `target` has focus, as someone without a mouse does; fails if it is never
 * reached. Every stop on the way must show where focus is (WCAG 2.4.7).
 */
async function tabTo(page: Page, target: Locator, maxPresses = 60): Promise<void> {
  await expect(target).toBeVisible();
  for (let presses = 0; presses < maxPresses; presses++) {
    await page.keyboard.press("Tab");
    const focus = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return { visible: true, what: "body" };
      const style = getComputedStyle(element);
      const ringed = style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) > 0;
      const shadowed = style.boxShadow !== "none";
      // A visually hidden radio or checkbox shows its focus on the face drawn next to it.
      const face = element.matches("input[type=radio], input[type=checkbox]")
        ? element.nextElementSibling && getComputedStyle(element.nextElementSibling).outlineStyle !== "none"
        : false;
      return {
        visible: ringed || shadowed || Boolean(face),
        what: `${element.outerHTML.slice(0, 80)} ${style.outlineStyle} ${style.outlineWidth} ${element.matches(":focus")}`,
      };
    });
    expect(focus.visible, `focus is visible on ${focus.what}`).toBe(true);
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

test("the citizen joins with a code and writes her goal, her scale and her step by keyboard alone", async ({
  browser,
}) => {
  const coordinatorContext = await browser.newContext(coordinatorDesktop);
  const coordinator = await coordinatorContext.newPage();
  await coordinatorEnters(coordinator);
  const { caseId, meetingId } = await createCaseAndMeeting(coordinator, "Lina Holm", "Netværksmøde");
  const lina = await addMember(coordinator, caseId, { name: "Lina Holm", role: "borger" });
  const { code } = await invite(coordinator, meetingId, lina, "code");
  await coordinator.goto(`/meetings/${meetingId}`);
  await expectConnected(coordinator);

  const context = await browser.newContext({ ...citizenTablet, hasTouch: false, isMobile: false });
  const page = await context.newPage();
  await page.goto("/join");

  await test.step("she types the code and goes in", async () => {
    await tabTo(page, page.getByLabel("Skriv koden fra koordinatorens skærm"));
    await page.keyboard.type(code ?? "");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/meetings/${meetingId}$`));
    await expectConnected(page);
  });

  await test.step("she adds a goal and writes it", async () => {
    await tabTo(page, page.getByRole("button", { name: "Skriv et nyt mål" }));
    await page.keyboard.press("Enter");
    const goal = page.getByRole("textbox", { name: "Mål 1", exact: true });
    await expect(goal).toBeFocused();
    await page.keyboard.type("Jeg vil lære at køre bil");
    await expect(coordinator.getByRole("textbox", { name: "Mål 1", exact: true })).toContainText(
      "Jeg vil lære at køre bil",
    );
  });

  await test.step("she sets her scale with the arrow keys", async () => {
    const scale = page.getByRole("radiogroup", { name: "Hvor er du nu på vej mod målet?" });
    await tabTo(page, scale.getByRole("radio", { name: "0", exact: true }));
    await page.keyboard.press("Space");
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
    await expect(scale.getByRole("radio", { name: "3", exact: true })).toBeChecked();
    await expect(coordinator.getByText("Borgerens egen skala3 af 10")).toBeVisible();
  });

  await test.step("she tells what went well, and writes and ticks off her own step", async () => {
    await tabTo(page, page.getByRole("button", { name: "Fortæl om noget, der gik godt" }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("textbox", { name: "Observation 1", exact: true })).toBeFocused();
    await page.keyboard.type("Jeg var til køreprøve-teori");

    await tabTo(page, page.getByRole("button", { name: "Skriv et nyt skridt" }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("textbox", { name: "Skridt 1", exact: true })).toBeFocused();
    await page.keyboard.type("Jeg bestiller en køretime");
    const tick = page.getByRole("checkbox", { name: "Jeg har gjort det" });
    await tabTo(page, tick);
    await page.keyboard.press("Space");
    await expect(tick).toBeChecked();
    await expect(coordinator.getByLabel("Færdig")).toBeChecked();
  });

  await test.step("she undoes by keyboard too", async () => {
    await tabTo(page, page.getByRole("button", { name: "Fortryd" }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("checkbox", { name: "Jeg har gjort det" })).not.toBeChecked();
  });

  await expectNoSeriousAxeViolations(page);
  await context.close();
  await coordinatorContext.close();
});
