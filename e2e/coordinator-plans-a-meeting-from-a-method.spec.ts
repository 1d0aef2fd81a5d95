import { expect, test } from "@playwright/test";
import { coordinatorEnters, expectConnected } from "./support/access.ts";
import { expectNoSeriousAxeViolations } from "./support/accessibility.ts";
import { typeDate, typeTime } from "./support/dateFields.ts";
import { daysFromNow } from "./support/dates.ts";
import { keepScreenshot } from "./support/screenshots.ts";
import { coordinatorDesktop } from "./support/viewports.ts";

/**
 * Issue 20 part 5: a meeting starts from a method. The coordinator chooses "Åben dialog" when she
 * plans it, reads what it is before choosing, and the meeting opens with that method's agenda.
 */
test("the coordinator plans an Open Dialogue meeting, and it opens with that method's agenda", async ({
  browser,
}, testInfo) => {
  const context = await browser.newContext(coordinatorDesktop);
  const coordinator = await context.newPage();
  await coordinatorEnters(coordinator);
  await coordinator.getByLabel("Borgerens navn").fill("Lene Holm");
  await coordinator.getByRole("button", { name: "Opret forløb" }).click();
  await coordinator.getByRole("link", { name: /Lene Holm/ }).click();

  const form = coordinator.getByRole("form", { name: "Nyt møde" });
  await test.step("she chooses the method and reads what it holds before planning", async () => {
    const method = form.getByLabel("Mødeform");
    await expect(method).toHaveValue("netvaerksmoede-v1");
    await expect(method.getByRole("option")).toHaveCount(6);
    await method.selectOption({ label: "Åben dialog" });
    await expect(form).toContainText("Dagsorden: Samtalen · Reflekterende runde · Hvad gør vi nu?");
    await form.getByLabel("Mødets titel").fill("Åben dialog med familien");
    await typeDate(form, "Dato", daysFromNow(7));
    await typeTime(form, "Tidspunkt", "13:00");
    await expectNoSeriousAxeViolations(coordinator);
    await keepScreenshot(coordinator, testInfo, "templates-choose-method-coordinator-desktop");
    await form.getByRole("button", { name: "Opret møde" }).click();
  });

  await test.step("the meeting opens with the method's agenda", async () => {
    await coordinator.getByRole("link", { name: /Åben dialog med familien/ }).click();
    await expectConnected(coordinator);
    await coordinator.getByRole("button", { name: "Dagsorden" }).click();
    await expect(
      coordinator.getByRole("list", { name: "Dagsordenens faser" }).locator(".agenda-list__title"),
    ).toHaveText(["Samtalen", "Reflekterende runde", "Hvad gør vi nu?"]);
  });
  await context.close();
});
