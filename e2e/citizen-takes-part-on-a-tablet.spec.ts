import { type Browser, type BrowserContext, expect, type Page, test } from "@playwright/test";
import { apiRoutes, pathOf } from "@samplan/shared/api";
import { coordinatorEnters, expectConnected } from "./support/access.ts";
import { expectNoSeriousAxeViolations } from "./support/accessibility.ts";
import { createCaseAndMeeting } from "./support/api.ts";
import { expectCitizenSized } from "./support/citizenView.ts";
import { keptUnderTheSessionKey, readableOnTheDevice } from "./support/deviceCopy.ts";
import { addAndWrite } from "./support/meeting.ts";
import { keepScreenshot } from "./support/screenshots.ts";
import { invitedToTheTable } from "./support/table.ts";
import { citizenTablet, coordinatorDesktop, professionalLaptop } from "./support/viewports.ts";

const goal = "Jeg vil gerne arbejde med dyr, fire dage om ugen";
const wentWell = "Jeg tog bussen alene til praktikken tre gange";
const step = "Freja ringer til dyreinternatet om en praktikplads";
const offlineGoal = "Jeg vil have min egen lejlighed";
const offlineNote = "Jeg sov godt hele ugen";

function goalItem(page: Page, n: number) {
  return page.getByRole("listitem").filter({ has: page.getByRole("textbox", { name: `Mål ${n}`, exact: true }) });
}

/** The service worker controls the tablet and holds what the meeting page needs to open offline. */
async function readyForOffline(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  // Runs in the page, which has no route table: the paths go in as its argument.
  await page.waitForFunction(
    async ({ auth }) => {
      const cache = await caches.open("samplan-api");
      const kept = (await cache.keys()).map((request) => new URL(request.url).pathname);
      return kept.includes(auth) && kept.some((p) => p.startsWith("/api/meetings/"));
    },
    { auth: pathOf(apiRoutes.authStatus) },
  );
}

async function goOffline(context: BrowserContext, page: Page): Promise<void> {
  await context.setOffline(true);
  await expect(page.getByRole("status").filter({ hasText: "Offline" })).toBeVisible();
}

/** The people at the table, each in their own browser, all in the meeting. */
interface Table {
  citizen: Page;
  citizenContext: BrowserContext;
  professional: Page;
  close: () => Promise<void>;
}

/**
 * The meeting as each of these tests finds it: set up through the API by the coordinator, with
 * the psychologist on his laptop and the citizen on her tablet, both in through their personal
 * links. (Joining by code on the tablet is part of the follow-up and chairing journeys.)
 */
async function atTheTable(
  { browser, baseURL }: { browser: Browser; baseURL?: string },
  prepareTablet: (context: BrowserContext) => Promise<void> = async () => {},
): Promise<Table> {
  const { citizenJoinPath, professionalJoinPath } = await invitedToTheTable(baseURL ?? "");
  const professionalContext = await browser.newContext(professionalLaptop);
  const professional = await professionalContext.newPage();
  const citizenContext = await browser.newContext(citizenTablet);
  await prepareTablet(citizenContext);
  const citizen = await citizenContext.newPage();
  await professional.goto(professionalJoinPath);
  await citizen.goto(citizenJoinPath);
  await expectConnected(professional);
  await expectConnected(citizen);
  return {
    citizen,
    citizenContext,
    professional,
    close: async () => {
      for (const context of [professionalContext, citizenContext]) await context.close();
    },
  };
}

test("the citizen's view speaks plainly, in large type, and her goal, scale and words reach the network", async ({
  browser,
  baseURL,
}) => {
  const { citizen, professional, close } = await atTheTable({ browser, baseURL });

  await test.step("plain headings, the chair's line, large type and large targets", async () => {
    for (const heading of ["Mine mål", "Det er gået godt siden sidst", "Alle siger noget", "Det gør vi nu"]) {
      await expect(citizen.getByRole("heading", { name: heading, level: 2 })).toBeVisible();
    }
    // The professionals' words for the same sections are not on the tablet.
    await expect(citizen.getByRole("heading", { name: "Næste skridt" })).toHaveCount(0);
    await expect(citizen.getByRole("region", { name: "Mødets gang" })).toContainText("Mødet er ikke begyndt endnu.");
    await expectCitizenSized(citizen);
  });

  await test.step("she writes a goal in her own words, sets her scale and tells what went well", async () => {
    await addAndWrite(citizen, "Skriv et nyt mål", "Mål 1", goal);
    const scale = goalItem(citizen, 1).getByRole("radiogroup", { name: "Hvor er du nu på vej mod målet?" });
    await scale.getByRole("radio", { name: "4", exact: true }).tap();
    await expect(scale.getByRole("radio", { name: "4", exact: true })).toBeChecked();
    await addAndWrite(citizen, "Fortæl om noget, der gik godt", "Observation 1", wentWell);

    const seen = professional.getByRole("textbox", { name: "Mål 1", exact: true });
    await expect(seen).toContainText(goal);
    await expect(seen).toHaveAccessibleDescription("Med borgerens egne ord");
    await expect(goalItem(professional, 1)).toContainText("Borgerens egen skala4 af 10");
    await expect(professional.getByRole("textbox", { name: "Observation 1", exact: true })).toContainText(wentWell);
    await expect(professional.getByLabel("Set af")).toHaveValue("Freja Dam");
  });
  await close();
});

test("the psychologist gives the citizen a step; she is told, and ticks it off when it is done", async ({
  browser,
  baseURL,
}) => {
  const { citizen, professional, close } = await atTheTable({ browser, baseURL });
  await addAndWrite(professional, "Tilføj skridt", "Skridt 1", step);
  await professional.getByLabel("Ansvarlig").selectOption({ label: "Borgeren" });
  await expect(citizen.locator("[aria-live='polite']").filter({ hasText: "Du har fået et nyt skridt" })).toHaveText(
    `Du har fået et nyt skridt: ${step}`,
  );
  const stepOnTablet = citizen.getByRole("listitem").filter({ hasText: "Jeg har gjort det" });
  await expect(stepOnTablet).toContainText("HvemDig");
  await stepOnTablet.getByLabel("Jeg har gjort det").tap();
  await expect(stepOnTablet.getByLabel("Jeg har gjort det")).toBeChecked();
  await expect(professional.getByLabel("Færdig")).toBeChecked();
  await expectNoSeriousAxeViolations(citizen);
  await close();
});

test("a goal the citizen has only read becomes hers to write in where she touches it, or where she tabs to it", async ({
  browser,
  baseURL,
}) => {
  const { citizen, professional, close } = await atTheTable({ browser, baseURL });
  await addAndWrite(professional, "Tilføj mål", "Mål 1", "Freja møder op hver dag");
  await addAndWrite(professional, "Tilføj mål", "Mål 2", "Freja sover godt");
  const first = citizen.getByRole("textbox", { name: "Mål 1", exact: true });
  await expect(first).toContainText("Freja møder op hver dag");
  // Her tablet makes no editor for a text she only reads (docs/benchmarks.md): it is drawn as one.
  await expect(first).not.toHaveAttribute("contenteditable", "true");

  await test.step("a touch just before 'hver' puts the caret there", async () => {
    // Her view opens with Det der virker: her goals begin further down, where she scrolls to them.
    await first.scrollIntoViewIfNeeded();
    const at = await first.evaluate((box) => {
      // The words may be drawn as several text nodes (one per arrival), so "hver" is found in the
      // whole text and its first letter then looked up in the node that holds it.
      const offset = (box.textContent ?? "").indexOf("hver");
      if (offset < 0) throw new Error("no 'hver' in the goal");
      const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
      let before = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0;
        if (offset < before + length) {
          const range = document.createRange();
          range.setStart(node, offset - before);
          range.setEnd(node, offset - before + 1);
          const rect = range.getBoundingClientRect();
          return { x: rect.left + 1, y: rect.top + rect.height / 2 };
        }
        before += length;
      }
      throw new Error("the goal's text changed while it was read");
    });
    await citizen.touchscreen.tap(at.x, at.y);
    await expect(first).toBeFocused();
    await expect(first).toHaveAttribute("contenteditable", "true");
    await citizen.keyboard.type("næsten ");
    await expect(professional.getByRole("textbox", { name: "Mål 1", exact: true })).toContainText(
      "Freja møder op næsten hver dag",
    );
  });

  await test.step("reached by keyboard, the next goal takes her typing too", async () => {
    const second = citizen.getByRole("textbox", { name: "Mål 2", exact: true });
    await second.focus();
    await expect(second).toBeFocused();
    await expect(second).toHaveAttribute("contenteditable", "true");
    await citizen.keyboard.type(" om natten");
    await expect(professional.getByRole("textbox", { name: "Mål 2", exact: true })).toContainText(
      "Freja sover godt om natten",
    );
  });
  await close();
});

test("what the citizen types while her tablet is still fetching the editor is kept", async ({ browser, baseURL }) => {
  // The editor's code is held back at the network, as on a slow connection, until she has typed.
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const { citizen, professional, close } = await atTheTable({ browser, baseURL }, async (context) => {
    await context.route(/\/assets\/TextEditor-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
  });
  await addAndWrite(professional, "Tilføj mål", "Mål 1", "Freja møder op");
  const first = citizen.getByRole("textbox", { name: "Mål 1", exact: true });
  await expect(first).toContainText("Freja møder op");
  await first.focus();
  await citizen.keyboard.press("End");
  await citizen.keyboard.type(" hver dag");
  await expect(first).not.toHaveAttribute("contenteditable", "true");
  release();
  await expect(first).toHaveAttribute("contenteditable", "true");
  await expect(professional.getByRole("textbox", { name: "Mål 1", exact: true })).toContainText(
    "Freja møder op hver dag",
  );
  await close();
});

test("offline, what the citizen writes stays on the tablet, survives a reload and arrives when she is back", async ({
  browser,
  baseURL,
}, testInfo) => {
  const { citizen, citizenContext, professional, close } = await atTheTable({ browser, baseURL });
  await addAndWrite(citizen, "Fortæl om noget, der gik godt", "Observation 1", wentWell);
  await expect(professional.getByRole("textbox", { name: "Observation 1", exact: true })).toContainText(wentWell);

  await readyForOffline(citizen);
  await goOffline(citizenContext, citizen);
  await addAndWrite(citizen, "Skriv et nyt mål", "Mål 1", offlineGoal);
  await citizen.getByRole("textbox", { name: "Observation 1", exact: true }).click();
  await citizen.keyboard.press("End");
  await citizen.keyboard.type(`. ${offlineNote}`);
  await expect(citizen.getByText("Gemt på enheden — sendes når der er forbindelse")).toBeVisible();
  await expect(professional.getByRole("textbox", { name: "Mål 1", exact: true })).toHaveCount(0);

  await test.step("the tablet keeps her words sealed with her session's key: none can be read there", async () => {
    await expect.poll(() => keptUnderTheSessionKey(citizen, offlineNote)).toBe(true);
    const onTheDevice = await readableOnTheDevice(citizen, [offlineGoal, offlineNote, wentWell]);
    expect(onTheDevice.records).toBeGreaterThan(0);
    expect(onTheDevice.found).toEqual([]);
  });

  await citizen.reload();
  await expect(citizen.getByRole("heading", { name: "Mine mål", level: 2 })).toBeVisible();
  await expect(citizen.getByRole("textbox", { name: "Mål 1", exact: true })).toContainText(offlineGoal);
  await expect(citizen.getByRole("textbox", { name: "Observation 1", exact: true })).toContainText(offlineNote);
  await expect(citizen.getByText("Gemt på enheden — sendes når der er forbindelse")).toBeVisible();
  await expect(citizen.getByRole("region", { name: "Mødets gang" })).toContainText(
    "vises igen, når der er forbindelse",
  );
  await keepScreenshot(citizen, testInfo, "citizen-view-offline-tablet");

  await citizenContext.setOffline(false);
  await expectConnected(citizen);
  await expect(citizen.getByText("Gemt", { exact: true })).toBeVisible();
  await expect(professional.getByRole("textbox", { name: "Mål 1", exact: true })).toContainText(offlineGoal);
  await expect(professional.getByRole("textbox", { name: "Observation 1", exact: true })).toContainText(offlineNote);
  await close();
});

/** A plan with something in every section the citizen sees, for the layout checks. */
async function withAPlan(table: Table): Promise<void> {
  await addAndWrite(table.citizen, "Skriv et nyt mål", "Mål 1", goal);
  await addAndWrite(table.citizen, "Fortæl om noget, der gik godt", "Observation 1", wentWell);
  await addAndWrite(table.professional, "Tilføj skridt", "Skridt 1", step);
  await table.professional.getByLabel("Ansvarlig").selectOption({ label: "Borgeren" });
  await expect(table.citizen.getByRole("listitem").filter({ hasText: "Jeg har gjort det" })).toContainText(step);
}

const tabletViews = [
  { name: "landscape", width: 1024, height: 768 },
  { name: "portrait", width: 768, height: 1024 },
] as const;

// One journey per language and way of holding the tablet: each is a page load, a plan, and axe.
for (const language of ["da", "en"] as const) {
  for (const view of tabletViews) {
    test(`the citizen's tablet works ${view.name === "landscape" ? "sideways" : "upright"} in ${language === "da" ? "Danish" : "English"}`, async ({
      browser,
      baseURL,
    }, testInfo) => {
      const table = await atTheTable({ browser, baseURL });
      const { citizen } = table;
      await withAPlan(table);
      if (language === "en") {
        // Her languages fold into one button in the header of her view.
        await citizen.locator("summary.citizen-languages__summary").tap();
        await citizen.getByRole("button", { name: "English" }).tap();
        await expect(citizen.getByRole("heading", { name: "My goals", level: 2 })).toBeVisible();
        await expect(citizen.getByRole("heading", { name: "What we do now", level: 2 })).toBeVisible();
      }
      await citizen.setViewportSize({ width: view.width, height: view.height });
      await expectCitizenSized(citizen);
      await expectNoSeriousAxeViolations(citizen);
      await keepScreenshot(citizen, testInfo, `citizen-view-${view.name}-${language}`);
      await table.close();
    });
  }
}

test("the citizen's view fits a phone with no sideways scrolling", async ({ browser, baseURL }, testInfo) => {
  const table = await atTheTable({ browser, baseURL });
  const { citizen } = table;
  await withAPlan(table);
  await citizen.setViewportSize({ width: 390, height: 844 });
  await expect(citizen.getByRole("heading", { name: "Mine mål", level: 2 })).toBeVisible();
  // A mobile browser widens its layout to fit what is too wide, so the width is checked, not the scroll.
  const width = await citizen.evaluate(() => document.documentElement.scrollWidth);
  expect(width, "no sideways scrolling on a phone").toBeLessThanOrEqual(390);
  await expectCitizenSized(citizen);
  await expectNoSeriousAxeViolations(citizen);
  await keepScreenshot(citizen, testInfo, "citizen-view-phone-da");
  await table.close();
});

test("the coordinator hands her own tablet to the citizen, who then writes as herself", async ({
  browser,
}, testInfo) => {
  const tabletContext = await browser.newContext(citizenTablet);
  const tablet = await tabletContext.newPage();
  const watcherContext = await browser.newContext(coordinatorDesktop);
  const watcher = await watcherContext.newPage();

  await coordinatorEnters(tablet);
  const { meetingId } = await createCaseAndMeeting(tablet, "Jonas Brandt", "Opfølgning");
  await tablet.goto(`/meetings/${meetingId}`);
  await expectConnected(tablet);
  const meetingUrl = tablet.url();

  await tablet.getByRole("button", { name: "Giv tabletten til borgeren" }).tap();
  const question = tablet.getByRole("dialog", { name: "Giv tabletten til borgeren?" });
  await expect(question).toContainText("Du bliver logget ud på denne tablet");
  await question.getByRole("button", { name: "Giv tabletten videre" }).tap();

  await expect(tablet.getByRole("heading", { name: "Mine mål", level: 2 })).toBeVisible();
  await expect(tablet.getByRole("navigation", { name: "Din konto" })).toContainText("Du er Jonas Brandt · Borger");
  await expectConnected(tablet);
  await addAndWrite(tablet, "Skriv et nyt mål", "Mål 1", "Jeg vil spille fodbold igen");
  await keepScreenshot(tablet, testInfo, "citizen-view-handed-tablet");

  // The coordinator, at her own desk, sees it as the citizen's words.
  await coordinatorEnters(watcher);
  await watcher.goto(meetingUrl);
  await expect(watcher.getByRole("textbox", { name: "Mål 1", exact: true })).toHaveAccessibleDescription(
    "Med borgerens egne ord",
  );
  // The tablet is the citizen's in this meeting only: the case list is not hers to see.
  await tablet.goto("/");
  await expect(tablet.getByRole("heading", { name: "Forløb", level: 1 })).toHaveCount(0);
  for (const context of [tabletContext, watcherContext]) await context.close();
});

test("when the tablet's session has ended, opening Samplan again leaves nothing of her plan on it", async ({
  browser,
  baseURL,
}) => {
  const { citizen, citizenContext, close } = await atTheTable({ browser, baseURL });
  await addAndWrite(citizen, "Skriv et nyt mål", "Mål 1", goal);
  await readyForOffline(citizen);
  const kept = () =>
    citizen.evaluate(async () => ({
      plans: (await indexedDB.databases()).filter(({ name }) => name?.startsWith("samplan:")).length,
      answers: await caches.has("samplan-api"),
    }));
  expect(await kept()).toEqual({ plans: 1, answers: true });

  // The session runs out while the tablet lies in a drawer: its cookie is gone when it wakes.
  await citizen.goto("about:blank");
  await citizenContext.clearCookies();
  await citizen.goto("/");
  await expect(citizen.getByRole("heading", { level: 1 })).toBeVisible();
  await expect.poll(kept).toEqual({ plans: 0, answers: false });
  await close();
});
