// Lighthouse on the pages that matter most (issue 25): the citizen's first visit from her personal
// invitation link and her repeat visit with the service worker warm, on Lighthouse's default mobile
// profile (simulated slow 4G, 4× CPU), and the coordinator's meeting page on its desktop preset.
// The citizen's two visits share one Chromium, so the second finds what the first left behind; the
// coordinator has a Chromium of her own.
// Each report and its final screenshot are kept beside the bench's JSON: a score is only worth
// something if the page it scored was the meeting, and a person can check that there.
import fs from "node:fs";
import path from "node:path";
import { launch } from "chrome-launcher";
import type { Config, Flags, Result } from "lighthouse";
import { writePlans } from "./memory.ts";
import { api, citizenInvitationPath, citizensMeeting, samplanTarget } from "./targets.ts";

/** The part of a Lighthouse report the bench reads, so tests can hand it a small one. */
export type Report = Pick<Result, "finalDisplayedUrl" | "runtimeError" | "runWarnings"> & {
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { numericValue?: number; details?: unknown } | undefined>;
};

interface Goal {
  measure: string;
  key: string;
  /** A category's score (shown 0–100) or an audit's numeric value. */
  from: { category: string } | { audit: string };
  goal: string;
  within: (value: number) => boolean;
  show: (value: number) => string;
}

const KIB = 1024;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const score = (value: number) => String(value);

/** Issue 25's goals, in the order the table prints them. */
export const GOALS: Goal[] = [
  {
    measure: "performance score",
    key: "performance",
    from: { category: "performance" },
    goal: "≥ 90",
    within: (v) => v >= 90,
    show: score,
  },
  {
    measure: "Largest Contentful Paint",
    key: "lcpMs",
    from: { audit: "largest-contentful-paint" },
    goal: "≤ 2.5 s",
    within: (v) => v <= 2500,
    show: seconds,
  },
  {
    // Lighthouse 12 still reports it, with no weight in the score.
    measure: "Time to Interactive",
    key: "ttiMs",
    from: { audit: "interactive" },
    goal: "≤ 3.5 s",
    within: (v) => v <= 3500,
    show: seconds,
  },
  {
    measure: "Total Blocking Time",
    key: "tbtMs",
    from: { audit: "total-blocking-time" },
    goal: "≤ 200 ms",
    within: (v) => v <= 200,
    show: (v) => `${Math.round(v)} ms`,
  },
  {
    measure: "Cumulative Layout Shift",
    key: "cls",
    from: { audit: "cumulative-layout-shift" },
    goal: "≤ 0.1",
    within: (v) => v <= 0.1,
    show: (v) => v.toFixed(3),
  },
  {
    measure: "bytes transferred",
    key: "bytes",
    from: { audit: "total-byte-weight" },
    goal: "≤ 300 KiB",
    within: (v) => v <= 300 * KIB,
    show: (v) => `${Math.round(v / KIB)} KiB`,
  },
  {
    measure: "accessibility score",
    key: "accessibility",
    from: { category: "accessibility" },
    goal: "100",
    within: (v) => v === 100,
    show: score,
  },
  {
    measure: "best-practices score",
    key: "bestPractices",
    from: { category: "best-practices" },
    goal: "100",
    within: (v) => v === 100,
    show: score,
  },
];

const CATEGORIES = ["performance", "accessibility", "best-practices"];

/** Each goal's figure from one report; null where the report has none (an audit that errored). */
export function figures(report: Report): Record<string, number | null> {
  return Object.fromEntries(
    GOALS.map(({ key, from }) => {
      if ("category" in from) {
        const value = report.categories[from.category]?.score;
        return [key, typeof value === "number" ? Math.round(value * 100) : null];
      }
      return [key, report.audits[from.audit]?.numericValue ?? null];
    }),
  );
}

/** The first element a report's details name (Lighthouse nests it in lists and tables). */
function firstNode(details: unknown): { selector?: string; nodeLabel?: string; snippet?: string } | null {
  if (typeof details !== "object" || details === null) return null;
  if ((details as { type?: unknown }).type === "node") return details;
  for (const value of Object.values(details)) {
    const found = firstNode(value);
    if (found) return found;
  }
  return null;
}

/** What the largest paint was: the element's label, or its selector. */
export function lcpElement(report: Report): string | null {
  const node = firstNode(report.audits["largest-contentful-paint-element"]?.details);
  if (!node) return null;
  return [node.nodeLabel, node.selector && `(${node.selector})`].filter(Boolean).join(" ");
}

/**
 * Why this report is not of the meeting page, or null when it is. A report of the sign-in page, a
 * refusal or a page still loading would score well and mean nothing, so the bench stops on it.
 * In the meeting: ended on its address, and the page's request for a connection token answered
 * (it asks only with a session that may open the meeting).
 */
export function notTheMeeting(report: Report, meetingId: string): string | null {
  if (report.runtimeError) return `Lighthouse could not load the page: ${report.runtimeError.message}`;
  const ended = new URL(report.finalDisplayedUrl).pathname;
  if (ended !== `/meetings/${meetingId}`) return `the page ended on ${ended}, not on the meeting`;
  const requests = (report.audits["network-requests"]?.details as { items?: { url: string; statusCode: number }[] })
    ?.items;
  const token = requests?.find((request) => request.url.endsWith(`/api/meetings/${meetingId}/connection-token`));
  if (!token) return "the page never asked to connect to the meeting";
  if (token.statusCode !== 200) return `the meeting's connection token was refused (${token.statusCode})`;
  if (/refusal/.test(lcpElement(report) ?? "")) return `its largest paint is a refusal: ${lcpElement(report)}`;
  return null;
}

export interface PageResult {
  page: string;
  profile: string;
  figures: Record<string, number | null>;
  lcpElement: string | null;
  endedOn: string;
  /** Lighthouse's measure of the host's speed: its simulation assumes a fast desktop (about 1,000 or more). */
  benchmarkIndex: number;
  runWarnings: string[];
  /** The full report and final screenshot, relative to the bench's output folder. */
  files: string[];
}

/** One row per goal, one column per page, and whether each page is within it. */
export function goalRows(pages: PageResult[]) {
  return GOALS.map(({ measure, key, goal, within, show }) => {
    const values = pages.map((page) => [page.page, page.figures[key] ?? null] as const);
    return {
      measure,
      ...Object.fromEntries(values.map(([page, value]) => [page, value === null ? "not reported" : show(value)])),
      goal,
      within: values.map(([, value]) => (value === null ? "—" : within(value) ? "yes" : "NO")).join(" / "),
    };
  });
}

/** Below this, Lighthouse's own threshold, the host is slower than the machine its simulation assumes. */
const SLOW_HOST = 1000;

/** What each report was of, for a person to check; and anything Lighthouse warned of. */
export function pageRows(pages: PageResult[]) {
  return pages.map((page) => ({
    page: page.page,
    profile: page.profile,
    "ended on": page.endedOn.replace(/[0-9a-f-]{36}/, "…"),
    "LCP element": page.lcpElement ?? "—",
    "benchmark index": page.benchmarkIndex,
    warnings:
      [
        // Lighthouse warns of this only on its command line; the simulation multiplies what it saw.
        ...(page.benchmarkIndex < SLOW_HOST ? ["A slow or busy host: the CPU-bound figures come out too high."] : []),
        ...page.runWarnings,
      ].join(" ") || "—",
  }));
}

/** Hands the browser a session cookie, as signing in would have left it. */
async function setCookie(port: number, base: string, cookie: string) {
  const version = (await (await fetch(`http://127.0.0.1:${port}/json/version`)).json()) as {
    webSocketDebuggerUrl: string;
  };
  const socket = new WebSocket(version.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    socket.onopen = resolve;
    socket.onerror = reject;
  });
  const [name, ...value] = cookie.split("=");
  const answer = new Promise<{ error?: { message: string } }>((resolve) => {
    socket.onmessage = (event) => resolve(JSON.parse(String(event.data)));
  });
  socket.send(
    JSON.stringify({
      id: 1,
      method: "Storage.setCookies",
      params: { cookies: [{ name, value: value.join("="), url: base, httpOnly: true, sameSite: "Strict" }] },
    }),
  );
  const { error } = await answer;
  socket.close();
  if (error) throw new Error(`Could not set the session cookie: ${error.message}`);
}

/** A report Lighthouse itself could not finish (NO_NAVSTART, say), which it asks to run again. */
class LighthouseRuntimeError extends Error {}

type Launched = Awaited<ReturnType<typeof launch>>;

/** Debian's Chromium, headless, with a fresh profile, for Lighthouse to drive. */
export function launchChromium(): Promise<Launched> {
  return launch({
    chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
    // The bench stops its servers itself; chrome-launcher's own handler would exit before that.
    handleSIGINT: false,
    logLevel: "silent",
  });
}

/**
 * `visits` in a Chromium of its own, with a fresh profile; once more in another if Lighthouse
 * could not finish a report, since a busy machine now and then spoils a trace.
 */
async function inFreshChromium<T>(visits: (chrome: Launched) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const chrome = await launchChromium();
    try {
      return await visits(chrome);
    } catch (error) {
      if (!(error instanceof LighthouseRuntimeError) || attempt === 2) throw error;
      console.warn(`${error.message}; once more in a fresh browser`);
    } finally {
      chrome.kill();
    }
  }
}

/** Lighthouse on the pages of one meeting; reports and screenshots go to `outDir`. */
export async function lighthouseRuns(outDir: string): Promise<PageResult[]> {
  // Loaded here, not with the module: it takes seconds, and the bench and the tests mostly do without it.
  const { default: lighthouse, desktopConfig } = await import("lighthouse");
  const target = await samplanTarget();
  fs.mkdirSync(outDir, { recursive: true });
  try {
    const base = target.http!;
    const cookie = target.cookie!;
    const { citizen, meeting } = await citizensMeeting(base, cookie);
    const meetingUrl = `${base}/meetings/${meeting.id}`;
    // Five goals and five steps, so what is measured is a page with a plan on it, as she finds it.
    const { token } = (
      await api<{ token: string }>(base, cookie, "POST", `/api/meetings/${meeting.id}/connection-token`)
    ).body;
    await writePlans(target, [{ documentName: meeting.documentName, token }]);

    /** One Lighthouse run, kept on disk, and refused unless it measured the meeting. */
    const visit = async (
      chrome: Launched,
      page: string,
      profile: string,
      url: string,
      flags: Flags = {},
      config?: Config,
    ): Promise<PageResult> => {
      const result = await lighthouse(
        url,
        { port: chrome.port, logLevel: "error", output: "json", onlyCategories: CATEGORIES, ...flags },
        config,
      );
      if (!result) throw new Error(`Lighthouse returned no report for ${page}`);
      const { lhr } = result;
      const slug = page.replace(/\W+/g, "-");
      const files = [`${slug}.json`];
      fs.writeFileSync(path.join(outDir, files[0]!), JSON.stringify(lhr));
      const screenshot = (lhr.audits["final-screenshot"]?.details as { data?: string } | undefined)?.data;
      if (screenshot) {
        files.push(`${slug}.jpg`);
        fs.writeFileSync(path.join(outDir, files[1]!), Buffer.from(screenshot.split(",")[1]!, "base64"));
      }
      const problem = notTheMeeting(lhr, meeting.id);
      const where = files.map((file) => path.join(outDir, file)).join(", ");
      if (problem && lhr.runtimeError) throw new LighthouseRuntimeError(`Lighthouse, ${page}: ${problem}`);
      if (problem) throw new Error(`Lighthouse, ${page}: ${problem}; see ${where}`);
      return {
        page,
        profile,
        figures: figures(lhr),
        lcpElement: lcpElement(lhr),
        endedOn: new URL(lhr.finalDisplayedUrl).pathname,
        benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
        runWarnings: lhr.runWarnings,
        files: files.map((file) => path.join(path.basename(outDir), file)),
      };
    };

    const mobile = "mobile (slow 4G, 4× CPU)";
    const citizenVisits = await inFreshChromium(async (chrome) => {
      const joinPath = await citizenInvitationPath(base, cookie, meeting, citizen);
      // A new profile holds nothing to clear. Not clearing afterwards either leaves what her first
      // visit installed (the service worker and the app it cached, her session cookie, the HTTP
      // cache) for her return to the meeting's own address, where the first visit left her.
      const keepStorage = { disableStorageReset: true };
      const first = await visit(chrome, "citizen, first visit", mobile, `${base}${joinPath}`, keepStorage);
      const repeat = await visit(chrome, "citizen, repeat visit", `${mobile}, warm`, meetingUrl, keepStorage);
      return [first, repeat];
    });
    // Not the citizen's browser: the coordinator starts from a new profile of her own, signed in.
    const coordinator = await inFreshChromium(async (chrome) => {
      await setCookie(chrome.port, base, cookie);
      return visit(chrome, "coordinator, meeting", "desktop", meetingUrl, {}, desktopConfig);
    });
    return [...citizenVisits, coordinator];
  } finally {
    await target.stop();
  }
}

if (import.meta.main) {
  const pages = await lighthouseRuns(path.resolve(import.meta.dirname, "../../bench-results/lighthouse"));
  console.table(goalRows(pages));
  console.table(pageRows(pages));
}
