import { apiRoutes, pathOf } from "@samplan/shared/api";
import { coordinatorEnters } from "./support/access.ts";
import { keepElementScreenshot } from "./support/screenshots.ts";
import { expect, test } from "./support/test.ts";
import { coordinatorDesktop } from "./support/viewports.ts";

/**
 * Issue 19: a button that waits for the server keeps the keyboard's focus, says "Gemmer…" while it
 * waits, sends once however often it is pressed, and the outcome is read out. The network is made
 * slow for the one request (held until the journey lets it go), as on a municipality's busy line.
 */
test("Opret forløb, pressed by keyboard on a slow line, keeps her focus, says Gemmer…, sends once and says it is done", async ({
  open,
}, testInfo) => {
  const page = await open(coordinatorDesktop);
  await coordinatorEnters(page);

  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let sent = 0;
  await page.route(`**${pathOf(apiRoutes.createCase)}`, async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    sent++;
    await released;
    await route.continue();
  });

  const form = page.getByRole("form", { name: "Nyt forløb" });
  await form.getByLabel("Borgerens navn").fill("Ida Berg");
  await page.keyboard.press("Tab");
  const submit = form.getByRole("button", { name: "Opret forløb" });
  await expect(submit).toBeFocused();
  await page.keyboard.press("Enter");

  const busy = form.getByRole("button", { name: "Gemmer…" });
  await expect(busy).toBeFocused();
  await expect(busy).toHaveAttribute("aria-disabled", "true");
  await keepElementScreenshot(form, testInfo, "create-case-form-while-saving");
  // Pressed again while it waits: still one request.
  await page.keyboard.press("Enter");
  // (Playwright waits for an aria-disabled button to be enabled: a tap is forced.)
  await busy.click({ force: true });
  expect(sent).toBe(1);

  release();
  await expect(submit).toBeFocused();
  await expect(submit).not.toHaveAttribute("aria-disabled");
  await expect(form.locator("[aria-live=polite]")).toHaveText("Forløbet for Ida Berg er oprettet.");
  expect(sent).toBe(1);
});
