import { type BrowserContext, type BrowserContextOptions, test as base, type Page } from "@playwright/test";
import { now, setClockShift } from "./dates.ts";

/**
 * Playwright's `test`, with the project's clock shift: the "a year from now" project runs its
 * journeys against a server whose clock is a year ahead (faketime) and in browsers whose clock is
 * too, so a journey that passes there does not depend on the day it runs.
 */
export const test = base.extend<{
  clockShiftDays: number;
  shiftedClock: undefined;
  /** A page in a browser context of its own (one person's device), closed when the test ends. */
  open: (options: BrowserContextOptions) => Promise<Page>;
}>({
  clockShiftDays: [0, { option: true }],
  shiftedClock: [
    async ({ clockShiftDays }, use) => {
      setClockShift(clockShiftDays);
      await use(undefined);
      setClockShift(0);
    },
    { auto: true },
  ],
  open: async ({ browser, shiftedClock }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (options) => {
      const context = await browser.newContext(options);
      contexts.push(context);
      // Playwright's clock, started at the journey's "now" and running on from there.
      if (Math.abs(now().getTime() - Date.now()) > 60_000) await context.clock.install({ time: now() });
      return context.newPage();
    });
    void shiftedClock;
    for (const context of contexts) await context.close();
  },
});

export { expect } from "@playwright/test";
