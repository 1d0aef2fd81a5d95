import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { da } from "../client/src/i18n/da.ts";
import { coordinatorEnters } from "./support/access.ts";
import { addMember, closeMeeting, createCaseAndMeeting, invite } from "./support/api.ts";
import { citizenTablet, coordinatorDesktop } from "./support/viewports.ts";

/**
 * Issue 25: the Danish words come in parts, the first load's and each page's own. A page whose part
 * is missing shows its keys ("desk.title") where the words should be, for a moment or for good.
 * Every text and spoken attribute that ever appears in the page, from the first paint on, is
 * watched; none may be one of Danish's keys. A key missing in a citizen's language falls back to
 * Danish, so her view in Arabic needs her page's Danish part too.
 */
type Tree = { [key: string]: unknown };
function keysOf(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : keysOf(value as Tree, `${prefix}${key}.`),
  );
}
// i18next shows a missing plural by its base key ("steps.count", not "steps.count_other").
const KEYS = new Set(keysOf(da).flatMap((key) => [key, key.replace(/_(zero|one|two|few|many|other)$/, "")]));

/** Every dotted word the context's pages show, from the first paint on, across navigations. */
async function watchForKeys(context: BrowserContext): Promise<Set<string>> {
  const seen = new Set<string>();
  await context.exposeFunction("samplanSawDotted", (words: string[]) => {
    for (const word of words) seen.add(word);
  });
  await context.addInitScript(() => {
    const report = (window as unknown as { samplanSawDotted: (words: string[]) => void }).samplanSawDotted;
    const dotted = (text: string | null) => text?.match(/[A-Za-z]\w*(?:\.\w+)+/g) ?? [];
    const spoken = ["aria-label", "title", "placeholder", "alt", "aria-description"];
    const look = (node: Node) => {
      const words: string[] = [];
      if (node.nodeType === Node.TEXT_NODE) words.push(...dotted(node.textContent));
      if (node instanceof Element) {
        words.push(...dotted(node.textContent));
        for (const element of [node, ...Array.from(node.querySelectorAll("*"))]) {
          for (const name of spoken) words.push(...dotted(element.getAttribute(name)));
        }
      }
      if (words.length > 0) report(words);
    };
    new MutationObserver((changes) => {
      for (const change of changes) {
        if (change.type === "childList") change.addedNodes.forEach(look);
        else look(change.target);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  return seen;
}

/** The keys among what was seen; and a key put there on purpose must be among them (the watch works). */
async function expectNoKeysSeen(page: Page, seen: Set<string>): Promise<void> {
  await page.evaluate(() => document.body.append(document.createTextNode("desk.title")));
  await expect.poll(() => seen.has("desk.title")).toBe(true);
  seen.delete("desk.title");
  expect([...seen].filter((word) => KEYS.has(word))).toEqual([]);
}

/** Opens the page and waits until it has said what it is (its h1) and loaded what it shows. */
async function visit(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("Henter…")).toHaveCount(0);
}

test("the coordinator's pages, from signing in to the minutes, show words and never keys", async ({ browser }) => {
  const context = await browser.newContext(coordinatorDesktop);
  const seen = await watchForKeys(context);
  const coordinator = await context.newPage();
  await coordinatorEnters(coordinator);
  const { caseId, meetingId } = await createCaseAndMeeting(coordinator, "Omar Ali", "Netværksmøde");
  const earlier = await createCaseAndMeeting(coordinator, "Omar Ali (tidligere)", "Første møde");
  await addMember(coordinator, caseId, { name: "Omar Ali", role: "borger" });
  await closeMeeting(coordinator, earlier.meetingId);
  for (const path of [
    "/",
    "/settings",
    "/team",
    "/team/tal",
    `/cases/${caseId}`,
    `/cases/${caseId}/audit`,
    `/cases/${caseId}/progress`,
    `/cases/${caseId}/steps`,
    `/meetings/${earlier.meetingId}/referat`,
    `/meetings/${earlier.meetingId}`,
    `/meetings/${meetingId}/storskaerm`,
  ]) {
    await test.step(path, () => visit(coordinator, path));
  }
  await test.step("the live meeting, with the invitations and the chair's panel", async () => {
    await visit(coordinator, `/meetings/${meetingId}`);
    await expect(coordinator.getByRole("status").filter({ hasText: "Forbundet" })).toBeVisible();
    // Folded at first: opened, so what is inside them is shown as well.
    for (const panel of ["Inviter deltagere", "Dagsorden"]) {
      const toggle = coordinator.getByRole("button", { name: panel, exact: true });
      await toggle.click();
      await expect(toggle).toHaveAttribute("aria-expanded", "true");
    }
  });
  await expectNoKeysSeen(coordinator, seen);
  await context.close();
});

test("the citizen's join link, meeting and preparation show words and never keys, in Danish and in Arabic", async ({
  browser,
}) => {
  const coordinatorContext = await browser.newContext(coordinatorDesktop);
  const coordinator = await coordinatorContext.newPage();
  await coordinatorEnters(coordinator);
  const { caseId, meetingId } = await createCaseAndMeeting(coordinator, "Amal Hassan", "Netværksmøde");
  const amal = await addMember(coordinator, caseId, { name: "Amal Hassan", role: "borger" });
  for (const language of ["da", "ar"]) {
    await test.step(language, async () => {
      const context = await browser.newContext(citizenTablet);
      // Her language from an earlier visit, as the language choice remembers it.
      await context.addInitScript((chosen) => localStorage.setItem("samplan.language", chosen), language);
      const seen = await watchForKeys(context);
      const citizen = await context.newPage();
      await visit(citizen, "/sign-in");
      const { joinPath } = await invite(coordinator, meetingId, amal, "link");
      await citizen.goto(joinPath);
      await expect(citizen).toHaveURL(new RegExp(`/meetings/${meetingId}$`));
      await expect(citizen.locator("html")).toHaveAttribute("lang", language);
      await expect(citizen.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(citizen.getByRole("status").filter({ hasText: /Forbundet|متصل/ })).toBeVisible();
      await visit(citizen, `/meetings/${meetingId}/forbered`);
      await expectNoKeysSeen(citizen, seen);
      await context.close();
    });
  }
  await coordinatorContext.close();
});
