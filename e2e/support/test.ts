import { type BrowserContext, type BrowserContextOptions, test as base, expect, type Page } from "@playwright/test";
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
    // The pages keep to their own Content-Security-Policy: nothing they run is refused by it (a
    // refused script or style is a feature missing, and a refused eval a console error for nothing).
    const policyViolations: string[] = [];
    await use(async (options) => {
      const context = await browser.newContext(options);
      contexts.push(context);
      // The browser tells the page of a refusal with an event, not through its console.
      await context.exposeFunction("samplanPolicyViolation", (what: string) => policyViolations.push(what));
      await context.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) => {
          const report = (window as unknown as { samplanPolicyViolation: (what: string) => void })
            .samplanPolicyViolation;
          report(`${event.effectiveDirective} refused ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`);
        });
      });
      // Playwright's clock, started at the journey's "now" and running on from there.
      if (Math.abs(now().getTime() - Date.now()) > 60_000) await context.clock.install({ time: now() });
      return context.newPage();
    });
    void shiftedClock;
    for (const context of contexts) await context.close();
    expect(policyViolations, "refused by the page's Content-Security-Policy").toEqual([]);
  },
});

export { expect };
