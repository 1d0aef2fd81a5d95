import type { Page } from "@playwright/test";
import { addGoal, addNextStep } from "@samplan/shared/model";
import { coordinatorEnters, expectConnected } from "./support/access.ts";
import { expectNoSeriousAxeViolations } from "./support/accessibility.ts";
import { addMember, createCaseAndMeeting, invite } from "./support/api.ts";
import { typeDate } from "./support/dateFields.ts";
import { daysFromNow } from "./support/dates.ts";
import { writeAs } from "./support/plan.ts";
import { keepScreenshot } from "./support/screenshots.ts";
import { expect, test } from "./support/test.ts";
import { coordinatorDesktop, professionalLaptop } from "./support/viewports.ts";

const job = "Et arbejde med dyr";
const flat = "Egen lejlighed";
// Two services writing the same errand in their own words.
const mettes = "Finde en praktikplads i butik sammen med jobcenteret";
const karins = "Kontakte jobcentret om en praktikplads i en butik";
const housing = "Søge boliger på nettet";

function agendaPhase(page: Page, title: string) {
  return page.getByRole("list", { name: "Dagsordenens faser" }).getByRole("listitem").filter({ hasText: title });
}

function step(page: Page, n: number) {
  return page.getByRole("listitem").filter({ has: page.getByRole("textbox", { name: `Skridt ${n}`, exact: true }) });
}

test("the chair sees, during Næste skridt and the summary, whether the plan adds up, and the points clear as steps get goals, owners and dates", async ({
  open,
  baseURL,
}, testInfo) => {
  // Two devices, two accessibility checks and a dozen live changes each awaited: about 60 s on
  // this shared machine, too near the default.
  test.slow();
  const coordinator = await open(coordinatorDesktop);
  await coordinatorEnters(coordinator);
  const { caseId, meetingId } = await createCaseAndMeeting(coordinator, "Freja Dam", "Netværksmøde om praktik");
  const mette = await addMember(coordinator, caseId, {
    name: "Mette Holm",
    role: "fagperson",
    organisation: "Jobcenter",
  });
  await writeAs(coordinator.request, baseURL ?? "", meetingId, (doc, { principal }) => {
    const by = { createdBy: principal.name, createdByRole: principal.role };
    const jobGoal = addGoal(doc, { ...by, text: job });
    const flatGoal = addGoal(doc, { ...by, text: flat });
    addNextStep(doc, {
      ...by,
      text: mettes,
      owner: "Mette Holm",
      dueDate: daysFromNow(14),
      goalId: jobGoal,
      citizenHours: 6,
      citizenAppointments: 2,
    });
    addNextStep(doc, { ...by, text: karins, owner: "Karin Holm" });
    addNextStep(doc, { ...by, text: housing, goalId: flatGoal });
  });
  await coordinator.goto(`/meetings/${meetingId}`);
  await expectConnected(coordinator);
  const professional = await open(professionalLaptop);
  await professional.goto((await invite(coordinator, meetingId, mette, "link")).joinPath);
  await expectConnected(professional);

  const checklist = coordinator.getByRole("region", { name: "Hænger planen sammen?" });
  const points = checklist.getByRole("list", { name: "Planens sammenhæng" }).getByRole("listitem");

  await test.step("before Næste skridt the chair's panel has no checklist", async () => {
    await coordinator.getByRole("button", { name: "Dagsorden" }).click();
    await agendaPhase(coordinator, "Runden").getByRole("button", { name: "Gå hertil" }).click();
    await expect(agendaPhase(coordinator, "Runden")).toContainText("Nu");
    await expect(checklist).toHaveCount(0);
  });

  await test.step("in Næste skridt it names each goal, step and person that does not add up, and two steps that look alike", async () => {
    await agendaPhase(coordinator, "Næste skridt").getByRole("button", { name: "Gå hertil" }).click();
    await expect(points).toHaveText([
      `!Se på: Målet “${flat}” har intet skridt med en ansvarlig og en dato.Vis`,
      `!Se på: Skridtet “${karins}” (Karin Holm) fører ikke mod et mål.Vis`,
      "!Se på: Karin Holm har 1 skridt, og det fører ikke mod et mål.",
      `!Se på: Ligner hinanden — er det det samme? “${mettes}” (Mette Holm) og “${karins}” (Karin Holm).Vis`,
    ]);
    await expect(checklist).toContainText(
      "Borgerens uge: 2 aftaler, 6 timer. Borgeren har ikke sagt, hvor meget ugen kan rumme.",
    );
    // Only the chair sees it: not the professional at the table.
    await expect(professional.getByText("Hænger planen sammen?")).toHaveCount(0);
    await expectNoSeriousAxeViolations(coordinator);
    await keepScreenshot(coordinator, testInfo, "coherence-checklist-coordinator-desktop");
  });

  await test.step("“Vis” takes the chair to the goal in the plan", async () => {
    await points.filter({ hasText: flat }).getByRole("button", { name: "Vis" }).click();
    await expect(coordinator.getByRole("textbox", { name: "Mål 2", exact: true })).toBeInViewport();
  });

  await test.step("a step with an owner and a date for the goal, and a goal for the step, clear their points", async () => {
    await step(coordinator, 3).getByLabel("Ansvarlig").selectOption({ label: "Borgeren" });
    await typeDate(step(coordinator, 3), "Frist", daysFromNow(10));
    await expect(points.first()).toHaveText("✓I orden: Hvert mål har et skridt med en ansvarlig og en dato.");
    await step(coordinator, 2)
      .getByLabel("Hører til mål")
      .selectOption({ label: `Mål 1: ${job}` });
    await expect(points).toHaveText([
      "✓I orden: Hvert mål har et skridt med en ansvarlig og en dato.",
      "✓I orden: Hvert skridt fører mod et mål.",
      "✓I orden: Ingen har kun skridt uden mål.",
      `!Se på: Ligner hinanden — er det det samme? “${mettes}” (Mette Holm) og “${karins}” (Karin Holm).Vis`,
    ]);
  });

  await test.step("what a step asks of her week is added to the chair's line as it is written", async () => {
    const hours = step(coordinator, 3).getByLabel("Borgerens timer om ugen");
    await hours.fill("1,5");
    await hours.press("Enter");
    await step(coordinator, 3).getByLabel("Borgerens aftaler om ugen").fill("1");
    await step(coordinator, 3).getByLabel("Borgerens aftaler om ugen").press("Enter");
    await expect(checklist).toContainText("Borgerens uge: 3 aftaler, 7,5 timer.");
    // A figure the plan cannot hold says why, and is not written.
    await hours.fill("200");
    await hours.press("Enter");
    await expect(step(coordinator, 3)).toContainText("Skriv et antal timer fra 0 til 168, fx 1,5.");
    await hours.press("Escape");
    await expect(hours).toHaveValue("1,5");
  });

  await test.step("in the summary the checklist is still there, with the limit the chair writes for her", async () => {
    await agendaPhase(coordinator, "Opsummering").getByRole("button", { name: "Gå hertil" }).click();
    await expect(checklist).toBeVisible();
    await checklist.getByLabel("Højst timer om ugen").fill("7");
    await checklist.getByLabel("Højst timer om ugen").press("Enter");
    await expect(checklist).toContainText(
      "Borgerens uge: 3 aftaler, 7,5 timer. Borgeren sagde højst 7 timer. Det er mere, end borgeren sagde.",
    );
    await expectNoSeriousAxeViolations(coordinator);
    await keepScreenshot(coordinator, testInfo, "coherence-summary-coordinator-desktop");
  });
});
