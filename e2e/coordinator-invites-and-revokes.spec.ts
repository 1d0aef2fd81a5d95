import { expect, test } from "@playwright/test";
import { addToRoster, coordinatorEnters, expectConnected, inviteByLink } from "./support/access.ts";
import { expectNoSeriousAxeViolations } from "./support/accessibility.ts";
import { typeDate, typeTime } from "./support/dateFields.ts";
import { daysFromNow } from "./support/dates.ts";
import { addAndWrite } from "./support/meeting.ts";
import { keepScreenshot } from "./support/screenshots.ts";
import { coordinatorDesktop, professionalLaptop } from "./support/viewports.ts";

test("an observer follows without writing, and a revoked link no longer lets anyone in", async ({
  browser,
}, testInfo) => {
  // Long by nature: an invitation's whole life in four browsers — made, used by an observer who
  // must see edits arrive and be refused when writing, revoked, refused again in a fresh browser,
  // and found in the audit trail — each step depending on the one before.
  test.slow();
  const coordinatorContext = await browser.newContext(coordinatorDesktop);
  const coordinator = await coordinatorContext.newPage();

  await test.step("the coordinator prepares a case, a meeting and its roster", async () => {
    await coordinatorEnters(coordinator);
    await coordinator.getByLabel("Borgerens navn").fill("Ali Hassan");
    await coordinator.getByRole("button", { name: "Opret forløb" }).click();
    await coordinator.getByRole("link", { name: /Ali Hassan/ }).click();

    const newMeeting = coordinator.getByRole("form", { name: "Nyt møde" });
    await newMeeting.getByLabel("Mødets titel").fill("Opfølgning");
    await typeDate(newMeeting, "Dato", daysFromNow(6));
    await typeTime(newMeeting, "Tidspunkt", "13:00");
    await newMeeting.getByRole("button", { name: "Opret møde" }).click();

    await addToRoster(coordinator, {
      name: "Peter Lund",
      role: "fagperson",
      organisation: "Psykiatrien Region Midt",
      profession: "Psykolog",
    });
    await addToRoster(coordinator, { name: "Mona Berg", role: "observatoer", organisation: "Jobcenter Aarhus" });
    await coordinator.getByRole("link", { name: /Opfølgning/ }).click();
    await expectConnected(coordinator);
  });

  // Nobody is covered by consent yet: each invitation is confirmed, and audited, as without consent.
  const psychologistLink = await inviteByLink(coordinator, "Peter Lund");
  const observerLink = await inviteByLink(coordinator, "Mona Berg");

  const professionalContext = await browser.newContext(professionalLaptop);
  const professional = await professionalContext.newPage();
  const observerContext = await browser.newContext(professionalLaptop);
  const observer = await observerContext.newPage();

  await test.step("the observer sees the edits arrive but cannot change anything", async () => {
    await observer.goto(observerLink);
    await expectConnected(observer);
    await expect(observer.getByText("Du følger med som observatør og kan ikke skrive")).toBeVisible();
    await expect(observer.getByRole("button", { name: "Tilføj mål" })).toHaveCount(0);
    await expect(observer.getByRole("button", { name: "Fortryd" })).toHaveCount(0);

    await professional.goto(psychologistLink);
    await expectConnected(professional);
    const goal = "Ali vil gerne tilbage til lageret på nedsat tid";
    await addAndWrite(professional, "Tilføj mål", "Mål 1", goal);

    const seen = observer.getByRole("textbox", { name: "Mål 1", exact: true });
    await expect(seen).toContainText(goal);
    await expect(seen).toHaveAttribute("contenteditable", "false");
    await expect(seen).toHaveAttribute("aria-readonly", "true");
    await expect(observer.getByRole("button", { name: "Fjern" })).toHaveCount(0);

    await seen.click();
    await observer.keyboard.type(" og det her skal ikke med");
    await observer.keyboard.press("Backspace");
    await expect(seen).toHaveText(goal);
    await expect(professional.getByRole("textbox", { name: "Mål 1", exact: true })).toHaveText(goal);

    await expectNoSeriousAxeViolations(observer);
    await keepScreenshot(observer, testInfo, "meeting-observer-laptop");
  });

  await test.step("the coordinator withdraws the psychologist's link", async () => {
    const row = coordinator.getByRole("row", { name: /Peter Lund/ });
    await row.getByRole("button", { name: "Træk tilbage" }).click();
    await expect(row).toContainText("Trukket tilbage");
    await expect(row.getByRole("button", { name: "Træk tilbage" })).toHaveCount(0);
    await keepScreenshot(coordinator, testInfo, "invitations-coordinator-desktop");
  });

  await test.step("the psychologist's open meeting is closed with a calm explanation", async () => {
    await expect(professional.getByRole("heading", { name: "Mødet kan ikke åbnes" })).toBeVisible();
    // The server answers the token request with a bare 401, so the page cannot tell withdrawn
    // from expired here; it says the access has ended and what to do.
    await expect(professional.getByRole("alert")).toContainText(/bed koordinatoren om en ny/);
    await expect(professional.getByRole("textbox", { name: "Mål 1", exact: true })).toHaveCount(0);
    await expectNoSeriousAxeViolations(professional);
    await keepScreenshot(professional, testInfo, "meeting-withdrawn-laptop");
  });

  await test.step("opening the withdrawn link again, in a fresh browser, says so", async () => {
    const againContext = await browser.newContext(professionalLaptop);
    const again = await againContext.newPage();
    await again.goto(psychologistLink);
    await expect(again.getByRole("alert")).toContainText(
      "Invitationen er trukket tilbage — bed koordinatoren om en ny",
    );
    await expect(again.getByLabel("Skriv koden fra koordinatorens skærm")).toBeVisible();
    await expectNoSeriousAxeViolations(again);
    await keepScreenshot(again, testInfo, "join-revoked-laptop");
    await againContext.close();
  });

  await test.step("the audit trail lists the sign-ins, the invitations and the withdrawal", async () => {
    await coordinator.getByRole("link", { name: "Forløb for Ali Hassan" }).click();
    await coordinator.getByRole("link", { name: "Se aktivitetsloggen" }).click();
    await expect(coordinator.getByRole("heading", { name: "Aktivitetslog", level: 1 })).toBeVisible();
    const trail = coordinator.getByRole("table", { name: "Aktivitetslog for forløbet" });
    const rows = trail.getByRole("row");
    await expect(rows.filter({ hasText: "Loggede ind med invitation" }).filter({ hasText: "Peter Lund" })).toHaveCount(
      1,
    );
    await expect(rows.filter({ hasText: "Loggede ind med invitation" }).filter({ hasText: "Mona Berg" })).toHaveCount(
      1,
    );
    await expect(rows.filter({ hasText: "Inviterede uden samtykke" })).toHaveCount(2);
    await expect(
      rows
        .filter({ hasText: /^.*Inviterede.*$/ })
        .filter({ hasText: "Peter Lund" })
        .first(),
    ).toBeVisible();
    const withdrawal = rows.filter({ hasText: "Trak en invitation tilbage" });
    await expect(withdrawal).toHaveCount(1);
    await expect(withdrawal).toContainText("Karin Holm");
    await expect(withdrawal).toContainText("Peter Lund");
    // Newest first: the withdrawal comes before the invitation it withdrew.
    const actions = await trail.locator("tbody tr td:nth-child(3)").allTextContents();
    expect(actions.indexOf("Trak en invitation tilbage")).toBeLessThan(actions.lastIndexOf("Inviterede"));
    await expectNoSeriousAxeViolations(coordinator);
    await keepScreenshot(coordinator, testInfo, "audit-coordinator-desktop");
  });

  await coordinatorContext.close();
  await professionalContext.close();
  await observerContext.close();
});
