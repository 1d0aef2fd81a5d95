import { apiRoutes, pathOf } from "@samplan/shared/api";
import { coordinatorEnters } from "./support/access.ts";
import { expectNoSeriousAxeViolations } from "./support/accessibility.ts";
import { closeMeeting, createCaseAndMeeting } from "./support/api.ts";
import { daysFromNow } from "./support/dates.ts";
import { addAndWrite } from "./support/meeting.ts";
import { keepElementScreenshot } from "./support/screenshots.ts";
import { expect, test } from "./support/test.ts";
import { coordinatorDesktop } from "./support/viewports.ts";

/**
 * A goal with a numbered list, made with the toolbar by keyboard alone; a "# " typed at the start
 * of the goal stays two characters, not a heading; and the list is still a list in the minutes and
 * in the next meeting's plan.
 */
test("she writes a numbered list in a goal with the toolbar, and it stays a list in the minutes and the next meeting", async ({
  open,
}, testInfo) => {
  const page = await open(coordinatorDesktop);
  await coordinatorEnters(page);
  const { caseId, meetingId } = await createCaseAndMeeting(page, "Nanna Friis", "Netværksmøde");
  await page.goto(`/meetings/${meetingId}`);

  // "# " at the start of a line was a heading by accident; now it is what she typed.
  await addAndWrite(page, "Tilføj mål", "Mål 1", "# Egen bolig inden sommer");
  const goal = page.getByRole("textbox", { name: "Mål 1", exact: true });
  await expect(goal.locator("h1, h2, h3, h4, h5, h6")).toHaveCount(0);
  await expect(goal).toHaveText("# Egen bolig inden sommer");

  // A new line, then to the toolbar with Tab: one stop, the arrow keys move along it.
  await page.keyboard.press("Enter");
  await page.keyboard.type("ringe til boligkontoret");
  await page.keyboard.press("Tab");
  const toolbar = page.getByRole("toolbar", { name: "Formatering af Mål 1" });
  await expect(toolbar.getByRole("button", { name: "Fed" })).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  const numbered = toolbar.getByRole("button", { name: "Nummereret liste" });
  await expect(numbered).toBeFocused();
  await expect(numbered).toHaveAttribute("aria-pressed", "false");
  await page.keyboard.press("Enter");
  // The line is now the list's first item, and she writes on in the text.
  await expect(goal).toBeFocused();
  await expect(numbered).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("Enter");
  await page.keyboard.type("søge om boligstøtte");
  await expect(goal.getByRole("listitem")).toHaveText(["ringe til boligkontoret", "søge om boligstøtte"]);
  await expect(goal.locator("ol")).toHaveCount(1);
  await expectNoSeriousAxeViolations(page);
  await keepElementScreenshot(
    page.getByRole("listitem").filter({ has: goal }),
    testInfo,
    "format-toolbar-goal-list-desktop",
  );

  // The shortcut help: from the toolbar's "?" (Alt+F10 gets there from the text), and with "?"
  // anywhere she is not typing.
  await page.keyboard.press("Alt+F10");
  await expect(numbered).toBeFocused();
  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Tastaturgenveje i planens tekster" });
  await expect(help).toBeVisible();
  await expect(help.getByRole("term")).toContainText([
    "Ctrl+B",
    "Ctrl+I",
    "Ctrl+Skift+8",
    "Ctrl+Skift+7",
    "Skift+Enter",
  ]);
  await expectNoSeriousAxeViolations(page);
  await keepElementScreenshot(help, testInfo, "shortcut-help-desktop");
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();
  await page.getByRole("button", { name: "Tilføj mål" }).focus();
  await page.keyboard.press("?");
  await expect(help).toBeVisible();
  await help.getByRole("button", { name: "Luk" }).click();
  await expect(help).toBeHidden();

  // The minutes keep the list as a Markdown list under the goal.
  await closeMeeting(page, meetingId);
  const minutes = await page.request.get(pathOf(apiRoutes.minutesMarkdown, { meetingId }));
  expect(minutes.ok()).toBe(true);
  expect(await minutes.text()).toContain(
    "1. \\# Egen bolig inden sommer\n   1. ringe til boligkontoret\n   2. søge om boligstøtte",
  );

  // The next meeting carries the goal over, list and all.
  const next = await page.request.post(pathOf(apiRoutes.createMeeting, { caseId }), {
    data: { title: "Opfølgning", startsAt: new Date(`${daysFromNow(0)}T12:00:00Z`).toISOString() },
  });
  expect(next.ok()).toBe(true);
  await page.goto(`/meetings/${((await next.json()) as { id: string }).id}`);
  const carried = page.getByRole("textbox", { name: "Mål 1", exact: true });
  await expect(carried.getByRole("listitem")).toHaveText(["ringe til boligkontoret", "søge om boligstøtte"]);
  await expect(carried.locator("ol")).toHaveCount(1);
});
