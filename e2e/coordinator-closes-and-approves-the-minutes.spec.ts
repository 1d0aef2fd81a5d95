import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { addToRoster, coordinatorEnters, expectConnected, inviteByLink } from "./support/access.ts";
import { expectNoSeriousAxeViolations } from "./support/accessibility.ts";
import { typeDate, typeTime } from "./support/dateFields.ts";
import { daysFromNow } from "./support/dates.ts";
import { addAndWrite } from "./support/meeting.ts";
import { keepScreenshot } from "./support/screenshots.ts";
import { coordinatorDesktop, professionalLaptop } from "./support/viewports.ts";

test("the coordinator closes the meeting, the plan becomes read-only, and the minutes are approved", async ({
  browser,
}, testInfo) => {
  const coordinatorContext = await browser.newContext({ ...coordinatorDesktop, acceptDownloads: true });
  const coordinator = await coordinatorContext.newPage();
  const goal = "Sara vil gerne i praktik i en boghandel";
  const step = "finde tre boghandler at spørge";

  await test.step("the coordinator prepares a case, a meeting and invites a professional", async () => {
    await coordinatorEnters(coordinator);
    await coordinator.getByLabel("Borgerens navn").fill("Sara Nielsen");
    await coordinator.getByRole("button", { name: "Opret forløb" }).click();
    await coordinator.getByRole("link", { name: /Sara Nielsen/ }).click();

    const newMeeting = coordinator.getByRole("form", { name: "Nyt møde" });
    await newMeeting.getByLabel("Mødets titel").fill("Afsluttende møde");
    await typeDate(newMeeting, "Dato", daysFromNow(7));
    await typeTime(newMeeting, "Tidspunkt", "09:00");
    await newMeeting.getByRole("button", { name: "Opret møde" }).click();
    await addToRoster(coordinator, { name: "Jens Mikkelsen", role: "fagperson", organisation: "Jobcenter Aarhus" });
    await coordinator.getByRole("link", { name: /Afsluttende møde/ }).click();
    await expectConnected(coordinator);
  });

  const link = await inviteByLink(coordinator, "Jens Mikkelsen");
  const professionalContext = await browser.newContext(professionalLaptop);
  const professional = await professionalContext.newPage();

  await test.step("the network writes the plan", async () => {
    await professional.goto(link);
    await expectConnected(professional);
    await addAndWrite(professional, "Tilføj mål", "Mål 1", goal);
    await addAndWrite(coordinator, "Tilføj skridt", "Skridt 1", step);
    await expect(professional.getByRole("textbox", { name: "Skridt 1", exact: true })).toContainText(step);
    // The coordinator adds to the professional's goal: the record will say both wrote it.
    const goalField = coordinator.getByRole("textbox", { name: "Mål 1", exact: true });
    await expect(goalField).toContainText(goal);
    await goalField.click();
    await coordinator.keyboard.press("End");
    await coordinator.keyboard.type(" på deltid");
    await expect(professional.getByRole("textbox", { name: "Mål 1", exact: true })).toContainText("på deltid");
  });

  await test.step("the coordinator closes the meeting; the professional's editor becomes read-only", async () => {
    await coordinator.getByRole("button", { name: "Afslut møde" }).click();
    const dialog = coordinator.getByRole("dialog", { name: "Afslut mødet?" });
    await typeDate(dialog, "Næste møde (valgfrit)", daysFromNow(41));
    await typeTime(dialog, "Tidspunkt", "10:00");
    await dialog.getByRole("button", { name: "Afslut mødet" }).click();
    await expect(coordinator.getByText("Mødet er afsluttet — referatet er skrevet")).toBeVisible();

    await expect(professional.getByText("Mødet er afsluttet — referatet er skrevet")).toBeVisible();
    const field = professional.getByRole("textbox", { name: "Mål 1", exact: true });
    await expect(field).toHaveAttribute("contenteditable", "false");
    await expect(professional.getByRole("button", { name: "Tilføj mål" })).toHaveCount(0);
    await expect(professional.getByRole("link", { name: "Se referatet" })).toHaveCount(0);
  });

  await test.step("the coordinator approves the minutes and downloads the PDF", async () => {
    await coordinator.getByRole("link", { name: "Se referatet" }).click();
    await expect(coordinator.getByRole("heading", { name: "Referat: Afsluttende møde", level: 1 })).toBeVisible();
    await expect(coordinator.getByText("Ikke godkendt")).toBeVisible();
    await expect(coordinator.getByText(goal).first()).toBeVisible();
    await expectNoSeriousAxeViolations(coordinator);

    await coordinator.getByRole("button", { name: "Godkend referat" }).click();
    await expect(coordinator.getByText(/Godkendt af Karin Holm .* · version 2 · SHA-256 [0-9a-f]{64}/)).toBeVisible();
    const versions = coordinator.getByRole("table").filter({ hasText: "Hvornår" });
    await expect(versions.getByRole("row", { name: /Godkendt/ })).toBeVisible();

    // An earlier version opens read-only and says who wrote what, from the server's record.
    await versions.getByRole("button", { name: "Vis version 1" }).click();
    await expect(
      coordinator.getByText("Skrevet af Jens Mikkelsen (fagperson) · rettet af Karin Holm (koordinator)"),
    ).toBeVisible();
    await expect(coordinator.getByText("Skrevet af Karin Holm (koordinator)", { exact: true })).toBeVisible();
    await expectNoSeriousAxeViolations(coordinator);
    await keepScreenshot(coordinator, testInfo, "minutes-version-who-wrote-what");

    const [download] = await Promise.all([
      coordinator.waitForEvent("download"),
      coordinator.getByRole("button", { name: "PDF" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const file = await download.path();
    expect(fs.readFileSync(file).subarray(0, 4).toString("latin1")).toBe("%PDF");
    await keepScreenshot(coordinator, testInfo, "minutes-approved-coordinator-desktop");
  });

  await professionalContext.close();
  await coordinatorContext.close();
});
