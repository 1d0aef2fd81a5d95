import { addNextStep } from "@samplan/shared/model";
import { coordinatorEnters, expectConnected } from "./support/access.ts";
import { expectNoSeriousAxeViolations } from "./support/accessibility.ts";
import { addMember, createCaseAndMeeting, invite } from "./support/api.ts";
import { danishDigits, dateField, typeTime } from "./support/dateFields.ts";
import { danishDate, dayAfter, daysFromNow, isoWeekOf } from "./support/dates.ts";
import { writeAs } from "./support/plan.ts";
import { keepElementScreenshot, keepScreenshot } from "./support/screenshots.ts";
import { expect, test } from "./support/test.ts";
import { phone, smallDesk } from "./support/viewports.ts";

const consultant = "Ole Dahl";
const step = "Ringe til dyrehandlen om en prøvedag";

/** How React Aria names a day in the calendar, in Danish: "torsdag den 10. december 2026". */
function spokenDay(day: string): string {
  return new Intl.DateTimeFormat("da-DK", {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${day}T00:00:00Z`));
}

test("the coordinator types a step's deadline as dd.mm.åååå, moves it in the calendar by keyboard, and the consultant sees it with its week", async ({
  open,
  baseURL,
}, testInfo) => {
  // Two browsers and an axe run with the calendar open: about 40 s on a loaded machine.
  test.slow();
  const coordinator = await open(smallDesk);
  await coordinatorEnters(coordinator);
  const { caseId, meetingId } = await createCaseAndMeeting(coordinator, "Ida Krogh", "Netværksmøde");
  const oleId = await addMember(coordinator, caseId, {
    name: consultant,
    role: "fagperson",
    organisation: "Jobcenter",
  });
  await writeAs(coordinator.request, baseURL!, meetingId, (doc, { principal }) => {
    addNextStep(doc, { createdBy: principal.name, createdByRole: principal.role, text: step, owner: consultant });
  });
  await coordinator.goto(`/meetings/${meetingId}`);
  await expectConnected(coordinator);
  const professional = await open({
    locale: "da-DK",
    timezoneId: "Europe/Copenhagen",
    viewport: phone,
    hasTouch: true,
    isMobile: true,
  });
  await professional.goto((await invite(coordinator, meetingId, oleId, "link")).joinPath);
  await expectConnected(professional);

  const due = coordinator.getByRole("group", { name: "Skridt 1" });
  const hisDue = professional.getByRole("group", { name: "Skridt 1" });
  // A day early in a month at least ten days ahead, so it can be typed without a leading zero.
  let typed = daysFromNow(10);
  while (Number(typed.slice(8)) >= 10) typed = dayAfter(typed, 1);
  const picked = dayAfter(typed, 8);

  await test.step("she types the deadline the Danish way, as 3.12.2026, and sees its week beside it", async () => {
    const field = dateField(due, "Frist");
    await expect(field).toContainText("dd.mm.åååå");
    await field.getByRole("spinbutton").first().focus();
    const [year, month, day] = typed.split("-").map(Number);
    await coordinator.keyboard.type(`${day}.${month}.${year}`);
    await expect(field).toContainText(danishDigits(typed));
    await expect(due.getByText(`uge ${isoWeekOf(typed)}`, { exact: true })).toBeVisible();
    await expect(dateField(hisDue, "Frist")).toContainText(danishDigits(typed));
    await expect(hisDue.getByText(`uge ${isoWeekOf(typed)}`, { exact: true })).toBeVisible();
  });

  await test.step("she opens the calendar by keyboard: Monday first, a week column, the day chosen", async () => {
    await coordinator.keyboard.press("Alt+ArrowDown");
    const calendar = coordinator.getByRole("dialog", { name: "Frist" });
    await expect(calendar).toBeVisible();
    const grid = calendar.getByRole("grid");
    await expect(grid.locator("thead th")).toHaveText(["Uge", "M", "T", "O", "T", "F", "L", "S"]);
    await expect(grid.getByRole("rowheader", { name: `uge ${isoWeekOf(typed)}` })).toBeVisible();
    await expect(coordinator.locator(":focus")).toHaveAccessibleName(new RegExp(spokenDay(typed)));
    await expectNoSeriousAxeViolations(coordinator);
    await keepScreenshot(coordinator, testInfo, "date-picker-calendar-tablet");
    await keepElementScreenshot(calendar, testInfo, "date-picker-calendar");
  });

  await test.step("she moves a day on and a week down with the arrow keys and picks with Enter", async () => {
    await coordinator.keyboard.press("ArrowRight");
    await coordinator.keyboard.press("ArrowDown");
    await expect(coordinator.locator(":focus")).toHaveAccessibleName(new RegExp(spokenDay(picked)));
    await coordinator.keyboard.press("Enter");
    await expect(coordinator.getByRole("dialog", { name: "Frist" })).toBeHidden();
    await expect(dateField(due, "Frist")).toContainText(danishDigits(picked));
    await expect(due.getByText(`uge ${isoWeekOf(picked)}`, { exact: true })).toBeVisible();
  });

  await test.step("the consultant sees the new deadline and its week on his phone, and can open the calendar there", async () => {
    await expect(dateField(hisDue, "Frist")).toContainText(danishDigits(picked));
    await expect(hisDue.getByText(`uge ${isoWeekOf(picked)}`, { exact: true })).toBeVisible();
    await keepElementScreenshot(hisDue, testInfo, "date-picker-step-phone");
    await dateField(hisDue, "Frist").getByRole("button").tap();
    const calendar = professional.getByRole("dialog", { name: "Frist" });
    await expect(calendar.getByRole("rowheader", { name: `uge ${isoWeekOf(picked)}` })).toBeVisible();
    await keepScreenshot(professional, testInfo, "date-picker-calendar-phone");
    await professional.keyboard.press("Escape");
    await expect(calendar).toBeHidden();
  });
});

test("closing the meeting, the coordinator picks the next meeting's day in the calendar and types its time on the 24-hour clock", async ({
  open,
}, testInfo) => {
  const coordinator = await open(smallDesk);
  await coordinatorEnters(coordinator);
  const { meetingId } = await createCaseAndMeeting(coordinator, "Ida Krogh", "Netværksmøde");
  await coordinator.goto(`/meetings/${meetingId}`);
  await expectConnected(coordinator);
  await coordinator.getByRole("button", { name: "Afslut møde" }).click();
  const dialog = coordinator.getByRole("dialog", { name: "Afslut mødet?" });
  const next = dateField(dialog, "Næste møde (valgfrit)");
  await next.getByRole("spinbutton").first().focus();
  await coordinator.keyboard.press("Alt+ArrowDown");
  // The calendar opens inside the modal dialog: outside it, the page is inert and could not be used.
  const calendar = dialog.getByRole("dialog", { name: "Næste møde (valgfrit)" });
  await expect(calendar.getByRole("grid")).toBeVisible();
  await expect(coordinator.locator(":focus")).toHaveAccessibleName(new RegExp(spokenDay(daysFromNow(0))));
  await coordinator.keyboard.press("ArrowDown");
  await expectNoSeriousAxeViolations(coordinator);
  await keepScreenshot(coordinator, testInfo, "date-picker-next-meeting-dialog");
  await coordinator.keyboard.press("Enter");
  await expect(calendar).toBeHidden();
  const picked = daysFromNow(7);
  await expect(next).toContainText(danishDigits(picked));
  await expect(dialog.getByText(`uge ${isoWeekOf(picked)}`, { exact: true })).toBeVisible();
  await typeTime(dialog, "Tidspunkt", "10:00");
  await dialog.getByRole("button", { name: "Afslut mødet" }).click();
  await coordinator.getByRole("link", { name: "Se referatet" }).click();
  // The minutes say when the next meeting is, as the day and time she chose.
  await expect(
    coordinator.getByRole("definition").filter({ hasText: `${danishDate(picked)} kl. 10.00` }),
  ).toBeVisible();
});
