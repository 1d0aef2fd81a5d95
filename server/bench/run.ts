// `pnpm bench`: Samplan's server beside the bare libraries, on this machine. Prints tables and
// writes the figures as JSON to bench-results/. Not part of the test command. See docs/benchmarks.md.
//
//   pnpm bench [--meetings 100] [--participants 10] [--seconds 20] [--workers 2]
//              [--scaling-workers 1,2,3] [--capacity-start 200] [--capacity-step 10]
//              [--capacity-precision 10] [--capacity-budget 120]
//              [--memory-meetings 200] [--profile] [--skip-fanout] [--skip-capacity]
//              [--skip-memory] [--skip-cold-load] [--skip-browser] [--skip-lighthouse]
//              [--skip-provider-fanout]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { bundleSizes } from "./bundleSizes.ts";
import { type CapacityResult, capacity } from "./capacity.ts";
import { citizenTimeToUsable } from "./citizenTimeToUsable.ts";
import { coldLoad } from "./coldLoad.ts";
import { type FanoutLoad, type FanoutRow, fanout, fanoutTableRow } from "./fanout.ts";
import { GOALS, goalRows, lighthouseRuns, pageRows } from "./lighthouse.ts";
import { memory } from "./memory.ts";
import { planRenders } from "./planRenders.ts";
import {
  bareHocuspocusTarget,
  bareYWebsocketTarget,
  type StartOptions,
  samplanTarget,
  type Target,
} from "./targets.ts";

const root = path.resolve(import.meta.dirname, "../..");
const { values: args } = parseArgs({
  options: {
    meetings: { type: "string", default: "100" },
    participants: { type: "string", default: "10" },
    seconds: { type: "string", default: "20" },
    workers: { type: "string", default: "2" },
    "scaling-workers": { type: "string", default: "1,2,3" },
    "capacity-start": { type: "string", default: "200" },
    "capacity-step": { type: "string", default: "10" },
    "capacity-precision": { type: "string", default: "10" },
    "capacity-budget": { type: "string", default: "120" },
    "memory-meetings": { type: "string", default: "200" },
    profile: { type: "boolean", default: false },
    "skip-fanout": { type: "boolean", default: false },
    "skip-capacity": { type: "boolean", default: false },
    "skip-memory": { type: "boolean", default: false },
    "skip-cold-load": { type: "boolean", default: false },
    "skip-browser": { type: "boolean", default: false },
    "skip-lighthouse": { type: "boolean", default: false },
    "skip-provider-fanout": { type: "boolean", default: false },
  },
});
// The numbers are checked, so "--meetings ten" stops with its name instead of benchmarking NaN.
const count = z.coerce.number().int().positive();
const Numbers = z.object({
  meetings: count,
  participants: count.min(2),
  seconds: z.coerce.number().positive(),
  workers: count,
  "scaling-workers": z.string().transform((list, ctx) => {
    const parsed = list.split(",").map((item) => count.safeParse(item.trim()));
    if (parsed.some((item) => !item.success))
      ctx.addIssue({ code: "custom", message: "a list of whole numbers, 1,2,3" });
    return parsed.flatMap((item) => (item.success ? [item.data] : []));
  }),
  "capacity-start": count,
  "capacity-step": count,
  "capacity-precision": z.coerce.number().positive(),
  "capacity-budget": z.coerce.number().positive(),
  "memory-meetings": count,
});
const checked = Numbers.safeParse(args);
if (!checked.success) {
  console.error(`pnpm bench: ${z.prettifyError(checked.error)}`);
  process.exit(2);
}
const numbers = checked.data;
const load: FanoutLoad = {
  meetings: numbers.meetings,
  participants: numbers.participants,
  seconds: numbers.seconds,
  workers: numbers.workers,
};
const scalingWorkers = numbers["scaling-workers"];
const out = path.join(root, "bench-results");
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const started = Date.now();

const report: Record<string, unknown> = {
  machine: {
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model,
    memoryGb: Math.round(os.totalmem() / 1e9),
    node: process.version,
    loadAverageAtStart: os.loadavg(),
  },
  parameters: { ...args, ...load },
  at: new Date().toISOString(),
};

async function withTarget<T>(
  make: (options?: StartOptions) => Promise<Target>,
  use: (target: Target) => Promise<T>,
  options?: StartOptions,
): Promise<T> {
  const target = await make(options);
  try {
    return await use(target);
  } finally {
    await target.stop();
  }
}

const heading = (text: string) => console.log(`\n${text} (load average ${os.loadavg()[0]!.toFixed(2)})`);

/** Samplan's figures over a bare server's, as the goals are written (p50 ≤ ×1.15, p99 ≤ ×1.5, CPU ≤ ×1.3). */
function ratioTo(samplan: FanoutRow, bare: FanoutRow) {
  return {
    p50: samplan.p50 / bare.p50,
    p99: samplan.p99 / bare.p99,
    throughput: samplan.deliveriesPerSecond / bare.deliveriesPerSecond,
    cpu: samplan.serverCpuPercent / bare.serverCpuPercent,
    rss: samplan.serverPeakRssMb / bare.serverPeakRssMb,
  };
}

function ratioLine(r: ReturnType<typeof ratioTo>) {
  const x = (value: number) => `×${value.toFixed(2)}`;
  return `p50 ${x(r.p50)}, p99 ${x(r.p99)}, throughput ${x(r.throughput)}, CPU ${x(r.cpu)}, RSS ${x(r.rss)}`;
}

if (!args["skip-fanout"]) {
  heading(
    `Fan-out: ${load.meetings} meetings × ${load.participants} participants, one typist per meeting at 5 keystrokes/s, ${load.seconds} s`,
  );
  // With --profile the Samplan child writes a CPU profile (.cpuprofile, open in Chrome DevTools) when it stops.
  const profileDir = args.profile ? path.join(out, `profile-${stamp}`) : undefined;
  const samplan = await withTarget(samplanTarget, (t) => fanout(t, load), { cpuProfileDir: profileDir });
  const bareHocuspocus = await withTarget(bareHocuspocusTarget, (t) => fanout(t, load));
  const bareYWebsocket = await withTarget(bareYWebsocketTarget, (t) => fanout(t, load));
  const rows = [samplan, bareHocuspocus, bareYWebsocket];
  report.fanout = rows;
  console.table(rows.map(fanoutTableRow));
  const ratio = (bare: FanoutRow) => ratioTo(samplan, bare);
  report.ratio = { bareHocuspocus: ratio(bareHocuspocus), bareYWebsocket: ratio(bareYWebsocket) };
  for (const [name, bare] of [
    ["bare Hocuspocus", bareHocuspocus],
    ["bare y-websocket", bareYWebsocket],
  ] as const) {
    const r = ratio(bare);
    console.log(`Samplan / ${name}: ${ratioLine(r)}`);
  }
  if (profileDir) console.log(`Samplan's CPU profile: ${path.relative(root, profileDir)}`);

  // The same load on the bare server from more and fewer load-generator threads: when the figures
  // stay put, the generator is not what they measure.
  heading("Load-generator capacity: bare Hocuspocus, the same load from 1, 2, 3… worker threads");
  const scaling = [];
  for (const workers of scalingWorkers) {
    scaling.push(
      workers === load.workers
        ? bareHocuspocus
        : await withTarget(bareHocuspocusTarget, (t) => fanout(t, { ...load, workers })),
    );
  }
  report.generatorScaling = scaling;
  console.table(scaling.map(fanoutTableRow));
}

if (!args["skip-provider-fanout"]) {
  // As the issue's harness had it: the browser's own client (HocuspocusProvider, with its
  // handshake, awareness and acknowledgements) rather than raw sockets, and a backspace every
  // fifth keystroke, so the server's attribution of deletions is in the figures too.
  const providerLoad: FanoutLoad = { ...load, clients: "provider", deletions: true };
  heading(
    `Fan-out with HocuspocusProvider clients: ${load.meetings} meetings × ${load.participants}, 5 keystrokes/s with a backspace every fifth, ${load.seconds} s`,
  );
  const samplan = await withTarget(samplanTarget, (t) => fanout(t, providerLoad));
  const bare = await withTarget(bareHocuspocusTarget, (t) => fanout(t, providerLoad));
  report.providerFanout = [samplan, bare];
  report.providerRatio = ratioTo(samplan, bare);
  console.table([samplan, bare].map(fanoutTableRow));
  console.log(`Samplan / bare Hocuspocus: ${ratioLine(ratioTo(samplan, bare))}`);
}

if (!args["skip-capacity"]) {
  const plan = {
    start: numbers["capacity-start"],
    step: numbers["capacity-step"],
    precision: numbers["capacity-precision"] / 100,
    participants: load.participants,
    workers: load.workers,
    seconds: 3,
    warmupMs: 2_000,
    p99LimitMs: 100,
    budgetSeconds: numbers["capacity-budget"],
  };
  heading(
    `Capacity: from ${plan.start} meetings × ${plan.participants}, grown by half until a load fails, then narrowed to ${numbers["capacity-precision"]} %, a load failing when p99 > ${plan.p99LimitMs} ms or errors, twice running (at most ${plan.budgetSeconds} s per server)`,
  );
  const results = [
    await withTarget(samplanTarget, (t) => capacity(t, plan)),
    await withTarget(bareHocuspocusTarget, (t) => capacity(t, plan)),
  ];
  report.capacity = results;
  const [samplan, bare] = results as [CapacityResult, CapacityResult];
  console.table(
    results.map((r) => ({
      target: r.target,
      "participants held": r.heldParticipants,
      "first load that failed": r.failedParticipants ?? "—",
      "failed / held":
        r.failedParticipants && r.heldParticipants ? `×${(r.failedParticipants / r.heldParticipants).toFixed(2)}` : "—",
      "stopped by": r.stoppedBy === "budget" ? "time budget (not narrowed down)" : r.stoppedBy,
      loads: r.steps.length,
      seconds: r.seconds,
    })),
  );
  // The limit of each lies between what it held and what failed: so does the ratio.
  if (samplan.heldParticipants && bare.failedParticipants) {
    const low = samplan.heldParticipants / bare.failedParticipants;
    const high = samplan.failedParticipants ? samplan.failedParticipants / bare.heldParticipants : Number.NaN;
    report.capacityRatio = { held: samplan.heldParticipants / bare.heldParticipants, low, high };
    console.log(
      `Samplan / bare Hocuspocus capacity: ×${(samplan.heldParticipants / bare.heldParticipants).toFixed(2)} (between ×${low.toFixed(2)} and ×${high.toFixed(2)})`,
    );
  }
}

if (!args["skip-memory"]) {
  heading(`Memory: Samplan's RSS with ${args["memory-meetings"]} meetings loaded, then left`);
  report.memory = await memory(numbers["memory-meetings"]);
  console.table([report.memory]);
}

if (!args["skip-cold-load"]) {
  heading("Cold load of a meeting with a long history");
  report.coldLoad = await coldLoad(20_000);
  console.table(report.coldLoad);
}

heading("Client bundles (first load per view)");
report.bundles = bundleSizes(path.join(root, "client/dist"), path.join(root, "client/bundle-budget.json"));
console.table(report.bundles);

if (!args["skip-browser"]) {
  heading("Citizen view: time to usable on a throttled CPU");
  // A view being redesigned may no longer match the "usable" selector: say so, keep the other figures.
  report.citizenTimeToUsable = await citizenTimeToUsable().catch((error: Error) => ({
    error: `${error.message.split("\n")[0]} (adjust goalsUsable in citizenTimeToUsable.ts?)`,
  }));
  console.table([report.citizenTimeToUsable]);

  heading("Meeting page: components React renders per keystroke in a goal");
  report.planRenders = await planRenders().catch((error: Error) => ({ error: error.message.split("\n")[0] }));
  console.table([report.planRenders]);
}

// Lighthouse drives Chromium too, so --skip-browser leaves it out as well.
if (!args["skip-browser"] && !args["skip-lighthouse"]) {
  heading("Lighthouse: the citizen's first and repeat visit (mobile), the coordinator's meeting page (desktop)");
  try {
    const pages = await lighthouseRuns(path.join(out, `lighthouse-${stamp}`));
    report.lighthouse = { goals: Object.fromEntries(GOALS.map((g) => [g.key, g.goal])), pages };
    console.table(goalRows(pages));
    console.table(pageRows(pages));
  } catch (error) {
    // Scores of a sign-in page or a refusal would look fine and mean nothing: the bench fails instead.
    report.lighthouse = { error: (error as Error).message };
    console.error(`\nLIGHTHOUSE FAILED: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}

report.seconds = Math.round((Date.now() - started) / 1000);
report.loadAverageAtEnd = os.loadavg();
fs.mkdirSync(out, { recursive: true });
const file = path.join(out, `bench-${stamp}.json`);
fs.writeFileSync(file, JSON.stringify(report, null, 2));
console.log(`\nFigures written to ${path.relative(root, file)} (${report.seconds} s)`);
// Exits with process.exitCode: 0 unless a part failed in a way that must not pass unnoticed.
process.exit();
