import { addGoal } from "@samplan/shared/model";
import { coordinatorEnters } from "./support/access.ts";
import { expectNoSeriousAxeViolations } from "./support/accessibility.ts";
import { addMember, createCaseAndMeeting, invite } from "./support/api.ts";
import { atCopenhagenTime, daysFromNow } from "./support/dates.ts";
import { writeAs } from "./support/plan.ts";
import { keepScreenshot } from "./support/screenshots.ts";
import { expect, test } from "./support/test.ts";
import { coordinatorDesktop, phone } from "./support/viewports.ts";

const citizenName = "Maja Holm";
const goal = "Et arbejde med dyr";
const wentWell = "Jeg har været i praktik tre dage i træk";
const points = "Om jeg kan få flere timer i praktikken";

test("before the meeting the citizen prepares on her phone and shows it to the meeting: her points open the agenda, and what went well is in Siden sidst under her name", async ({
  open,
}, testInfo) => {
  const coordinator = await open(coordinatorDesktop);
  await coordinatorEnters(coordinator);
  const { caseId, meetingId } = await createCaseAndMeeting(
    coordinator,
    citizenName,
    "Netværksmøde om praktikken",
    atCopenhagenTime(daysFromNow(2), "10:00"),
  );
  const maja = await addMember(coordinator, caseId, { name: citizenName, role: "borger" });
  // Her goal from the last meeting, as the plan carries it into this one.
  await writeAs(coordinator.request, new URL(coordinator.url()).origin, meetingId, (doc, { principal }) => {
    addGoal(doc, { createdBy: principal.name, createdByRole: principal.role, text: goal });
  });
  const { joinPath } = await invite(coordinator, meetingId, maja, "link");

  const citizen = await open({
    locale: "da-DK",
    timezoneId: "Europe/Copenhagen",
    viewport: phone,
    hasTouch: true,
    isMobile: true,
  });

  await test.step("on her phone, by her own link, she writes what went well and what she wants to talk about, and sets her scale by keyboard", async () => {
    await citizen.goto(joinPath);
    await citizen.getByRole("link", { name: "Forbered dig til mødet" }).tap();
    await expect(citizen.getByRole("heading", { level: 1 })).toHaveText("Forbered dig til mødet");
    await expect(citizen.getByText("Det, du skriver her, kan kun du se.")).toBeVisible();
    await expect(citizen.getByText(/tryk på mikrofonen på telefonens tastatur/)).toBeVisible();

    await citizen.getByLabel("Hvad er gået godt siden sidst?").fill(wentWell);
    await citizen.getByLabel("Hvad er gået godt siden sidst?").press("Tab");
    await expect(citizen.getByLabel("Hvad vil du gerne tale om?")).toBeFocused();
    await citizen.keyboard.type(points);
    // Into the scale: one tab stop, the arrow keys choose.
    await citizen.keyboard.press("Tab");
    const scale = citizen.getByRole("radiogroup", { name: goal });
    await expect(scale.getByRole("radio", { name: "0", exact: true })).toBeFocused();
    for (let step = 0; step < 7; step++) await citizen.keyboard.press("ArrowRight");
    await expect(scale.getByRole("radio", { name: "7", exact: true })).toBeChecked();

    await expectNoSeriousAxeViolations(citizen);
    await keepScreenshot(citizen, testInfo, "citizen-prepares-phone");
  });

  await test.step("the coordinator cannot open it; the citizen taps 'Vis det til mødet'", async () => {
    await coordinator.goto(`/meetings/${meetingId}/forbered`);
    await expect(coordinator.getByText("Kun borgeren kan se sin forberedelse")).toBeVisible();
    await expect(coordinator.getByText(wentWell)).toHaveCount(0);

    const share = citizen.getByRole("button", { name: "Vis det til mødet" });
    const size = await share.boundingBox();
    expect(size?.height, "a button a thumb finds").toBeGreaterThanOrEqual(44);
    await share.focus();
    await citizen.keyboard.press("Enter");
    await expect(citizen.getByRole("status")).toContainText("Det er vist til mødet.");
    await expect(citizen.getByText(points)).toBeVisible();
    await expectNoSeriousAxeViolations(citizen);
  });

  await test.step("the coordinator opens the meeting: 'Borgerens punkter' first, what went well under her name, her scale", async () => {
    await coordinator.goto(`/meetings/${meetingId}`);
    const observation = coordinator.getByRole("region", { name: "Siden sidst" }).getByRole("listitem").first();
    await expect(observation).toContainText(wentWell);
    await expect(observation.getByLabel("Set af")).toHaveValue(citizenName);
    await expect(coordinator.getByText("Borgerens egen skala")).toBeVisible();
    await expect(coordinator.getByText("7 af 10")).toBeVisible();
    await coordinator.getByRole("button", { name: "Dagsorden" }).click();
    const phases = coordinator.getByRole("list", { name: "Dagsordenens faser" }).getByRole("listitem");
    await expect(phases.first()).toContainText("Borgerens punkter");
    await expect(phases.first()).toContainText(points);
  });
});
