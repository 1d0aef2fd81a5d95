// How much of the meeting page React renders again for one keystroke in a goal. Measured the way
// React's profiler does it, through the DevTools hook React calls on every commit (present in
// production builds too): a component counts as rendered when its fiber did work in that commit.
// A keystroke should re-render the editor it was typed in and the few things that show its state,
// not the whole plan: the save indicator's acknowledgement once re-rendered every section.
import { chromium, type Page } from "@playwright/test";
import type { Meeting } from "@samplan/shared/api";
import { api, samplanTarget } from "./targets.ts";

// Installed before React loads: it finds the hook and reports each commit to it.
function installRenderCounter() {
  const PERFORMED_WORK = 1;
  const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]); // function, class, forwardRef, memo, simple memo
  type Fiber = {
    tag: number;
    flags: number;
    child: Fiber | null;
    sibling: Fiber | null;
    alternate: Fiber | null;
  };
  const counts: number[] = [];
  const walk = (next: Fiber, prev: Fiber | null): number => {
    let rendered = COMPONENT_TAGS.has(next.tag) && (!prev || (next.flags & PERFORMED_WORK) !== 0) ? 1 : 0;
    // A subtree React did not touch keeps its children: nothing in it rendered.
    if (prev && next.child === prev.child) return rendered;
    for (let child = next.child; child; child = child.sibling) rendered += walk(child, child.alternate);
    return rendered;
  };
  const renderers = new Map<number, unknown>();
  const page = globalThis as unknown as Record<string, unknown>;
  page.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    isDisabled: false,
    renderers,
    inject(renderer: unknown) {
      renderers.set(1, renderer);
      return 1;
    },
    checkDCE() {},
    onScheduleFiberRoot() {},
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    onCommitFiberRoot(_id: number, root: { current: Fiber }) {
      counts.push(walk(root.current, root.current.alternate));
    },
  };
  page.__samplanRenderCounts = counts;
}

const readCounts = (page: Page) =>
  page.evaluate(() => [...((globalThis as unknown as Record<string, number[]>).__samplanRenderCounts ?? [])]);

/** Components rendered per keystroke while the coordinator types into a goal, on a live meeting. */
export async function planRenders({ keystrokes = 40 } = {}) {
  const target = await samplanTarget();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    const base = target.http!;
    const cookie = target.cookie!;
    const caseId = (await api<{ id: string }>(base, cookie, "POST", "/api/cases", { citizenName: "Mia" })).body.id;
    const meeting = (
      await api<Meeting>(base, cookie, "POST", `/api/cases/${caseId}/meetings`, {
        title: "Netværksmøde",
        startsAt: new Date(Date.now() - 60_000).toISOString(),
      })
    ).body;
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const [name, ...value] = cookie.split("=");
    await context.addCookies([{ name: name!, value: value.join("="), url: base }]);
    await context.addInitScript(installRenderCounter);
    const page = await context.newPage();
    await page.goto(`${base}/meetings/${meeting.id}`);
    await page.getByRole("button", { name: /tilføj mål/i }).click();
    const editor = page.getByRole("region", { name: /^mål$/i }).locator("[contenteditable=true]").first();
    await editor.waitFor();
    await page.getByText("Gemt").waitFor();
    const before = (await readCounts(page)).length;
    for (let i = 0; i < keystrokes; i++) {
      await editor.pressSequentially("a");
      // Wait for the server's acknowledgement, so its re-render is counted with its keystroke.
      await page.locator(".connection__save--sending").waitFor({ state: "detached", timeout: 5_000 });
    }
    // The last acknowledgement's commit has landed once the indicator says "Gemt" again.
    await page.getByText("Gemt").waitFor();
    const commits = (await readCounts(page)).slice(before);
    const total = commits.reduce((sum, n) => sum + n, 0);
    await context.close();
    return {
      keystrokes,
      commits: commits.length,
      "components rendered": total,
      "per keystroke": Math.round((total / keystrokes) * 10) / 10,
      "largest commit": Math.max(0, ...commits),
    };
  } finally {
    await browser.close();
    await target.stop();
  }
}

if (import.meta.main) console.table([await planRenders()]);
