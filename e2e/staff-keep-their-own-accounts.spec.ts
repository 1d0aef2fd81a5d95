import { type Page, request, type TestInfo } from "@playwright/test";
import { apiRoutes, pathOf } from "@samplan/shared/api";
import { coordinator, coordinatorEnters, setupCodeOf } from "./support/access.ts";
import { expectNoSeriousAxeViolations } from "./support/accessibility.ts";
import { coordinatorSession } from "./support/api.ts";
import { type OwnServer, organisationLogin, startOwnServer } from "./support/ownServer.ts";
import { keepScreenshot } from "./support/screenshots.ts";
import { expect, test } from "./support/test.ts";
import { phone, smallDesk } from "./support/viewports.ts";

const FIRST_PASSWORD = "kaffe på kontoret klokken otte";
const NEW_PASSWORD = "cyklen står i kælderen hver nat";

/** The page as it is now, at the smallest desk screen and on a phone. */
async function keepBothSizes(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await keepScreenshot(page, testInfo, `${name}-1024`);
  await page.setViewportSize(phone);
  await keepScreenshot(page, testInfo, `${name}-phone`);
  await page.setViewportSize(smallDesk.viewport ?? phone);
}

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel("Brugernavn", { exact: true }).fill(username);
  await page.getByLabel("Adgangskode", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Log ind", exact: true }).click();
}

async function openSettings(page: Page): Promise<void> {
  await page.getByRole("navigation", { name: "Din konto" }).getByRole("link", { name: "Indstillinger" }).click();
  await expect(page.getByRole("heading", { name: "Indstillinger", level: 1 })).toBeVisible();
}

/** The first coordinator, for journeys on a server with password sign-in off that skip the setup page. */
async function setUpWithoutPassword(url: string): Promise<void> {
  const api = await request.newContext({ baseURL: url });
  const { setupRequired } = (await (await api.get(pathOf(apiRoutes.authStatus))).json()) as { setupRequired: boolean };
  if (setupRequired) {
    const data = { setupCode: setupCodeOf(url), username: coordinator.username, displayName: coordinator.name };
    expect((await api.post(pathOf(apiRoutes.setup), { data })).status()).toBe(201);
  }
  await api.dispose();
}

/** A professional's account, made by the coordinator through the API. */
async function professionalAccount(url: string, username: string, displayName: string): Promise<void> {
  const api = await coordinatorSession(url);
  const created = await api.post(pathOf(apiRoutes.createAccount), {
    data: { username, displayName, password: FIRST_PASSWORD, role: "fagperson" },
  });
  expect(created.status(), await created.text()).toBe(201);
  await api.dispose();
}

test("a signed-out browser opens Samplan with nothing in its console", async ({ open }) => {
  const page = await open(smallDesk);
  const errors: string[] = [];
  // A refused request is logged by the browser as an error: the app asks who is signed in by a
  // question a signed-out browser gets a plain answer to, not a 401.
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("button", { name: /Log ind|Opret/ }).first()).toBeVisible();
  expect(errors).toEqual([]);
});

test.describe("where staff may also sign in with the organisation's login", () => {
  let server: OwnServer;
  test.beforeAll(async () => {
    server = await startOwnServer(organisationLogin);
  });
  test.afterAll(async () => {
    await server.stop();
  });

  test("the coordinator makes one account with a password and one for the organisation's login only", async ({
    open,
  }, testInfo) => {
    const page = await open({ ...smallDesk, baseURL: server.url });
    await coordinatorEnters(page);
    await openSettings(page);

    const form = page.getByRole("form", { name: "Ny konto" });
    await form.getByLabel("Navn", { exact: true }).fill("Peter Lund");
    await form.getByLabel("Brugernavn").fill("peter");
    await form.getByLabel("Første adgangskode").fill(FIRST_PASSWORD);
    await form.getByRole("button", { name: "Opret konto" }).click();
    await expect(form).toContainText("Kontoen for Peter Lund er oprettet.");

    await form.getByLabel("Navn", { exact: true }).fill("Ole Berg");
    await form.getByLabel("Brugernavn").fill("ole@kommune.dk");
    await form.getByLabel("Kun organisationens login (ingen adgangskode)").check();
    await expect(form.getByLabel("Første adgangskode")).toHaveCount(0);
    await form.getByRole("button", { name: "Opret konto" }).click();
    await expect(form).toContainText("Kontoen for Ole Berg er oprettet.");

    const accounts = page.getByRole("list", { name: "Konti" }).getByRole("listitem");
    await expect(accounts.filter({ hasText: "Ole Berg" })).toContainText("Logger ind med organisationens login");
    await expect(accounts.filter({ hasText: "Peter Lund" })).not.toContainText("organisationens login");
    await expect(page.getByRole("heading", { name: "Ordlister" })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await keepBothSizes(page, testInfo, "settings-coordinator");
  });

  test("a professional changes her own password from Indstillinger and signs in with the new one", async ({
    open,
  }, testInfo) => {
    await professionalAccount(server.url, "mette", "Mette Sørensen");
    const page = await open({ ...smallDesk, baseURL: server.url });
    await page.goto("/sign-in");
    await expect(page.getByRole("link", { name: "Log ind med organisationens login" })).toBeVisible();
    await keepBothSizes(page, testInfo, "sign-in-both-ways");
    await signIn(page, "mette", FIRST_PASSWORD);
    await expect(page.getByRole("heading", { name: "Forløb", level: 1 })).toBeVisible();

    await openSettings(page);
    await expect(page.getByText("Brugernavn: mette · Fagperson")).toBeVisible();
    // The accounts and the word lists are the coordinator's: not shown, not even asked for.
    await expect(page.getByRole("heading", { name: "Konti" })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Ordlister" })).toHaveCount(0);
    await expectNoSeriousAxeViolations(page);
    await keepBothSizes(page, testInfo, "settings-professional");

    const form = page.getByRole("form", { name: "Skift din adgangskode" });
    await form.getByLabel("Nuværende adgangskode").fill(FIRST_PASSWORD);
    await form.getByLabel("Ny adgangskode").fill("Password12345678!");
    await form.getByRole("button", { name: "Skift adgangskode" }).click();
    await expect(form.getByLabel("Ny adgangskode")).toHaveAccessibleDescription(
      /for almindelig eller for let at gætte/,
    );
    await keepScreenshot(page, testInfo, "settings-professional-password-refused-1024");

    await form.getByLabel("Nuværende adgangskode").fill(FIRST_PASSWORD);
    await form.getByLabel("Ny adgangskode").fill(NEW_PASSWORD);
    await form.getByRole("button", { name: "Skift adgangskode" }).click();
    await expect(form).toContainText("Din adgangskode er skiftet.");

    await page.getByRole("button", { name: "Log ud", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Du er logget ud." })).toBeVisible();
    await signIn(page, "mette", FIRST_PASSWORD);
    await expect(page.getByRole("alert")).toContainText("Forkert brugernavn eller adgangskode.");
    await signIn(page, "mette", NEW_PASSWORD);
    await expect(page.getByRole("heading", { name: "Forløb", level: 1 })).toBeVisible();
  });

  test("the change-password form works by keyboard alone", async ({ open }) => {
    await professionalAccount(server.url, "lis", "Lis Holm");
    const page = await open({ ...smallDesk, baseURL: server.url });
    const signedIn = await page.request.post(pathOf(apiRoutes.signIn), {
      data: { username: "lis", password: FIRST_PASSWORD },
    });
    expect(signedIn.ok()).toBe(true);
    await page.goto("/settings");
    const current = page.getByLabel("Nuværende adgangskode");
    const next = page.getByLabel("Ny adgangskode");
    await expect(current).toBeVisible();

    // From the top of the page, Tab reaches the form (a bounded walk: a trap would fail here).
    for (let presses = 0; presses < 20 && !(await current.evaluate((el) => el === document.activeElement)); presses++)
      await page.keyboard.press("Tab");
    await expect(current).toBeFocused();

    await page.keyboard.press("Enter");
    await expect(current).toBeFocused();
    await expect(current).toHaveAccessibleDescription("Skriv din nuværende adgangskode.");

    await page.keyboard.type("ikke den rigtige adgangskode");
    await page.keyboard.press("Tab");
    await expect(next).toBeFocused();
    await page.keyboard.type(NEW_PASSWORD);
    await page.keyboard.press("Enter");
    await expect(current).toBeFocused();
    await expect(current).toHaveAccessibleDescription("Den nuværende adgangskode er forkert.");

    await page.keyboard.press("Control+A");
    await page.keyboard.type(FIRST_PASSWORD);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("form", { name: "Skift din adgangskode" })).toContainText(
      "Din adgangskode er skiftet.",
    );
  });
});

test.describe("where staff sign in only with the organisation's login", () => {
  let server: OwnServer;
  test.beforeAll(async () => {
    server = await startOwnServer((url) => ({ ...organisationLogin(url), SAMPLAN_PASSWORD_SIGN_IN: "false" }));
  });
  test.afterAll(async () => {
    await server.stop();
  });

  test("the first coordinator is set up, and makes accounts, without a password", async ({ open }, testInfo) => {
    const page = await open({ ...smallDesk, baseURL: server.url });
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Opsæt Samplan", level: 1 })).toBeVisible();
    await expect(page.getByText("så kontoen får ingen adgangskode")).toBeVisible();
    await expect(page.getByLabel("Adgangskode", { exact: true })).toHaveCount(0);
    await expectNoSeriousAxeViolations(page);
    await keepScreenshot(page, testInfo, "setup-organisation-login-only-1024");
    await page.getByLabel("Opsætningskode").fill(setupCodeOf(server.url));
    await page.getByLabel("Brugernavn", { exact: true }).fill(coordinator.username);
    await page.getByLabel("Dit navn").fill(coordinator.name);
    await page.getByRole("button", { name: "Opret koordinator" }).click();
    await expect(page.getByRole("heading", { name: "Forløb", level: 1 })).toBeVisible();

    await openSettings(page);
    await expect(page.getByText("Du logger ind med organisationens login og har ingen adgangskode")).toBeVisible();
    await expect(page.getByRole("form", { name: "Skift din adgangskode" })).toHaveCount(0);
    const form = page.getByRole("form", { name: "Ny konto" });
    await expect(form).toContainText("Her logger alle medarbejdere ind med organisationens login");
    await expect(form.getByLabel("Første adgangskode")).toHaveCount(0);
    await expect(form.getByRole("checkbox")).toHaveCount(0);
    await form.getByLabel("Navn", { exact: true }).fill("Peter Lund");
    await form.getByLabel("Brugernavn").fill("peter@kommune.dk");
    await form.getByRole("button", { name: "Opret konto" }).click();
    await expect(form).toContainText("Kontoen for Peter Lund er oprettet.");
    const accounts = page.getByRole("list", { name: "Konti" }).getByRole("listitem");
    const peter = accounts.filter({ hasText: "Peter Lund" });
    await expect(peter).toContainText("Logger ind med organisationens login");
    // The server would refuse it: no password can be set here.
    await expect(peter.getByRole("button", { name: "Link til ny adgangskode" })).toHaveCount(0);
    await expectNoSeriousAxeViolations(page);
    await keepBothSizes(page, testInfo, "settings-coordinator-organisation-login-only");
  });

  test("the sign-in page offers only the organisation's login, and tells each refusal in words", async ({
    open,
  }, testInfo) => {
    await setUpWithoutPassword(server.url);
    const page = await open({ ...smallDesk, baseURL: server.url });
    await page.goto("/sign-in");
    await expect(page.getByRole("heading", { name: "Log ind", level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: "Log ind med organisationens login" })).toBeVisible();
    await expect(page.getByText("Samplan har ingen adgangskode til dig")).toBeVisible();
    await expect(page.getByLabel("Brugernavn")).toHaveCount(0);
    await expect(page.getByLabel("Adgangskode")).toHaveCount(0);
    await expectNoSeriousAxeViolations(page);
    await keepBothSizes(page, testInfo, "sign-in-organisation-login-only");

    // Each way the organisation's login can send someone back without a session is told in words.
    for (const [error, words] of [
      ["oidc", "Prøv igen om lidt, eller kontakt IT"],
      ["oidc-no-account", "du har ingen konto i Samplan"],
      ["oidc-deactivated", "Din konto i Samplan er deaktiveret"],
    ]) {
      await page.goto(`/sign-in?error=${error}`);
      await expect(page.getByRole("alert").filter({ hasText: words })).toBeVisible();
    }
    await keepScreenshot(page, testInfo, "sign-in-organisation-login-deactivated-1024");
  });
});
