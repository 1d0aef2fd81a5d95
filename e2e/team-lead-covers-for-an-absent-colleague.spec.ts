import type { Page } from "@playwright/test";
import { apiRoutes, pathOf } from "@samplan/shared/api";
import { nextCopenhagenMidnight } from "../server/src/storage/calendarDay.ts";
import { coordinatorEnters } from "./support/access.ts";
import { expectNoSeriousAxeViolations } from "./support/accessibility.ts";
import { typeDate } from "./support/dateFields.ts";
import { daysFromNow } from "./support/dates.ts";
import { type OwnServer, ServerClock, startOwnServer } from "./support/ownServer.ts";
import { keepScreenshot } from "./support/screenshots.ts";
import { expect, test } from "./support/test.ts";
import { coordinatorDesktop, smallDesk } from "./support/viewports.ts";

// A server of the journey's own, whose clock can be moved past the cover's last day.
let server: OwnServer;
const clock = new ServerClock();
const password = "en lang og sikker adgangskode til teamet";
const citizen = "Søren Holm";
let caseId: string;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  server = await startOwnServer(() => ({}), { clock });
});

test.afterAll(async () => {
  await server?.stop();
});

/** Someone of the team signs in on the sign-in page. */
async function signIn(page: Page, username: string): Promise<void> {
  await page.goto("/");
  await page.getByLabel("Brugernavn", { exact: true }).fill(username);
  await page.getByLabel("Adgangskode", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Log ind", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Forløb", level: 1 })).toBeVisible();
}

test("the coordinator who keeps the accounts makes a team and puts three coordinators in it, one leading", async ({
  open,
}, testInfo) => {
  // Karin keeps the accounts. The three colleagues' accounts through the API; the team on the page.
  const karin = await open({ ...coordinatorDesktop, baseURL: server.url });
  await coordinatorEnters(karin);
  for (const [username, displayName] of [
    ["line", "Line Dahl"],
    ["mads", "Mads Bech"],
    ["tove", "Tove Krog"],
  ]) {
    const made = await karin.request.post(pathOf(apiRoutes.createAccount), {
      data: { username, displayName, password, role: "koordinator" },
    });
    expect(made.ok()).toBe(true);
  }
  await karin.goto("/settings");
  const teams = karin.getByRole("region", { name: "Teams" });
  await teams.getByLabel("Teamets navn").fill("Team Øst");
  await teams.getByRole("button", { name: "Opret team" }).click();
  await expect(teams.getByRole("status")).toHaveText("Teamet Team Øst er oprettet.");
  const place = teams.getByRole("form", { name: "Sæt en konto i et team" });
  for (const name of ["Line Dahl", "Mads Bech", "Tove Krog"]) {
    await place.getByLabel("Konto").selectOption({ label: name });
    await place.getByLabel("Team", { exact: true }).selectOption({ label: "Team Øst" });
    await place.getByLabel("Leder teamet").setChecked(name === "Tove Krog");
    await place.getByRole("button", { name: "Gem" }).click();
    await expect(teams.getByRole("status")).toHaveText(`${name} er nu i Team Øst.`);
  }
  await expect(teams.getByRole("listitem").filter({ hasText: "Team Øst" })).toContainText(
    "3 medarbejdere · ledes af Tove Krog",
  );
  await expectNoSeriousAxeViolations(karin);
  await keepScreenshot(karin, testInfo, "settings-teams-desktop");
});

test("the team lead sets a colleague to cover for an absent coordinator, who then has her case", async ({
  open,
}, testInfo) => {
  // Line's case, with a meeting tomorrow.
  const line = await open({ ...coordinatorDesktop, baseURL: server.url });
  await signIn(line, "line");
  const created = await line.request.post(pathOf(apiRoutes.createCase), { data: { citizenName: citizen } });
  caseId = ((await created.json()) as { id: string }).id;
  await line.request.post(pathOf(apiRoutes.createMeeting, { caseId }), {
    data: { title: "Netværksmøde", startsAt: new Date(Date.now() + 86_400_000).toISOString() },
  });

  // Line is ill. Tove, on a tablet, sets Mads to cover for her until the end of today.
  const tove = await open({ ...smallDesk, hasTouch: true, baseURL: server.url });
  await signIn(tove, "tove");
  await tove.getByRole("navigation", { name: "Din konto" }).getByRole("link", { name: "Mit team" }).click();
  await expect(tove.getByRole("heading", { name: "Team: Team Øst", level: 1 })).toBeVisible();
  await expect(tove.getByRole("row", { name: new RegExp(citizen) })).toContainText("Line Dahl");
  const form = tove.getByRole("form", { name: "Sæt en kollega til at dække" });
  await form.getByRole("button", { name: "Sæt dækning" }).click();
  await expect(form.getByRole("alert")).toHaveText("Vælg hvem der er væk, hvem der dækker, den sidste dag og hvorfor.");
  await form.getByLabel("Hvem er væk?").selectOption({ label: "Line Dahl" });
  await form.getByLabel("Hvem dækker?").selectOption({ label: "Mads Bech" });
  await typeDate(form, "Til og med", daysFromNow(0));
  await form.getByLabel("Hvorfor?").selectOption({ label: "sygdom" });
  await form.getByRole("button", { name: "Sæt dækning" }).click();
  await expect(form.getByRole("status")).toHaveText("Mads Bech dækker nu for Line Dahl.");
  await expect(tove.getByRole("region", { name: "Dækning" })).toContainText(
    "Mads Bech dækker for Line Dahl til og med",
  );
  await expectNoSeriousAxeViolations(tove);
  await keepScreenshot(tove, testInfo, "team-page-cover-tablet");

  // Mads has Line's case on his desk, and chairs its meeting tomorrow.
  const mads = await open({ ...coordinatorDesktop, baseURL: server.url });
  await signIn(mads, "mads");
  await expect(mads.getByRole("region", { name: "Kommende møder" })).toContainText(`${citizen}: Netværksmøde`);
  await mads.goto(`/cases/${caseId}`);
  await expect(mads.getByRole("heading", { name: `Forløb for ${citizen}`, level: 1 })).toBeVisible();
});

test("the team lead reads a case after saying why, and sees the team's figures with no citizen in them", async ({
  open,
}, testInfo) => {
  const tove = await open({ ...coordinatorDesktop, baseURL: server.url });
  await signIn(tove, "tove");
  await tove.goto("/team");
  await tove.getByRole("button", { name: `Læs forløbet for ${citizen}` }).click();
  const dialog = tove.getByRole("dialog", { name: `Læs forløbet for ${citizen}` });
  await dialog.getByLabel("Hvorfor?").selectOption({ label: "Faglig sparring" });
  await dialog.getByRole("button", { name: "Åbn forløbet" }).click();
  await expect(tove.getByRole("heading", { name: `Forløb for ${citizen}`, level: 1 })).toBeVisible();
  // She reads; what only the coordinator does is not hers.
  await expect(tove.getByRole("form", { name: "Nyt møde" })).toHaveCount(0);

  await tove.goto("/team");
  await tove.getByRole("link", { name: "Se teamets tal" }).click();
  await expect(tove.getByRole("heading", { name: "Teamets tal", level: 1 })).toBeVisible();
  await expect(tove.getByRole("main")).toContainText("færre end 5");
  await expect(tove.getByRole("main")).not.toContainText(citizen);
  await expectNoSeriousAxeViolations(tove);
  await keepScreenshot(tove, testInfo, "team-figures-desktop");
});

test("Line will be away long: the team lead takes the case over herself, with a note, and the citizen keeps her plan", async ({
  open,
}) => {
  const tove = await open({ ...coordinatorDesktop, baseURL: server.url });
  await signIn(tove, "tove");
  await tove.goto("/team");
  await tove.getByRole("button", { name: `Giv videre: forløbet for ${citizen}` }).click();
  const dialog = tove.getByRole("dialog", { name: `Giv forløbet for ${citizen} videre` });
  await dialog.getByLabel("Ny koordinator").selectOption({ label: "Tove Krog" });
  await dialog.getByLabel("Besked til den nye koordinator").fill("Søren vil helst have møderne om formiddagen.");
  await dialog.getByRole("button", { name: "Giv forløbet videre" }).click();
  await expect(dialog).toBeHidden();
  await expect(tove.getByRole("row", { name: new RegExp(citizen) })).toContainText("Tove Krog");

  // Now hers in her own right: the coordinator's tools, and the note left for her.
  await tove.goto(`/cases/${caseId}`);
  await expect(tove.getByText("Søren vil helst have møderne om formiddagen.")).toBeVisible();
  await expect(tove.getByRole("form", { name: "Nyt møde" })).toBeVisible();
});

test("after the cover's last day, the case is no longer the cover's", async ({ open }) => {
  // Past midnight after today, on the server's clock: the cover ran out by itself.
  const midnight = nextCopenhagenMidnight(new Date()).getTime();
  await clock.setAhead((midnight - Date.now()) / 1000 + 120, server.url);
  const mads = await open({ ...coordinatorDesktop, baseURL: server.url });
  await expect
    .poll(async () => ((await (await mads.request.get(pathOf(apiRoutes.time))).json()) as { now: number }).now)
    .toBeGreaterThan(midnight);
  await signIn(mads, "mads");
  await expect(mads.getByRole("region", { name: "Kommende møder" })).not.toContainText(citizen);
  await mads.goto(`/cases/${caseId}`);
  await expect(mads.getByRole("heading", { level: 1 })).not.toHaveText(`Forløb for ${citizen}`);
  await expect(mads.getByText("Forløbet findes ikke")).toBeVisible();
});
