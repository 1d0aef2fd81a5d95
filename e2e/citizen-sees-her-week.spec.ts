import { addGoal, addNextStep, listNextSteps, updateNextStep } from "@samplan/shared/model";
import { expectConnected } from "./support/access.ts";
import { expectNoSeriousAxeViolations } from "./support/accessibility.ts";
import { addMember, coordinatorSession, createCaseAndMeeting, invite } from "./support/api.ts";
import { expectCitizenSized } from "./support/citizenView.ts";
import { daysFromNow } from "./support/dates.ts";
import { guestSession, writeAs } from "./support/plan.ts";
import { keepScreenshot } from "./support/screenshots.ts";
import { expect, test } from "./support/test.ts";
import { citizenTablet } from "./support/viewports.ts";

const psychologist = "Samtale med psykologen hver uge";

test("the citizen sees in one plain line what the steps ask of her week, beside the most she said she can manage", async ({
  open,
  baseURL,
}, testInfo) => {
  const coordinator = await coordinatorSession(baseURL ?? "");
  const { caseId, meetingId } = await createCaseAndMeeting(coordinator, "Freja Dam", "Netværksmøde om praktik");
  const freja = await addMember(coordinator, caseId, { name: "Freja Dam", role: "borger" });
  const peter = await addMember(coordinator, caseId, { name: "Peter Lund", role: "fagperson" });
  const peterJoins = (await invite(coordinator, meetingId, peter, "link")).joinPath;
  await writeAs(coordinator, baseURL ?? "", meetingId, (doc, { principal }) => {
    const by = { createdBy: principal.name, createdByRole: principal.role };
    const job = addGoal(doc, { ...by, text: "Et arbejde med dyr" });
    const owner = { owner: "Peter Lund", dueDate: daysFromNow(14) };
    addNextStep(doc, {
      ...by,
      ...owner,
      text: "Praktik i dyrehandlen tre formiddage om ugen",
      goalId: job,
      citizenHours: 9,
      citizenAppointments: 3,
    });
    addNextStep(doc, { ...by, ...owner, text: psychologist, citizenHours: 1, citizenAppointments: 1 });
    addNextStep(doc, { ...by, owner: "borger", text: "Søge boliger på nettet", citizenHours: 1 });
    // Done already: it asks nothing more of her week.
    const done = addNextStep(doc, { ...by, ...owner, text: "Skrive ansøgningen", citizenHours: 5 });
    updateNextStep(doc, done, { status: "done" });
  });

  const citizen = await open(citizenTablet);
  await citizen.goto((await invite(coordinator, meetingId, freja, "link")).joinPath);
  await expectConnected(citizen);
  const week = citizen.getByRole("region", { name: "Din uge" });

  await test.step("her tablet adds up the open steps: appointments and hours", async () => {
    await expect(week).toContainText("Din uge: 4 aftaler, 11 timer.");
    await expect(week).not.toContainText("Du sagde");
  });

  await test.step("she says the most she can manage, and it stands beside the total", async () => {
    const limit = week.getByRole("textbox", { name: "Højst timer om ugen" });
    await limit.fill("12");
    await limit.press("Enter");
    await expect(week).toContainText("Din uge: 4 aftaler, 11 timer. Du sagde højst 12 timer.");
    await expect(week).not.toContainText("Det er mere");
    await expectCitizenSized(citizen);
    await expectNoSeriousAxeViolations(citizen);
    await keepScreenshot(citizen, testInfo, "citizen-week-citizen-tablet");
  });

  await test.step("a professional adds to a step's hours and her line says at once it is more than she said", async () => {
    await writeAs(await guestSession(baseURL ?? "", peterJoins), baseURL ?? "", meetingId, (doc) => {
      const step = listNextSteps(doc).find((s) => s.citizenHours === 1 && s.citizenAppointments === 1);
      if (!step) throw new Error(`no step “${psychologist}”`);
      updateNextStep(doc, step.id, { citizenHours: 3 });
    });
    await expect(week).toContainText(
      "Din uge: 4 aftaler, 13 timer. Du sagde højst 12 timer. Det er mere, end du sagde.",
    );
    await keepScreenshot(citizen, testInfo, "citizen-week-over-citizen-tablet");
  });
  await coordinator.dispose();
});
