import { apiRoutes, pathOf } from "@samplan/shared/api";
import { addGoal, addNextStep } from "@samplan/shared/model";
import { addCalendarDays, copenhagenTime } from "../server/src/storage/calendarDay.ts";
import { MailCatcher } from "../server/src/testing/mailCatcher.ts";
import { addToRoster, coordinatorEnters, rosterEntry } from "./support/access.ts";
import { expectNoSeriousAxeViolations } from "./support/accessibility.ts";
import { addMember, closeMeeting, createCaseAndMeeting, invite } from "./support/api.ts";
import { atCopenhagenTime, daysFromNow } from "./support/dates.ts";
import { type OwnServer, ServerClock, startOwnServer } from "./support/ownServer.ts";
import { writeAs } from "./support/plan.ts";
import { keepScreenshot } from "./support/screenshots.ts";
import { expect, test } from "./support/test.ts";
import { citizenTablet, coordinatorDesktop, phone } from "./support/viewports.ts";

const consultant = "Ole Dahl";
const address = "ole.dahl@jobcenter.example";
const step = "Ringe til dyrehandlen om en prøvedag";
const goal = "Praktik med dyr";
const said = "Prøvedagen er aftalt til fredag";
const citizenName = "Lene Berg";
const wentWell = "Jeg har passet naboens hund hele ugen";
const points = "Om prøvedagen kan blive til en praktik";

// A server of the journey's own: it sends e-mail to a real SMTP server started here, and its
// clock can be moved to the morning three days before the deadline.
let server: OwnServer;
let catcher: MailCatcher;
const clock = new ServerClock();
// What the journeys hand on to each other: the case, the step's deadline, the citizen on the
// roster, and the next meeting with her link to it.
let caseId: string;
let due: string;
let leneId: string;
let nextMeeting: { id: string; startsAt: string };
let herLink: string;

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
  leneId = await addMember(coordinator, caseId, { name: citizenName, role: "borger" });

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
  await clock.setAhead((morning - Date.now()) / 1000 + 60, server.url);
  await catcher.waitForCount(1, 20_000);
  const [mail] = catcher.to(address);
  expect(mail?.subject).toMatch(/^Påmindelse: et skridt skal være gjort den/);
  expect(mail?.text).toContain(`Hej ${consultant}`);
  // The e-mail names the meeting and the deadline; the step and her goal are behind the link.
  expect(mail?.text).not.toContain(step);
  expect(mail?.text).not.toContain(goal);
  expect(mail?.text).not.toContain(citizenName);
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

test("before the next meeting the citizen prepares on her phone and shows it to the meeting", async ({ open }) => {
  const coordinator = await open({ ...coordinatorDesktop, baseURL: server.url });
  await coordinatorEnters(coordinator);
  // Planned for four days from now, two days after the server's "now".
  const startsAt = atCopenhagenTime(daysFromNow(4), "10:00");
  const planned = await coordinator.request.post(pathOf(apiRoutes.createMeeting, { caseId }), {
    data: { title: "Opfølgning", startsAt },
  });
  expect(planned.ok()).toBe(true);
  nextMeeting = { id: ((await planned.json()) as { id: string }).id, startsAt };
  herLink = (await invite(coordinator, nextMeeting.id, leneId, "link")).joinPath;

  const citizen = await open({
    locale: "da-DK",
    timezoneId: "Europe/Copenhagen",
    viewport: phone,
    hasTouch: true,
    isMobile: true,
    baseURL: server.url,
  });
  await citizen.goto(herLink);
  await citizen.getByRole("link", { name: "Forbered dig til mødet" }).tap();
  await citizen.getByLabel("Hvad er gået godt siden sidst?").fill(wentWell);
  await citizen.getByLabel("Hvad vil du gerne tale om?").fill(points);
  await citizen.getByRole("button", { name: "Vis det til mødet" }).tap();
  await expect(citizen.getByRole("status")).toContainText("Det er vist til mødet.");
});

test("at the next meeting his answer and what she prepared are in Siden sidst under their names, and her points open the agenda", async ({
  open,
}) => {
  // The day of the meeting, a few minutes after it began.
  await clock.setAhead((Date.parse(nextMeeting.startsAt) - Date.now()) / 1000 + 300, server.url);
  const coordinator = await open({ ...coordinatorDesktop, baseURL: server.url });
  await coordinatorEnters(coordinator);
  await coordinator.goto(`/meetings/${nextMeeting.id}`);
  const sinceLastTime = coordinator.getByRole("region", { name: "Siden sidst" }).getByRole("listitem");
  const hisAnswer = sinceLastTime.filter({ hasText: `Sidst aftalte vi: ${consultant} skulle` });
  await expect(hisAnswer.getByRole("textbox", { name: /^Observation \d+$/ })).toContainText(said);
  await expect(hisAnswer.getByLabel("Set af")).toHaveValue(consultant);
  const hers = sinceLastTime.filter({ hasText: wentWell });
  await expect(hers.getByLabel("Set af")).toHaveValue(citizenName);
  await coordinator.getByRole("button", { name: "Dagsorden" }).click();
  const phases = coordinator.getByRole("list", { name: "Dagsordenens faser" }).getByRole("listitem");
  await expect(phases.first()).toContainText("Borgerens punkter");
  await expect(phases.first()).toContainText(points);
});

test("she says on her tablet that she agrees, and the approved minutes say so", async ({ open }) => {
  const coordinator = await open({ ...coordinatorDesktop, baseURL: server.url });
  await coordinatorEnters(coordinator);
  const citizen = await open({ ...citizenTablet, baseURL: server.url });
  await citizen.goto(herLink);
  await coordinator.goto(`/meetings/${nextMeeting.id}`);
  const herAnswer = citizen.getByRole("region", { name: "Er du enig i planen?" });
  await herAnswer.getByRole("button", { name: "Jeg er enig i planen" }).tap();
  await expect(coordinator.getByRole("region", { name: "Borgerens svar på planen" })).toContainText(
    "Borgeren har sagt: Jeg er enig i planen.",
  );

  await coordinator.getByRole("button", { name: "Afslut møde" }).click();
  await coordinator
    .getByRole("dialog", { name: "Afslut mødet?" })
    .getByRole("button", { name: "Afslut mødet" })
    .click();
  await expect(coordinator.getByText("Mødet er afsluttet — referatet er skrevet")).toBeVisible();
  await coordinator.getByRole("link", { name: "Se referatet" }).click();
  await coordinator.getByRole("button", { name: "Godkend referat" }).click();
  await expect(coordinator.getByText(/Godkendt af Karin Holm/)).toBeVisible();
  await expect(coordinator.getByText("Borgeren er enig i planen.", { exact: true })).toBeVisible();
});
