// The citizen's time to a usable meeting view on a slow tablet: Chromium with its CPU throttled
// 4× through the DevTools protocol, from opening the personal invitation link (/join#secret) to
// the goals section taking input. Every run starts from an empty browser cache, as a citizen's
// first visit does. The case, roster entry, meeting and invitation are made through the HTTP API.
import { type Browser, chromium, type Locator, type Page } from "@playwright/test";
import { citizenInvitationPath, citizensMeeting, samplanTarget } from "./targets.ts";

/**
 * "Usable": the goals section ("Mål", or "Mine mål" in the citizen's own view) offers an enabled
 * button to add a goal ("Tilføj mål", or the citizen's "Skriv et nyt mål"), or an editable goal.
 * Selected by role and accessible name, so a redesigned citizen view only needs this one place
 * changed if its words change.
 */
export function goalsUsable(page: Page): Locator {
  const goals = page.getByRole("region", { name: /^(mine )?mål$/i });
  return goals
    .getByRole("button", { name: /(tilføj|skriv).*mål/i })
    .and(page.locator(":enabled"))
    .or(goals.locator("[contenteditable=true]"))
    .first();
}

async function oneRun(browser: Browser, base: string, joinPath: string, throttle: number) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
    const started = performance.now();
    await page.goto(`${base}${joinPath}`);
    await goalsUsable(page).waitFor({ state: "visible", timeout: 60_000 });
    return performance.now() - started;
  } finally {
    await context.close();
  }
}

export async function citizenTimeToUsable({ runs = 3, throttle = 4 } = {}) {
  const target = await samplanTarget();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
  try {
    const base = target.http!;
    const cookie = target.cookie;
    const { citizen, meeting } = await citizensMeeting(base, cookie);
    const times: number[] = [];
    for (let i = 0; i <= runs; i++) {
      // A fresh link each time: a citizen's first visit, not a return with a session.
      const joinPath = await citizenInvitationPath(base, cookie, meeting, citizen);
      const ms = await oneRun(browser, base, joinPath, throttle);
      // The first run warms the server (and the OS's file cache), not the browser: it is not counted.
      if (i > 0) times.push(ms);
    }
    times.sort((a, b) => a - b);
    return {
      "CPU throttle": `${throttle}×`,
      runs,
      "median ms": Math.round(times[Math.floor(times.length / 2)]!),
      "min ms": Math.round(times[0]!),
      "max ms": Math.round(times.at(-1)!),
    };
  } finally {
    await browser.close();
    await target.stop();
  }
}
