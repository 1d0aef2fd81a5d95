import path from "node:path";
import { type Browser, expect, type Locator, type Page, type TestInfo, test } from "@playwright/test";
import { coordinatorEnters, expectConnected } from "./support/access.ts";
import { expectNoSeriousAxeViolations } from "./support/accessibility.ts";
import { addMember, createCaseAndMeeting, invite } from "./support/api.ts";
import { keepScreenshot } from "./support/screenshots.ts";
import { citizenTablet, coordinatorDesktop, professionalLaptop } from "./support/viewports.ts";

/** The room's screen or projector. */
const bigScreenViewport = { locale: "da-DK", timezoneId: "Europe/Copenhagen", viewport: { width: 1920, height: 1080 } };

// The default agenda the server gives every new meeting.
const AGENDA = [
  "Velkommen og formål",
  "Borgerens mål",
  "Siden sidst",
  "Runden (alle perspektiver)",
  "Næste skridt",
  "Opsummering og næste møde",
] as const;

/**
 * What the person sees right now, not the whole page: the banner stays on top of the screen while
 * the plan scrolls under it, which a full-page screenshot cannot show.
 */
async function keepView(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const file = path.join(import.meta.dirname, "test-results", "screenshots", `${name}.png`);
  await page.screenshot({ path: file });
  await testInfo.attach(name, { path: file, contentType: "image/png" });
}

function banner(page: Page): Locator {
  return page.getByRole("region", { name: "Mødets gang" });
}

/** Nu and Derefter, as the banner on a meeting page says them. */
async function expectBanner(page: Page, now: string | RegExp, next: string | RegExp): Promise<void> {
  const terms = banner(page).getByRole("definition");
  await expect(terms.nth(0)).toContainText(now);
  await expect(terms.nth(1)).toHaveText(next);
}

/** The citizen's tablet says it in one plain line: "Nu: … · Derefter: …". */
async function expectCitizenBanner(page: Page, now: string, next: string): Promise<void> {
  const line = banner(page).locator(".chair-banner__line");
  await expect(line).toContainText(now);
  await expect(line).toContainText(`Derefter: ${next}`);
}

/** The big screen says the same in large type: the phase as its heading, then what comes next. */
async function expectBigScreen(page: Page, now: string, next: string): Promise<void> {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(now);
  await expect(page.getByText(/^Derefter:/)).toHaveText(`Derefter: ${next}`);
}

/** The people at the table, each on their own device, and the room's big screen. */
interface Table {
  coordinator: Page;
  professional: Page;
  citizen: Page;
  bigScreen: Page;
  close: () => Promise<void>;
}

/**
 * A meeting about to begin, set up through the API, with the psychologist (who prefers reduced
 * motion: following the chair jumps instead of gliding) on his laptop and the citizen on her
 * tablet, both in through their personal links, and the big screen open. Creating the case by
 * hand and joining by code are the follow-up journey's; here each test is about chairing.
 */
async function aroundTheTable(browser: Browser): Promise<Table> {
  // Long by nature: every chairing journey seats four devices (the chair, a laptop, the tablet
  // and the big screen) that must all follow the chair live, about 20 s before the first step.
  test.slow();
  const coordinatorContext = await browser.newContext(coordinatorDesktop);
  const coordinator = await coordinatorContext.newPage();
  await coordinatorEnters(coordinator);
  const { caseId, meetingId } = await createCaseAndMeeting(coordinator, "Maja Sørensen", "Netværksmøde om praktik");
  const peter = await addMember(coordinator, caseId, {
    name: "Peter Lund",
    role: "fagperson",
    organisation: "Psykiatrien Region Midt",
  });
  const maja = await addMember(coordinator, caseId, { name: "Maja Sørensen", role: "borger" });
  const professionalContext = await browser.newContext({ ...professionalLaptop, reducedMotion: "reduce" });
  const professional = await professionalContext.newPage();
  const citizenContext = await browser.newContext(citizenTablet);
  const citizen = await citizenContext.newPage();
  const bigScreenContext = await browser.newContext({
    ...bigScreenViewport,
    // The coordinator opens it on the room's screen, signed in as themselves.
    storageState: await coordinatorContext.storageState(),
  });
  const bigScreen = await bigScreenContext.newPage();
  await coordinator.goto(`/meetings/${meetingId}`);
  await professional.goto((await invite(coordinator, meetingId, peter, "link")).joinPath);
  await citizen.goto((await invite(coordinator, meetingId, maja, "link")).joinPath);
  for (const page of [coordinator, professional, citizen]) await expectConnected(page);
  return {
    coordinator,
    professional,
    citizen,
    bigScreen,
    close: async () => {
      for (const context of [coordinatorContext, professionalContext, citizenContext, bigScreenContext]) {
        await context.close();
      }
    },
  };
}

async function openBigScreen({ bigScreen, coordinator }: Table): Promise<void> {
  await bigScreen.goto(`${new URL(coordinator.url()).pathname}/storskaerm`);
  await expect(bigScreen.getByRole("heading", { level: 1 })).toBeVisible();
}

/** The coordinator takes the meeting on to Runden, the phase these tests start from. */
async function onToTheRound({ coordinator, citizen }: Table): Promise<void> {
  await coordinator.getByRole("button", { name: "Begynd mødet" }).click();
  for (const title of AGENDA.slice(0, 3)) {
    await expectBanner(coordinator, title, /./);
    await coordinator.getByRole("button", { name: "Næste fase" }).click();
  }
  await expectCitizenBanner(citizen, AGENDA[3], AGENDA[4]);
}

/** The round as each device shows it: the citizen's view names it in plain words. */
function theRound({ citizen }: Table) {
  const round = (page: Page) => page.getByRole("region", { name: page === citizen ? "Alle siger noget" : "Runden" });
  const speakers = (page: Page) =>
    round(page).getByRole("list", { name: "Runden, i rækkefølge" }).getByRole("listitem");
  const speaking = (page: Page) => speakers(page).and(page.locator("[aria-current='true']"));
  return { round, speakers, speaking };
}

test("before the meeting the coordinator adjusts the agenda and opens the big screen; nobody else can begin", async ({
  browser,
}, testInfo) => {
  const table = await aroundTheTable(browser);
  const { coordinator, professional, citizen, bigScreen } = table;
  await test.step("before the first phase the banner says the meeting has not begun, on every device", async () => {
    await expectBanner(coordinator, "Mødet er ikke begyndt", AGENDA[0]);
    await expect(coordinator.getByRole("button", { name: "Begynd mødet" })).toBeVisible();
    await expectBanner(professional, "Mødet er ikke begyndt", AGENDA[0]);
    await expectCitizenBanner(citizen, "Mødet er ikke begyndt endnu", AGENDA[0]);
    // Only the coordinator chairs: nobody else moves the meeting on.
    await expect(citizen.getByRole("button", { name: /Næste fase|Begynd mødet/ })).toHaveCount(0);
    await expect(professional.getByRole("button", { name: /Næste fase|Begynd mødet/ })).toHaveCount(0);
  });

  await test.step("the big screen opens from the coordinator's meeting page, in a new tab", async () => {
    await coordinator.getByRole("button", { name: "Dagsorden" }).click();
    const link = coordinator.getByRole("link", { name: /Åbn storskærm/ });
    await expect(link).toHaveAttribute("target", "_blank");
    const href = (await link.getAttribute("href")) ?? "";
    expect(href).toMatch(/^\/meetings\/[0-9a-f-]{36}\/storskaerm$/);
    await bigScreen.goto(href);
    await expectBigScreen(bigScreen, "Mødet er ikke begyndt", AGENDA[0]);
    // No controls at all on the wall.
    await expect(bigScreen.getByRole("button")).toHaveCount(0);
    await expectNoSeriousAxeViolations(bigScreen);
  });

  await test.step("the coordinator sees the agenda and can change it before the meeting", async () => {
    const phases = coordinator.getByRole("list", { name: "Dagsordenens faser" }).getByRole("listitem");
    await expect(phases).toHaveCount(AGENDA.length);
    for (const [index, title] of AGENDA.entries()) await expect(phases.nth(index)).toContainText(title);

    await coordinator.getByRole("button", { name: "Ret dagsordenen" }).click();
    const welcome = coordinator.getByRole("group", { name: `Fase 1: ${AGENDA[0]}` });
    const timebox = welcome.getByLabel("Tidsramme (min.)");
    await expect(timebox).toHaveValue("5");
    await timebox.fill("7");
    await timebox.press("Enter");
    await expect(timebox).toHaveValue("7");
    // A time box must be whole minutes: the field says why, and nothing is written.
    await timebox.fill("fem");
    await timebox.press("Enter");
    await expect(welcome).toContainText("Skriv et helt antal minutter fra 1 til 240");
    await timebox.press("Escape");
    await expect(timebox).toHaveValue("7");

    // A phase added, moved up one place and removed again leaves the agenda as it was.
    await coordinator.getByRole("button", { name: "Tilføj fase" }).click();
    const added = coordinator.getByRole("group", { name: `Fase ${AGENDA.length + 1}: Ny fase` });
    await added.getByLabel("Titel").fill("Pause");
    await added.getByLabel("Titel").press("Enter");
    const pause = coordinator.getByRole("group", { name: `Fase ${AGENDA.length + 1}: Pause` });
    await expect(pause).toBeVisible();
    await coordinator.getByRole("listitem").filter({ has: pause }).getByRole("button", { name: "Flyt op" }).click();
    await expect(coordinator.getByRole("group", { name: `Fase ${AGENDA.length}: Pause` })).toBeVisible();
    await expectNoSeriousAxeViolations(coordinator);
    await keepScreenshot(coordinator, testInfo, "chair-agenda-coordinator-desktop");
    await coordinator
      .getByRole("listitem")
      .filter({ has: coordinator.getByRole("group", { name: /: Pause$/ }) })
      .getByRole("button", { name: "Fjern" })
      .click();
    await expect(coordinator.getByRole("group", { name: /: Pause$/ })).toHaveCount(0);
    await coordinator.getByRole("button", { name: "Færdig med at rette" }).click();
    await expect(phases).toHaveCount(AGENDA.length);
    await expect(phases.nth(0)).toContainText("7 min");
  });
  await table.close();
});

test("the coordinator moves through the phases to the round; the tablet and the big screen keep up", async ({
  browser,
}, testInfo) => {
  const table = await aroundTheTable(browser);
  const { coordinator, professional, citizen, bigScreen } = table;
  await openBigScreen(table);
  await test.step("the coordinator moves through every phase; the tablet and the big screen keep up", async () => {
    await coordinator.getByRole("button", { name: "Begynd mødet" }).click();
    for (const [index, title] of AGENDA.entries()) {
      const next = AGENDA[index + 1] ?? "Mødet slutter";
      for (const page of [coordinator, professional]) await expectBanner(page, title, next);
      await expectCitizenBanner(citizen, title, next);
      await expectBigScreen(bigScreen, title, next);
      // The clock is for the table; the citizen's line leaves it out.
      await expect(banner(professional)).toContainText(index === 0 ? "0 af 5 min" : /\d+ af \d+ min/);
      await expect(banner(citizen)).not.toContainText(/af \d+ min/);

      if (index > 0) {
        // Screen reader users hear that the meeting moved on, without their focus being moved.
        await expect(citizen.locator("[aria-live='polite']").filter({ hasText: "Mødet er gået videre" })).toHaveText(
          `Mødet er gået videre. Nu: ${title}.`,
        );
      }
      if (title === "Borgerens mål") {
        // Following the chair: the tablet shows the goals, marked as where the meeting is.
        await expect(citizen.getByRole("region", { name: "Mine mål" })).toBeInViewport();
        await keepView(citizen, testInfo, "chair-banner-citizen-tablet");
        await keepView(professional, testInfo, "chair-banner-professional-laptop");
        await keepView(coordinator, testInfo, "chair-banner-coordinator-desktop");
      }
      if (title === AGENDA[3]) break;
      await coordinator.getByRole("button", { name: "Næste fase" }).click();
    }
  });

  // The citizen's view names the round in plain words.
  const { round } = theRound(table);

  await test.step("in Runden, the tablet has followed the chair to the round", async () => {
    await expect(round(citizen)).toBeInViewport();
    await expect(round(professional)).toBeInViewport();
    await expect(round(citizen)).toContainText("Runden er ikke begyndt.");
  });

  await test.step("a participant who scrolls away stops following, and one tap brings them back", async () => {
    // The tablet's own smooth scroll to the round must have ended: a scroll during it is the app's.
    await citizen.evaluate(
      () =>
        new Promise<void>((resolve) => {
          let last = window.scrollY;
          const check = setInterval(() => {
            if (window.scrollY === last) {
              clearInterval(check);
              resolve();
            }
            last = window.scrollY;
          }, 300);
        }),
    );
    await citizen.evaluate(() => window.scrollTo(0, 0));
    const follow = banner(citizen).getByRole("button", { name: "Følg mødet" });
    await expect(follow).toBeVisible();
    await expect(round(citizen)).not.toBeInViewport();
    await keepView(citizen, testInfo, "chair-follow-citizen-tablet");
    await follow.tap();
    await expect(round(citizen)).toBeInViewport();
    await expect(follow).toHaveCount(0);
    await expect(round(citizen).getByRole("heading", { name: "Alle siger noget" })).toBeFocused();
  });

  await table.close();
});

// Split from the journey above, which takes the table to the round phase by phase: this one gets
// there directly and goes on, so neither comes near the time limit on a busy machine.
test("past the round the coordinator reaches the last phase, and she can jump back to any phase", async ({
  browser,
}) => {
  const table = await aroundTheTable(browser);
  const { coordinator, professional, citizen, bigScreen } = table;
  await openBigScreen(table);
  await coordinator.getByRole("button", { name: "Begynd mødet" }).click();
  for (const [index, title] of AGENDA.slice(0, 3).entries()) {
    await expectBanner(coordinator, title, AGENDA[index + 1] ?? "Mødet slutter");
    await coordinator.getByRole("button", { name: "Næste fase" }).click();
  }
  await expectCitizenBanner(citizen, AGENDA[3], AGENDA[4]);

  await test.step("past the round, on to the last phase, where there is nothing after", async () => {
    await coordinator.getByRole("button", { name: "Næste fase" }).click();
    await expectCitizenBanner(citizen, AGENDA[4], AGENDA[5]);
    await expect(citizen.getByRole("region", { name: "Det gør vi nu" })).toBeInViewport();
    await expectBigScreen(bigScreen, AGENDA[4], AGENDA[5]);
    await coordinator.getByRole("button", { name: "Næste fase" }).click();
    for (const page of [coordinator, professional]) await expectBanner(page, AGENDA[5], "Mødet slutter");
    await expectCitizenBanner(citizen, AGENDA[5], "Mødet slutter");
    await expectBigScreen(bigScreen, AGENDA[5], "Mødet slutter");
    await expect(coordinator.getByRole("button", { name: "Næste fase" })).toBeDisabled();
  });

  await test.step("the coordinator can jump back to any phase from the agenda", async () => {
    await coordinator.getByRole("button", { name: "Dagsorden" }).click();
    const phases = coordinator.getByRole("list", { name: "Dagsordenens faser" }).getByRole("listitem");
    const goals = phases.filter({ has: coordinator.getByText("Borgerens mål", { exact: true }) });
    await goals.getByRole("button", { name: "Gå hertil" }).click();
    await expectCitizenBanner(citizen, "Borgerens mål", "Siden sidst");
    await expectBigScreen(bigScreen, "Borgerens mål", "Siden sidst");
    await expect(goals).toHaveAttribute("aria-current", "step");
  });

  // The chair's controls and the citizen's line, mid-meeting (the big screen is checked before the
  // meeting, every view at rest in the accessibility journey).
  for (const page of [coordinator, citizen]) await expectNoSeriousAxeViolations(page);
  await table.close();
});

test("the round: the citizen first, her words under her own name, and a hand given the floor", async ({
  browser,
}, testInfo) => {
  const table = await aroundTheTable(browser);
  const { coordinator, professional, citizen, bigScreen } = table;
  await openBigScreen(table);
  await onToTheRound(table);
  const { round, speakers, speaking } = theRound(table);

  await test.step("the coordinator starts a round of the three present, the citizen first", async () => {
    const setup = round(coordinator);
    await expect(setup.getByRole("checkbox")).toHaveCount(3);
    const order = await setup
      .getByRole("checkbox")
      .evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).labels?.[0]?.textContent ?? ""));
    expect(order).toEqual([
      "Maja Sørensen (Borger) er med",
      "Peter Lund (Fagperson) er med",
      "Karin Holm (Koordinator) er med",
    ]);
    await setup.getByLabel("Tid til hver i minutter").fill("2");
    await setup.getByRole("button", { name: "Start runden" }).click();

    for (const page of [coordinator, professional, citizen]) {
      await expect(speakers(page)).toHaveCount(3);
      await expect(speaking(page)).toContainText("Maja Sørensen");
      await expect(speaking(page)).toContainText(/Har ordet · 0:\d\d af 2:00/);
      await expect(banner(page)).toContainText(
        page === citizen ? "Maja Sørensen har ordet" : "Har ordet: Maja Sørensen",
      );
    }
    await expect(bigScreen.getByText(/^Har ordet:/)).toContainText("Maja Sørensen");
  });

  const majaSays = "Jeg vil gerne have en fast dag i praktikken, hvor jeg starter kl. 10";

  await test.step("the citizen writes what she says under her own name, and everyone sees it", async () => {
    const note = citizen.getByRole("textbox", { name: "Runden: Maja Sørensen", exact: true });
    await note.tap();
    await citizen.keyboard.type(majaSays);
    for (const page of [coordinator, professional]) {
      await expect(page.getByRole("textbox", { name: "Runden: Maja Sørensen", exact: true })).toContainText(majaSays);
    }
    await expect(bigScreen.getByRole("listitem").filter({ hasText: "Maja Sørensen" })).toContainText(majaSays);
    // Done writing, she taps outside the text.
    await round(citizen).getByRole("heading", { name: "Alle siger noget" }).tap();
  });

  await test.step("the psychologist raises a hand; the coordinator sees the queue and gives the floor", async () => {
    await professional.getByRole("button", { name: "Ræk hånden op" }).click();
    await expect(professional.getByRole("button", { name: "Tag hånden ned" })).toBeVisible();
    await expect(banner(professional)).toContainText("Din hånd er oppe · nr. 1 i køen");
    const queue = coordinator.getByRole("list", { name: "Hænder oppe" });
    await expect(queue.getByRole("listitem")).toHaveText(["Peter Lund"]);
    await expectNoSeriousAxeViolations(coordinator);
    await keepView(coordinator, testInfo, "chair-round-coordinator-desktop");
    await keepView(citizen, testInfo, "chair-round-citizen-tablet");
    await keepView(professional, testInfo, "chair-round-professional-laptop");
    await keepScreenshot(bigScreen, testInfo, "chair-big-screen");

    await coordinator.getByRole("button", { name: "Giv ordet til Peter Lund" }).click();
    await expect(queue).toHaveCount(0);
    // Taken by the coordinator, the hand goes down on the psychologist's own laptop.
    await expect(professional.getByRole("button", { name: "Ræk hånden op" })).toBeVisible();
    // He has the floor now, for everyone: the citizen he interrupted is no longer shown as speaking.
    await expect(banner(citizen)).toContainText("Peter Lund har ordet.");
    await expect(banner(citizen)).not.toContainText("Maja Sørensen har ordet.");
  });
  await table.close();
});

test("'Næste' ticks off each speaker of the round in turn; the tablet and the big screen follow", async ({
  browser,
}) => {
  const table = await aroundTheTable(browser);
  const { coordinator, professional, citizen, bigScreen } = table;
  await openBigScreen(table);
  await onToTheRound(table);
  const { round, speakers, speaking } = theRound(table);
  await round(coordinator).getByRole("button", { name: "Start runden" }).click();
  await expect(speaking(citizen)).toContainText("Maja Sørensen");
  await test.step("'Næste' ticks off each speaker in turn; the highlight follows on the tablet", async () => {
    const next = round(coordinator).getByRole("button", { name: "Næste", exact: true });
    await next.click();
    await expect(speaking(citizen)).toContainText("Peter Lund");
    await expect(speakers(citizen).nth(0)).toContainText("Har talt");
    const note = professional.getByRole("textbox", { name: "Runden: Peter Lund", exact: true });
    await note.click();
    await professional.keyboard.type("Søvnen er bedre; vi holder samtalerne hver anden uge");
    await expect(citizen.getByRole("textbox", { name: "Runden: Peter Lund", exact: true })).toContainText(
      "Søvnen er bedre",
    );

    await next.click();
    await expect(speaking(citizen)).toContainText("Karin Holm");
    await expect(bigScreen.getByText(/^Har ordet:/)).toContainText("Karin Holm");
    await expectNoSeriousAxeViolations(citizen);

    await next.click();
    await expect(speaking(citizen)).toHaveCount(0);
    await expect(speakers(citizen)).toHaveText([
      /Maja Sørensen.*Har talt/,
      /Peter Lund.*Har talt/,
      /Karin Holm.*Har talt/,
    ]);
  });
  await table.close();
});
