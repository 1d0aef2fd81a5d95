import type { BrowserContextOptions } from "@playwright/test";

// Browsers in a Danish municipality: Danish date inputs and Copenhagen time.
const danish = { locale: "da-DK", timezoneId: "Europe/Copenhagen" } as const;

/** The three seats at the table. */
export const coordinatorDesktop: BrowserContextOptions = { ...danish, viewport: { width: 1440, height: 900 } };
export const professionalLaptop: BrowserContextOptions = { ...danish, viewport: { width: 1366, height: 768 } };
export const citizenTablet: BrowserContextOptions = {
  ...danish,
  viewport: { width: 1024, height: 768 },
  hasTouch: true,
  isMobile: true,
  deviceScaleFactor: 1,
};

/** The smallest desk screen still in use, and a phone, for screenshots of pages that must fit both. */
export const smallDesk: BrowserContextOptions = { ...danish, viewport: { width: 1024, height: 768 } };
export const phone = { width: 390, height: 844 } as const;
