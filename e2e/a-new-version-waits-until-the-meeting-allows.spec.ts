import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import { coordinatorEnters, expectConnected } from "./support/access.ts";
import { expectNoSeriousAxeViolations } from "./support/accessibility.ts";
import { createCaseAndMeeting } from "./support/api.ts";
import { addAndWrite } from "./support/meeting.ts";
import { type OwnServer, startOwnServer } from "./support/ownServer.ts";
import { keepScreenshot } from "./support/screenshots.ts";
import { expect, test } from "./support/test.ts";
import { coordinatorDesktop } from "./support/viewports.ts";

/**
 * Issue 19: a deploy no longer reloads a tablet in the middle of a meeting. The server here serves
 * its own copy of the built client, so the journey can deploy a new version to it (a service
 * worker whose bytes changed, as every build's does) while the page is open.
 */

const built = path.resolve(import.meta.dirname, "..", "client", "dist");
let clientDir: string;
let server: OwnServer;

test.beforeAll(async () => {
  clientDir = fs.mkdtempSync(path.join(os.tmpdir(), "samplan-e2e-client-"));
  fs.cpSync(built, clientDir, { recursive: true });
  server = await startOwnServer(() => ({ SAMPLAN_CLIENT_DIR: clientDir }));
});

test.afterAll(async () => {
  await server.stop();
  fs.rmSync(clientDir, { recursive: true, force: true });
});

/** A new version on the server: a service worker with other bytes (its compressed copies left out). */
function deploy(): void {
  const worker = path.join(clientDir, "sw.js");
  fs.appendFileSync(worker, `\n// deployed ${Date.now()}\n`);
  for (const copy of [`${worker}.br`, `${worker}.gz`]) fs.rmSync(copy, { force: true });
}

/** The browser looks for a new version now, as it does when a page opens and the app does hourly. */
async function browserLooksForUpdates(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });
}

async function servedByTheWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

function countLoads(page: Page): () => number {
  let loads = 0;
  page.on("load", () => {
    loads++;
  });
  return () => loads;
}

const prompt = (page: Page) =>
  page.getByRole("complementary", { name: "Der er en ny version — opdater, når det passer." });

test("in a meeting, a new version waits for Opdater; the meeting is not reloaded under her", async ({
  open,
}, testInfo) => {
  const page = await open({ ...coordinatorDesktop, baseURL: server.url });
  await coordinatorEnters(page);
  const { meetingId } = await createCaseAndMeeting(page, "Freja Dam", "Netværksmøde");
  const loads = countLoads(page);
  await page.goto(`/meetings/${meetingId}`);
  await expectConnected(page);
  await servedByTheWorker(page);

  deploy();
  await browserLooksForUpdates(page);
  await expect(prompt(page)).toBeVisible();
  // She goes on writing; the page is the one she opened.
  await addAndWrite(page, "Tilføj mål", "Mål 1", "Freja vil have et fritidsjob");
  expect(loads()).toBe(1);
  await keepScreenshot(page, testInfo, "meeting-with-a-new-version-waiting");
  await expectNoSeriousAxeViolations(page);

  // When it suits her: the new version loads, and the plan is as she left it.
  await prompt(page).getByRole("button", { name: "Opdater" }).click();
  await expect.poll(loads).toBe(2);
  await expect(page.getByRole("textbox", { name: "Mål 1", exact: true })).toHaveText("Freja vil have et fritidsjob");
  await expect(prompt(page)).toHaveCount(0);
  expect(
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null),
  ).toBeNull();
});

test("away from a meeting, the new version goes in by itself at her next page", async ({ open }) => {
  const page = await open({ ...coordinatorDesktop, baseURL: server.url });
  await coordinatorEnters(page);
  await servedByTheWorker(page);
  const loads = countLoads(page);

  deploy();
  await browserLooksForUpdates(page);
  await expect(prompt(page)).toBeVisible();
  expect(loads()).toBe(0);

  // Between pages nothing is half-written: the move to the settings loads the new version.
  await page.getByRole("navigation", { name: "Din konto" }).getByRole("link", { name: "Indstillinger" }).click();
  await expect.poll(loads).toBe(1);
  await expect(page.getByRole("heading", { name: "Indstillinger", level: 1 })).toBeVisible();
  await expect(prompt(page)).toHaveCount(0);
});
