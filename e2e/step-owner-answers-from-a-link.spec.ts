import { apiRoutes, pathOf } from "@samplan/shared/api";
import { addGoal, addNextStep } from "@samplan/shared/model";
import { coordinatorEnters } from "./support/access.ts";
import { expectNoSeriousAxeViolations } from "./support/accessibility.ts";
import { addMember, createCaseAndMeeting } from "./support/api.ts";
import { typeDate } from "./support/dateFields.ts";
import { daysFromNow } from "./support/dates.ts";
import { writeAs } from "./support/plan.ts";
import { keepScreenshot } from "./support/screenshots.ts";
import { expect, test } from "./support/test.ts";
import { coordinatorDesktop, phone } from "./support/viewports.ts";

const consultant = "Ole Dahl";
const step = "Ringe til dyrehandlen om en prøvedag";
const said = "Lene var med i telefonen, prøvedagen er på fredag";

test("between meetings the step's owner answers from his link on a phone, and the coordinator sees it", async ({
  open,
  baseURL,
}, testInfo) => {
  const coordinator = await open(coordinatorDesktop);
  await coordinatorEnters(coordinator);
  const { caseId, meetingId } = await createCaseAndMeeting(coordinator, "Lene Berg", "Netværksmøde");
  await addMember(coordinator, caseId, { name: consultant, role: "fagperson", organisation: "Jobcenter" });
  const consent = await coordinator.request.post(pathOf(apiRoutes.recordConsent, { caseId }), {
    data: { purpose: "Samarbejde om job", organisations: ["Jobcenter"], givenAt: daysFromNow(-1) },
  });
  expect(consent.ok()).toBe(true);
  await writeAs(coordinator.request, baseURL!, meetingId, (doc, { principal }) => {
    const goalId = addGoal(doc, { createdBy: principal.name, createdByRole: principal.role, text: "Praktik med dyr" });
    addNextStep(doc, {
      createdBy: principal.name,
      createdByRole: principal.role,
      text: step,
      owner: consultant,
      dueDate: daysFromNow(3),
      goalId,
    });
  });

  // The steps overview reads the stored plan: once the step is listed, its link can be made.
  await coordinator.goto(`/cases/${caseId}/steps`);
  const row = coordinator.getByRole("row", { name: new RegExp(step) });
  await expect(row).toContainText("Intet svar endnu");
  await row.getByRole("button", { name: `Link til ${consultant}` }).click();
  const link = await row.getByRole("textbox", { name: `Link til ${consultant}` }).inputValue();
  expect(link).toMatch(/\/skridt#.{40,}$/);

  const owner = await open({
    locale: "da-DK",
    timezoneId: "Europe/Copenhagen",
    viewport: phone,
    hasTouch: true,
    isMobile: true,
  });
  await owner.goto(link);
  await expect(owner.getByRole("heading", { level: 1 })).toHaveText("Hvordan går det med dit skridt?");
  await expect(owner.getByText(step)).toBeVisible();
  await expect(owner.getByText("Praktik med dyr")).toBeVisible();
  // Nobody is signed in on the phone: the link opens this one step and nothing else.
  await expect(owner.getByRole("navigation", { name: "Din konto" })).toHaveCount(0);
  await owner.getByRole("button", { name: "Send svar" }).tap();
  // The page has more than one place that may speak up (the calendar and reminder sections too).
  await expect(owner.getByRole("alert").filter({ hasText: "Vælg, hvordan det går." })).toBeVisible();
  await owner.getByRole("radio", { name: "Gjort" }).tap();
  await owner.getByLabel("Vil du skrive lidt mere?").fill(said);
  await typeDate(owner, "Hvornår skete det?", daysFromNow(-1));
  await owner.getByRole("button", { name: "Send svar" }).tap();
  await expect(owner.getByText("Tak. Dit svar er sendt")).toBeVisible();
  await expect(owner.getByRole("region", { name: "Svar indtil nu" })).toContainText(`Gjort – ${said}`);
  await expectNoSeriousAxeViolations(owner);
  await keepScreenshot(owner, testInfo, "step-answer-phone");

  await coordinator.reload();
  await expect(row).toContainText(`Gjort – ${said}`);
  await expect(row).toContainText(consultant);
  await expectNoSeriousAxeViolations(coordinator);
  await keepScreenshot(coordinator, testInfo, "steps-with-answer-desktop");

  // Her start page lists the meeting under "Kommende møder" (it began minutes ago), and the step
  // under "Skridt der venter": due in three days, with his answer.
  await coordinator.goto("/");
  await expect(coordinator.getByRole("region", { name: "Kommende møder" })).toContainText("Lene Berg: Netværksmøde");
  const waiting = coordinator.getByRole("region", { name: "Skridt der venter" });
  const onDesk = waiting.getByRole("row", { name: new RegExp(step) });
  await expect(onDesk).toContainText("Lene Berg");
  await expect(onDesk).toContainText(`Gjort – ${said}`);
  await expectNoSeriousAxeViolations(coordinator);
  await keepScreenshot(coordinator, testInfo, "start-page-steps-waiting");
});

test("at the next meeting, the step's review is already filled in with the owner's answer, under his name", async ({
  open,
  baseURL,
}) => {
  const coordinator = await open(coordinatorDesktop);
  await coordinatorEnters(coordinator);
  const { caseId, meetingId } = await createCaseAndMeeting(coordinator, "Lene Berg", "Netværksmøde");
  await addMember(coordinator, caseId, { name: consultant, role: "fagperson", organisation: "Jobcenter" });
  await coordinator.request.post(pathOf(apiRoutes.recordConsent, { caseId }), {
    data: { purpose: "Samarbejde om job", organisations: ["Jobcenter"], givenAt: daysFromNow(-1) },
  });
  let stepId = "";
  await writeAs(coordinator.request, baseURL!, meetingId, (doc, { principal }) => {
    stepId = addNextStep(doc, {
      createdBy: principal.name,
      createdByRole: principal.role,
      text: step,
      owner: consultant,
      dueDate: daysFromNow(-1),
    });
  });
  // The step was due yesterday, and nobody has said it is done: her start page's tab counts it.
  await coordinator.goto("/");
  // Other journeys' cases on the same server may have overdue steps too: the count is at least one.
  await expect(coordinator).toHaveTitle(/^Forløb \(\d+ overskredne\) – Samplan$/);
  // Made and answered through the API: the clicking is the journey above. The link is made once
  // the plan is stored.
  let path = "";
  await expect
    .poll(async () => {
      const answer = await coordinator.request.post(pathOf(apiRoutes.createStepLink, { meetingId }), {
        data: { stepId },
      });
      if (answer.ok()) path = ((await answer.json()) as { path: string }).path;
      return answer.status();
    })
    .toBe(201);
  const answered = await coordinator.request.post(pathOf(apiRoutes.answerStep), {
    data: { secret: path.split("#")[1], answer: "done", note: said, happenedOn: daysFromNow(-1) },
  });
  expect(answered.ok()).toBe(true);
  const next = await coordinator.request.post(pathOf(apiRoutes.createMeeting, { caseId }), {
    data: { title: "Opfølgning", startsAt: new Date(Date.now() + 60_000).toISOString() },
  });
  const { id: nextId } = (await next.json()) as { id: string };

  await coordinator.goto(`/meetings/${nextId}`);
  const review = coordinator.getByRole("region", { name: "Siden sidst" }).getByRole("listitem").first();
  await expect(review).toContainText(`Sidst aftalte vi: ${consultant} skulle`);
  await expect(review).toContainText(step);
  await expect(
    review.getByRole("radiogroup", { name: "Hvordan gik det?" }).getByRole("radio", { name: "Gjort" }),
  ).toBeChecked();
  await expect(review.getByRole("textbox", { name: "Observation 1", exact: true })).toContainText(said);
  await expect(review.getByLabel("Set af")).toHaveValue(consultant);
});

test("a link that is not whole, or not ours, says so in plain words and shows nothing", async ({ open }) => {
  const owner = await open({ locale: "da-DK", timezoneId: "Europe/Copenhagen", viewport: phone, hasTouch: true });
  await owner.goto("/skridt");
  await expect(owner.getByText("Linket er ikke helt.")).toBeVisible();
  await owner.goto(`/skridt#${"x".repeat(43)}`);
  await owner.reload();
  await expect(owner.getByRole("alert")).toHaveText("Dette link kender vi ikke. Tjek, at du har hele linket med.");
  await expect(owner.getByRole("button", { name: "Send svar" })).toHaveCount(0);
  await expectNoSeriousAxeViolations(owner);
});
