// The citizen's first visit (issue 25) under Lighthouse's mobile profile, for two or more builds of
// the client in turn: `node server/bench/citizenFirstVisitAB.ts [runs] label=client/dist …`.
// The machine is shared, so a single run says little: the builds take turns (A, B, A, B …) in the
// same minutes, each on a fresh server and a fresh Chromium, and the medians are compared. Beside
// the figures it prints what Lighthouse says blocked: the long tasks, the script that ran, and the
// LCP element with its phases. Every report is kept in bench-results/citizen-ab/.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { figures, launchChromium } from "./lighthouse.ts";
import { writePlans } from "./memory.ts";
import { api, citizenInvitationPath, citizensMeeting, samplanTarget } from "./targets.ts";

const args = process.argv.slice(2);
const runs = /^\d+$/.test(args[0] ?? "") ? Number(args.shift()) : 3;
const builds = args.map((arg) => {
  const [label, dir] = arg.split("=");
  if (!label || !dir) throw new Error(`Expected label=clientDir, got ${arg}`);
  return { label, dir: path.resolve(dir) };
});
if (builds.length === 0) throw new Error("Name at least one build: label=path/to/client/dist");

const outDir = path.resolve(import.meta.dirname, "../../bench-results/citizen-ab");
fs.mkdirSync(outDir, { recursive: true });
const { default: lighthouse } = await import("lighthouse");

type Details = { items?: Record<string, unknown>[] } | undefined;

async function firstVisit(clientDir: string, file: string) {
  const target = await samplanTarget({ env: { SAMPLAN_CLIENT_DIR: clientDir } });
  try {
    const base = target.http!;
    const cookie = target.cookie!;
    const { citizen, meeting } = await citizensMeeting(base, cookie);
    const { token } = (
      await api<{ token: string }>(base, cookie, "POST", `/api/meetings/${meeting.id}/connection-token`)
    ).body;
    await writePlans(target, [{ documentName: meeting.documentName, token }]);
    const joinPath = await citizenInvitationPath(base, cookie, meeting, citizen);
    const chrome = await launchChromium();
    try {
      const result = await lighthouse(`${base}${joinPath}`, {
        port: chrome.port,
        logLevel: "error",
        output: "json",
        onlyCategories: ["performance"],
      });
      if (!result) throw new Error("Lighthouse returned no report");
      fs.writeFileSync(file, JSON.stringify(result.lhr));
      return result.lhr;
    } finally {
      chrome.kill();
    }
  } finally {
    await target.stop();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

const rows: Record<string, unknown>[] = [];
const byBuild = new Map<string, Record<string, number>[]>();
for (let run = 1; run <= runs; run++) {
  for (const { label, dir } of builds) {
    const load = Number(os.loadavg()[0]!.toFixed(1));
    const lhr = await firstVisit(dir, path.join(outDir, `${label}-${run}.json`));
    const f = figures(lhr as never);
    const longTasks = ((lhr.audits["long-tasks"]?.details as Details)?.items ?? []).map(
      (item) =>
        `${Math.round(Number(item.duration))}@${Math.round(Number(item.startTime))} ${String(item.url).replace(/^.*\//, "")}`,
    );
    const lcpPhases = ((lhr.audits["largest-contentful-paint-element"]?.details as { items?: Details[] })?.items?.[1]
      ?.items ?? []) as { phase?: string; timing?: number }[];
    const row = {
      label,
      run,
      load,
      score: f.performance,
      lcp: Math.round(f.lcpMs ?? 0),
      tbt: Math.round(f.tbtMs ?? 0),
      tti: Math.round(f.ttiMs ?? 0),
      cls: Number((f.cls ?? 0).toFixed(3)),
      kib: Math.round((f.bytes ?? 0) / 1024),
      fcp: Math.round(lhr.audits["first-contentful-paint"]?.numericValue ?? 0),
      bootup: Math.round(lhr.audits["bootup-time"]?.numericValue ?? 0),
      mainThread: Math.round(lhr.audits["mainthread-work-breakdown"]?.numericValue ?? 0),
    };
    rows.push(row);
    console.log(JSON.stringify(row));
    console.log(`  long tasks: ${longTasks.join(", ")}`);
    console.log(`  LCP phases: ${lcpPhases.map((p) => `${p.phase} ${Math.round(p.timing ?? 0)}`).join(", ")}`);
    const list = byBuild.get(label) ?? [];
    list.push(row as unknown as Record<string, number>);
    byBuild.set(label, list);
  }
}
console.table(rows);
console.table(
  [...byBuild].map(([label, list]) => ({
    label,
    runs: list.length,
    ...Object.fromEntries(
      ["score", "lcp", "tbt", "tti", "fcp", "cls", "kib", "bootup", "mainThread", "load"].map((key) => [
        key,
        median(list.map((row) => Number(row[key]))),
      ]),
    ),
  })),
);
