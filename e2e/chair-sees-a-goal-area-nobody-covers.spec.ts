import type { Page } from "@playwright/test";
import { addGoal, addNextStep } from "@samplan/shared/model";
import { coordinatorEnters, expectConnected } from "./support/access.ts";
import { expectNoSeriousAxeViolations } from "./support/accessibility.ts";
import { addMember, createCaseAndMeeting, invite } from "./support/api.ts";
import { expectCitizenSized } from "./support/citizenView.ts";
import { daysFromNow } from "./support/dates.ts";
import { writeAs } from "./support/plan.ts";
import { keepScreenshot } from "./support/screenshots.ts";
import { expect, test } from "./support/test.ts";
import { citizenTablet, coordinatorDesktop, professionalLaptop } from "./support/viewports.ts";

const flat = "Egen lejlighed med plads til hunden";

function agendaPhase(page: Page, title: string) {
  return page.getByRole("list", { name: "Dagsordenens faser" }).getByRole("listitem").filter({ hasText: title });
}

test("the chair's checklist names a housing goal nobody at the table works with, until the mentor the coordinator said works with housing joins; the citizen sees the area on her goal", async ({
  open,
  baseURL,
}, testInfo) => {
  // Three devices and two accessibility checks on a shared machine: too near the default.
  test.slow();
  const coordinator = await open(coordinatorDesktop);
  await coordinatorEnters(coordinator);
  const { caseId, meetingId } = await createCaseAndMeeting(coordinator, "Asta Bech", "Netværksmøde om bolig");
  const asta = await addMember(coordinator, caseId, { name: "Asta Bech", role: "borger" });
  const bo = await addMember(coordinator, caseId, {
    name: "Bo Kjær",
    role: "fagperson",
    organisation: "Kommunen",
    // A mentor who in fact helps her find a home: nothing in the words says housing.
    profession: "Støttekontaktperson",
  });
  await writeAs(coordinator.request, baseURL ?? "", meetingId, (doc, { principal }) => {
    const by = { createdBy: principal.name, createdByRole: principal.role };
    const goal = addGoal(doc, { ...by, text: flat });
    addNextStep(doc, {
      ...by,
      text: "Skrive op til en bolig",
      owner: "Bo Kjær",
      dueDate: daysFromNow(14),
      goalId: goal,
    });
  });

  await test.step("on the roster the coordinator says the mentor works with housing", async () => {
    await coordinator.goto(`/cases/${caseId}`);
    await coordinator
      .getByRole("listitem")
      .filter({ hasText: "Bo Kjær" })
      .getByRole("button", { name: "Rediger" })
      .click();
    const form = coordinator.getByRole("form", { name: "Rediger Bo Kjær" });
    const worksWith = form.getByRole("group", { name: "Arbejder med" });
    await expect(worksWith).toContainText("Sat ud fra faget.");
    await expect(worksWith.getByRole("checkbox", { checked: true })).toHaveCount(0);
    await worksWith.getByRole("checkbox", { name: "Bolig" }).check();
    await expect(worksWith).toContainText("Valgt af dig.");
    await expectNoSeriousAxeViolations(coordinator);
    await keepScreenshot(coordinator, testInfo, "goal-area-roster-coordinator-desktop");
    await form.getByRole("button", { name: "Gem" }).click();
    await expect(coordinator.getByText("Bo Kjær er opdateret.")).toBeAttached();
  });

  await coordinator.goto(`/meetings/${meetingId}`);
  await expectConnected(coordinator);
  const citizen = await open(citizenTablet);
  await citizen.goto((await invite(coordinator, meetingId, asta, "link")).joinPath);
  await expectConnected(citizen);

  const checklist = coordinator.getByRole("region", { name: "Hænger planen sammen?" });
  const areaPoint = checklist.getByRole("listitem").filter({ hasText: "ingen ved bordet" });

  await test.step("the coordinator says the goal is about housing, and the citizen sees it as a plain label", async () => {
    await coordinator.getByLabel("Livsområde").selectOption({ label: "Bolig" });
    await expect(citizen.getByText("Handler om: Bolig")).toBeVisible();
    await expect(citizen.getByLabel("Livsområde")).toHaveCount(0);
    await expectCitizenSized(citizen);
    await expectNoSeriousAxeViolations(citizen);
    await keepScreenshot(citizen, testInfo, "goal-area-citizen-tablet");
  });

  await test.step("in Næste skridt the checklist names the housing goal nobody present works with", async () => {
    await coordinator.getByRole("button", { name: "Dagsorden" }).click();
    await agendaPhase(coordinator, "Næste skridt").getByRole("button", { name: "Gå hertil" }).click();
    await expect(areaPoint).toHaveText("!Se på: Boligmål, men ingen ved bordet arbejder med bolig.Vis");
    await expectNoSeriousAxeViolations(coordinator);
    await keepScreenshot(coordinator, testInfo, "goal-area-nobody-covers-coordinator-desktop");
  });

  await test.step("the mentor joins and the line gives way to a tick", async () => {
    const adviser = await open(professionalLaptop);
    await adviser.goto((await invite(coordinator, meetingId, bo, "link")).joinPath);
    await expectConnected(adviser);
    await expect(areaPoint).toHaveCount(0);
    await expect(checklist).toContainText("Hvert livsområde i målene har nogen ved bordet, der arbejder med det.");
    await keepScreenshot(coordinator, testInfo, "goal-area-covered-coordinator-desktop");
  });
});
