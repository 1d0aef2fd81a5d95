import { apiRoutes, pathOf } from "@samplan/shared/api";
import { coordinatorEnters } from "./support/access.ts";
import { expectNoSeriousAxeViolations } from "./support/accessibility.ts";
import { addMember, createCaseAndMeeting, invite } from "./support/api.ts";
import { daysFromNow } from "./support/dates.ts";
import { keepScreenshot } from "./support/screenshots.ts";
import { expect, test } from "./support/test.ts";
import { coordinatorDesktop, smallDesk } from "./support/viewports.ts";

// Other journeys share this coordinator and server: everything here is found by its own names.
const nadia = "Nadia Sørensen";
const bo = "Bo Kragh";

test("her start page says who is not ready for this week's meeting and what needs following up", async ({
  open,
}, testInfo) => {
  const coordinator = await open(coordinatorDesktop);
  await coordinatorEnters(coordinator);
  const later = new Date(Date.now() + 2 * 86_400_000).toISOString();
  const { caseId, meetingId } = await createCaseAndMeeting(coordinator, nadia, "Netværksmøde om praktik", later);
  const mette = await addMember(coordinator, caseId, {
    name: "Mette Juul",
    role: "fagperson",
    organisation: "Jobcenter",
  });
  await addMember(coordinator, caseId, { name: "Lis Lund", role: "fagperson", organisation: "Lægehuset" });
  const consent = await coordinator.request.post(pathOf(apiRoutes.recordConsent, { caseId }), {
    data: {
      purpose: "Samarbejde om job",
      organisations: ["Jobcenter"],
      givenAt: daysFromNow(-100),
      validUntil: daysFromNow(10),
    },
  });
  expect(consent.ok()).toBe(true);
  // Mette has her link but has not opened it; Lis is not covered by Nadia's consent.
  await invite(coordinator, meetingId, mette, "link");
  const created = await coordinator.request.post(pathOf(apiRoutes.createCase), { data: { citizenName: bo } });
  expect(created.ok()).toBe(true);

  await coordinator.goto("/");
  const upcoming = coordinator.getByRole("region", { name: "Kommende møder" });
  const meeting = upcoming.getByRole("listitem").filter({ hasText: `${nadia}: Netværksmøde om praktik` });
  const notReady = meeting.getByRole("list", { name: "Netværket til Netværksmøde om praktik" });
  await expect(notReady).toContainText("Mette Juul: Har ikke åbnet invitationen");
  await expect(notReady).toContainText("Lis Lund: Mangler samtykke");

  const followUps = coordinator.getByRole("region", { name: "Skal følges op" });
  await expect(followUps.getByRole("listitem").filter({ hasText: nadia })).toContainText(
    "Samtykket »Samarbejde om job« udløber om 10 dage",
  );
  await expect(followUps.getByRole("listitem").filter({ hasText: bo })).toContainText("Intet møde er planlagt endnu.");
  await expectNoSeriousAxeViolations(coordinator);
  await keepScreenshot(coordinator, testInfo, "desk-week-and-follow-ups");

  // Her cases: found by part of a name, and filtered to those with no meeting planned.
  const cases = coordinator.getByRole("region", { name: "Alle forløb" });
  await cases.getByRole("searchbox", { name: "Søg på navn eller sagsnummer" }).fill("bo kr");
  await expect(cases.getByRole("link", { name: bo })).toBeVisible();
  await expect(cases.getByRole("link", { name: nadia })).toHaveCount(0);
  await cases.getByRole("searchbox", { name: "Søg på navn eller sagsnummer" }).fill("");
  await cases.getByLabel("Vis").selectOption({ label: "Uden planlagt møde" });
  await expect(cases.getByRole("link", { name: bo })).toBeVisible();
  await expect(cases.getByRole("link", { name: nadia })).toHaveCount(0);
  await cases.getByLabel("Vis").selectOption({ label: "Aktive" });
  await expect(cases.getByRole("listitem").filter({ hasText: nadia })).toContainText("Næste møde");
});

test("she closes a case that has ended: it is kept, read-only, among the closed ones", async ({ open }, testInfo) => {
  const coordinator = await open(smallDesk);
  await coordinatorEnters(coordinator);
  const citizen = "Kim Vang";
  const created = await coordinator.request.post(pathOf(apiRoutes.createCase), { data: { citizenName: citizen } });
  const { id: caseId } = (await created.json()) as { id: string };

  await coordinator.goto(`/cases/${caseId}`);
  const closing = coordinator.getByRole("region", { name: "Afslut forløbet" });
  await closing.getByRole("button", { name: "Afslut forløbet" }).click();
  await expect(closing.getByText("Vælg en grund.")).toBeVisible();
  await closing.getByLabel("Hvorfor slutter forløbet?").selectOption({ label: "Borgeren er i job" });
  await closing.getByRole("button", { name: "Afslut forløbet" }).click();
  const dialog = coordinator.getByRole("dialog", { name: `Afslut forløbet for ${citizen}?` });
  await dialog.getByRole("button", { name: "Ja, afslut forløbet" }).click();
  await expect(coordinator.getByText(/Forløbet blev afsluttet .*: Borgeren er i job\. Det kan læses/)).toBeVisible();
  await expect(coordinator.getByRole("form", { name: "Nyt møde" })).toHaveCount(0);
  await expect(coordinator.getByRole("region", { name: "Afslut forløbet" })).toHaveCount(0);
  await expect(coordinator.getByRole("button", { name: "Eksportér alle data om borgeren" })).toBeVisible();
  await expectNoSeriousAxeViolations(coordinator);
  await keepScreenshot(coordinator, testInfo, "case-closed-tablet");

  await coordinator.goto("/");
  const cases = coordinator.getByRole("region", { name: "Alle forløb" });
  await cases.getByRole("searchbox", { name: "Søg på navn eller sagsnummer" }).fill(citizen);
  await expect(cases.getByText("Ingen forløb passer til søgningen.")).toBeVisible();
  await cases.getByLabel("Vis").selectOption({ label: "Afsluttede" });
  await expect(cases.getByRole("listitem").filter({ hasText: citizen })).toContainText("Afsluttet");

  // Kept until deleted: deleting is the one change a closed case still takes, the name typed out.
  await cases.getByRole("link", { name: citizen }).click();
  await coordinator.getByRole("button", { name: "Slet forløbet" }).click();
  const deleting = coordinator.getByRole("dialog", { name: `Slet forløbet for ${citizen}?` });
  await expect(deleting.getByRole("button", { name: "Slet for altid" })).toBeDisabled();
  await deleting.getByLabel(`Skriv borgerens navn for at bekræfte: ${citizen}`).fill(citizen);
  await deleting.getByRole("button", { name: "Slet for altid" }).click();
  await expect(coordinator.getByRole("heading", { name: "Forløb", level: 1 })).toBeVisible();
  expect((await coordinator.request.get(pathOf(apiRoutes.case, { caseId }))).status()).toBe(404);
});
