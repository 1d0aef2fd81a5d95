import { coordinatorEnters, expectConnected, rosterEntry, showJoinCode, typeJoinCode } from "./support/access.ts";
import { expectNoSeriousAxeViolations } from "./support/accessibility.ts";
import { addMember, createCaseAndMeeting } from "./support/api.ts";
import { addAndWrite } from "./support/meeting.ts";
import { keepScreenshot } from "./support/screenshots.ts";
import { expect, test } from "./support/test.ts";
import { coordinatorDesktop, phone } from "./support/viewports.ts";

const brother = "Sørens bror";
const seen = "Søren cyklede selv til praktikken hver dag i ugen";

test("her brother is put on the roster as hers, is named in her consent, joins by code on his phone and adds an observation", async ({
  open,
}, testInfo) => {
  // The roster, her consent, a join code and a phone, in two browsers: about 40 s on a loaded machine.
  test.slow();
  const coordinator = await open(coordinatorDesktop);
  await coordinatorEnters(coordinator);
  const { caseId } = await createCaseAndMeeting(coordinator, "Søren Holm", "Netværksmøde med familien");
  await addMember(coordinator, caseId, { name: "Søren Holm", role: "borger" });

  await test.step("the coordinator adds the citizen's brother: his role, how he is hers, and no name needed", async () => {
    await coordinator.goto(`/cases/${caseId}`);
    const form = coordinator.getByRole("form", { name: "Tilføj deltager" });
    await form.getByLabel("Rolle").selectOption("netvaerk");
    await form.getByLabel("Hvem er det for borgeren?").selectOption("familie");
    await form.getByLabel("Borgerens ord for personen").fill("bror");
    await expect(form.getByText("Vises som “Sørens bror”.")).toBeVisible();
    await expectNoSeriousAxeViolations(coordinator);
    await keepScreenshot(coordinator, testInfo, "roster-adds-her-brother-desktop");
    await form.getByRole("button", { name: "Tilføj deltager" }).click();
    await expect(form).toContainText(`${brother} er tilføjet.`);
    await expect(rosterEntry(coordinator, brother)).toContainText("Borgerens netværk · Familie");
    await expect(rosterEntry(coordinator, brother)).toContainText("Ikke dækket");
  });

  await test.step("her consent names him, as it names everyone she shares her case with", async () => {
    const consent = coordinator.getByRole("form", { name: "Registrer samtykke" });
    await consent.getByLabel("Formål").fill("Min bror må være med til møderne");
    await consent.getByRole("group", { name: "Personer, samtykket dækker" }).getByLabel(brother).check();
    await consent.getByRole("button", { name: "Registrer samtykke" }).click();
    await expect(consent).toContainText("Samtykket er registreret.");
    await expect(rosterEntry(coordinator, brother)).toContainText("Dækket af samtykke");
    await coordinator.getByRole("link", { name: /Netværksmøde med familien/ }).click();
    await expectConnected(coordinator);
  });

  const his = await open({
    locale: "da-DK",
    timezoneId: "Europe/Copenhagen",
    viewport: phone,
    hasTouch: true,
    isMobile: true,
  });

  await test.step("he types the join code from the coordinator's screen on his phone", async () => {
    const { dialog, code } = await showJoinCode(coordinator, brother);
    await typeJoinCode(his, code);
    await expectConnected(his);
    await expect(dialog).toContainText(`${brother} er kommet ind i mødet.`);
    await dialog.getByRole("button", { name: "Luk" }).click();
    await expect(his.getByRole("navigation", { name: "Din konto" })).toContainText(`Du er ${brother}`);
  });

  await test.step("he sees her plan, may tell what went well, and cannot add to her goals", async () => {
    // Her goals, not his: the plan as the others at the table see it, not her own first-person view.
    await expect(his.getByRole("heading", { name: "Mål", exact: true, level: 2 })).toBeVisible();
    await expect(his.getByRole("heading", { name: "Mine mål" })).toHaveCount(0);
    await expect(his.getByText("Målene er borgerens egne.")).toBeVisible();
    await expect(his.getByRole("button", { name: "Tilføj mål" })).toHaveCount(0);
    await addAndWrite(his, "Tilføj observation", "Observation 1", seen);
    await expectNoSeriousAxeViolations(his);
    await keepScreenshot(his, testInfo, "her-brother-phone");
  });

  await test.step("the coordinator sees his observation as her brother's, and him among those present", async () => {
    await expect(coordinator.getByRole("textbox", { name: "Observation 1", exact: true })).toContainText(seen);
    await expect(coordinator.getByLabel("Set af")).toHaveValue(brother);
    await expect(coordinator.getByRole("list", { name: "Til stede" })).toContainText(brother);
    await keepScreenshot(coordinator, testInfo, "meeting-with-her-brother-desktop");
  });
});
