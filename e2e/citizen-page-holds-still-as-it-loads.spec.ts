import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { expectConnected } from "./support/access.ts";
import { addMember, coordinatorSession, createCaseAndMeeting, invite } from "./support/api.ts";
import { fakeSpeech } from "./support/fakeSpeech.ts";
import { keepScreenshot } from "./support/screenshots.ts";
import { citizenTablet, phone } from "./support/viewports.ts";

/**
 * Her personal link, opened with the chair's document held back at the network: the plan syncs, the
 * banner says "Henter…", and only when the test lets it through does the chair's document arrive.
 * Both documents share one websocket, so the server's messages are sorted by the document name
 * each one starts with (Hocuspocus: a length-prefixed UTF-8 string).
 */
async function withTheChairHeldBack(context: BrowserContext): Promise<() => void> {
  let held = true;
  const waiting: (() => void)[] = [];
  await context.routeWebSocket(/\/collaboration/, (ws) => {
    const server = ws.connectToServer();
    ws.onMessage((message) => server.send(message));
    server.onMessage((message) => {
      const pass = () => ws.send(message);
      if (held && typeof message !== "string" && documentName(message).endsWith(":chair")) waiting.push(pass);
      else pass();
    });
  });
  return () => {
    held = false;
    for (const pass of waiting.splice(0)) pass();
  };
}

function documentName(message: Buffer): string {
  let length = 0;
  let shift = 0;
  let at = 0;
  for (;;) {
    const byte = message[at++] ?? 0;
    length |= (byte & 0x7f) << shift;
    shift += 7;
    if (byte < 0x80) break;
  }
  return message.subarray(at, at + length).toString("utf8");
}

async function meetingBarTop(page: Page): Promise<number> {
  const box = await page.locator(".meeting-bar").boundingBox();
  if (!box) throw new Error("the meeting bar is not drawn");
  return box.y;
}

for (const device of [
  { name: "tablet", options: citizenTablet },
  { name: "phone", options: { ...citizenTablet, viewport: phone } },
]) {
  test(`on her ${device.name}, nothing on her page moves when the meeting's progress arrives`, async ({
    browser,
    baseURL,
  }, testInfo) => {
    const coordinator = await coordinatorSession(baseURL ?? "");
    const { caseId, meetingId } = await createCaseAndMeeting(coordinator, "Signe Holm", "Netværksmøde om bolig");
    const signe = await addMember(coordinator, caseId, { name: "Signe Holm", role: "borger" });
    const { joinPath } = await invite(coordinator, meetingId, signe, "link");
    await coordinator.dispose();

    const context = await browser.newContext(device.options);
    const release = await withTheChairHeldBack(context);
    const page = await context.newPage();
    // A Danish voice at the edge: headless Chromium has none, and after two seconds without one the
    // button says so instead of "Læs op", which a busy machine reaches before the release below.
    await fakeSpeech(page, [{ name: "Sara", lang: "da-DK" }]);
    await page.goto(joinPath);
    await expectConnected(page);
    const banner = page.locator(".chair-banner");
    await expect(banner).toContainText("Henter");
    const before = await meetingBarTop(page);
    await keepScreenshot(page, testInfo, `citizen-first-render-waiting-${device.name}`);

    release();
    await expect(banner).toContainText("Mødet er ikke begyndt endnu");
    await expect(banner.getByRole("button", { name: /Læs op/ })).toBeVisible();
    // The banner held its final place from its first paint: the plan under it stays where it was.
    expect(await meetingBarTop(page)).toBe(before);
    await keepScreenshot(page, testInfo, `citizen-first-render-${device.name}`);
    await context.close();
  });
}
