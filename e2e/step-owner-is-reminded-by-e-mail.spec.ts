import { apiRoutes, pathOf } from "@samplan/shared/api";
import { addGoal, addNextStep } from "@samplan/shared/model";
import { addCalendarDays, copenhagenTime } from "../server/src/storage/calendarDay.ts";
import { MailCatcher } from "../server/src/testing/mailCatcher.ts";
import { addToRoster, coordinatorEnters, rosterEntry } from "./support/access.ts";
import { expectNoSeriousAxeViolations } from "./support/accessibility.ts";
import { closeMeeting, createCaseAndMeeting } from "./support/api.ts";
import { daysFromNow } from "./support/dates.ts";
import { type OwnServer, ServerClock, startOwnServer } from "./support/ownServer.ts";
import { writeAs } from "./support/plan.ts";
import { keepScreenshot } from "./support/screenshots.ts";
import { expect, test } from "./support/test.ts";
import { coordinatorDesktop, phone } from "./support/viewports.ts";

const consultant = "Ole Dahl";
const address = "ole.dahl@jobcenter.example";
const step = "Ringe til dyrehandlen om en prøvedag";
const goal = "Praktik med dyr";
const said = "Prøvedagen er aftalt til fredag";

// A server of the journey's own: it sends e-mail to a real SMTP server started here, and its
// clock can be moved to the morning three days before the deadline.
let server: OwnServer;
let catcher: MailCatcher;
const clock = new ServerClock();
// The case the first journey makes, and the deadline of the step agreed in it.
let caseId: string;
let due: string;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  catcher = await MailCatcher.start();
  server = await startOwnServer(() => catcher.env({ SAMPLAN_OUTBOX_POLL_MS: "200" }), { clock });
});

test.afterAll(async () => {
  await server?.stop();
  await catcher?.down();
});

test("the coordinator puts the step's owner on the roster with his e-mail, and the step agreed at the meeting is due in five days", async ({
  open,
}, testInfo) => {
  const coordinator = await open({ ...coordinatorDesktop, baseURL: server.url });
  await coordinatorEnters(coordinator);
  const created = await createCaseAndMeeting(coordinator, "Lene Berg", "Netværksmøde");
  caseId = created.caseId;

  // She puts him on the roster with his e-mail; reminders by e-mail are the default.
  await coordinator.goto(`/cases/${caseId}`);
  await addToRoster(coordinator, { name: consultant, role: "fagperson", organisation: "Jobcenter", email: address });
  await expect(rosterEntry(coordinator, consultant)).toContainText("Påmindes på e-mail");
  await expectNoSeriousAxeViolations(coordinator);
  await keepScreenshot(coordinator, testInfo, "roster-with-e-mail-desktop");
  const consent = await coordinator.request.post(pathOf(apiRoutes.recordConsent, { caseId }), {
    data: { purpose: "Samarbejde om job", organisations: ["Jobcenter"], givenAt: daysFromNow(-1) },
  });
  expect(consent.ok()).toBe(true);

  // At the table: his step, due in five days. Closing the meeting schedules its reminders.
  due = daysFromNow(5);
  await writeAs(coordinator.request, server.url, created.meetingId, (doc, { principal }) => {
    const goalId = addGoal(doc, { createdBy: principal.name, createdByRole: principal.role, text: goal });
    addNextStep(doc, {
      createdBy: principal.name,
      createdByRole: principal.role,
      text: step,
      owner: consultant,
      dueDate: due,
      goalId,
    });
  });
  await closeMeeting(coordinator, created.meetingId);
  expect(catcher.to(address)).toHaveLength(0);
});

test("three days before the deadline he gets an e-mail, answers Gjort from its link on his phone, and she sees it", async ({
  open,
}, testInfo) => {
  // Two days pass: it is the morning three days before the deadline.
  const morning = copenhagenTime(addCalendarDays(due, -3), 8).getTime();
  clock.setAhead((morning - Date.now()) / 1000 + 60);
  await catcher.waitForCount(1, 20_000);
  const [mail] = catcher.to(address);
  expect(mail?.subject).toMatch(/^Påmindelse: et skridt skal være gjort den/);
  expect(mail?.text).toContain(`Hej ${consultant}`);
  // The e-mail names the meeting and the deadline; the step and her goal are behind the link.
  expect(mail?.text).not.toContain(step);
  expect(mail?.text).not.toContain(goal);
  expect(mail?.text).not.toContain("Lene");
  const link = mail?.text.match(/http:\/\/\S+\/skridt#\S+/)?.[0];
  expect(link).toBeTruthy();

  // He opens it on his phone, signed in nowhere.
  const owner = await open({
    locale: "da-DK",
    timezoneId: "Europe/Copenhagen",
    viewport: phone,
    hasTouch: true,
    isMobile: true,
  });
  await owner.goto(link as string);
  await expect(owner.getByRole("heading", { level: 1 })).toHaveText("Hvordan går det med dit skridt?");
  await expect(owner.getByText(step)).toBeVisible();
  await owner.getByRole("radio", { name: "Gjort" }).tap();
  await owner.getByLabel("Vil du skrive lidt mere?").fill(said);
  await owner.getByRole("button", { name: "Send svar" }).tap();
  await expect(owner.getByText("Tak. Dit svar er sendt")).toBeVisible();
  // How he is reminded is his to choose, from the same page.
  const reminders = owner.getByRole("region", { name: "Påmindelser" });
  await expect(reminders).toContainText("Samplan sender dig en e-mail tre dage før fristen");
  await reminders.getByRole("button", { name: "Stop påmindelser på e-mail" }).tap();
  await expect(reminders).toContainText("Du får ikke flere påmindelser på e-mail.");
  await expect(reminders.getByRole("button", { name: "Send mig påmindelser på e-mail" })).toBeVisible();
  // And his deadlines in his own calendar: a secret address to subscribe to.
  const calendar = owner.getByRole("region", { name: "Dine frister i din kalender" });
  await calendar.getByRole("button", { name: "Lav et kalenderlink" }).tap();
  const feed = await calendar.getByRole("textbox", { name: "Dit kalenderlink" }).inputValue();
  expect(feed).toMatch(/^webcal:\/\/.+\/api\/calendar\/[\w-]{43}\.ics$/);
  const subscribed = await owner.request.get(feed.replace(/^webcal:/, "http:"));
  expect(await subscribed.text()).toContain(`DTSTART;VALUE=DATE:${due.replaceAll("-", "")}`);
  await expectNoSeriousAxeViolations(owner);
  await keepScreenshot(owner, testInfo, "step-answer-reminders-phone");

  // The coordinator, signing in again three days on, sees his answer on the steps.
  const coordinator = await open({ ...coordinatorDesktop, baseURL: server.url });
  await coordinatorEnters(coordinator);
  await coordinator.goto(`/cases/${caseId}/steps`);
  await expect(coordinator.getByRole("row", { name: new RegExp(step) })).toContainText(`Gjort – ${said}`);
});
