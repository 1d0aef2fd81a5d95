// `pnpm bench`: Samplan's server beside the bare library, on this machine. Prints a table and
// writes the figures as JSON to bench-results/. Not part of the test command.
//
//   pnpm bench [--meetings 100] [--participants 10] [--seconds 20] [--workers 2] [--skip-fanout]
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import { bundleSizes } from "./bundleSizes.ts";
import { coldLoad } from "./coldLoad.ts";
import { processStats } from "./processStats.ts";

const root = path.resolve(import.meta.dirname, "../..");
const { values: args } = parseArgs({
  options: {
    meetings: { type: "string", default: "100" },
    participants: { type: "string", default: "10" },
    seconds: { type: "string", default: "20" },
    workers: { type: "string", default: "2" },
    "skip-fanout": { type: "boolean", default: false },
  },
});
const meetings = Number(args.meetings);
const participants = Number(args.participants);
const seconds = Number(args.seconds);
const workers = Number(args.workers);

function start(command: string[], env: Record<string, string>): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, command, {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk;
      const match = /"port":(\d+)/.exec(out);
      if (match && /listening/i.test(out)) {
        child.stdout!.removeAllListeners("data");
        child.stdout!.resume();
        resolve({ child, port: Number(match[1]) });
      }
    });
    child.once("exit", (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
}

async function api(base: string, cookie: string | null, method: string, pathname: string, body?: unknown) {
  const response = await fetch(`${base}${pathname}`, {
    method,
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const setCookie = response.headers.get("set-cookie");
  return { body: (await response.json().catch(() => null)) as any, cookie: setCookie?.split(";")[0] ?? cookie };
}

/** Samplan with a fresh data directory, M meetings and a token for each. */
async function samplanTarget() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "samplan-bench-"));
  const { child, port } = await start(["server/src/main.ts"], {
    PORT: "0",
    SAMPLAN_DATA_DIR: dataDir,
    LOG_LEVEL: "info",
    SAMPLAN_CONNECTIONS_PER_MINUTE: "100000",
  });
  const base = `http://127.0.0.1:${port}`;
  const setupCode = fs.readFileSync(path.join(dataDir, "setup-code"), "utf8").trim();
  const setup = await api(base, null, "POST", "/api/setup", {
    setupCode,
    username: "bench",
    displayName: "Bench",
    password: "benchmark-password",
  });
  const cookie = setup.cookie;
  const kase = await api(base, cookie, "POST", "/api/cases", { citizenName: "Bench" });
  const list = [];
  for (let i = 0; i < meetings; i++) {
    const meeting = (
      await api(base, cookie, "POST", `/api/cases/${kase.body.id}/meetings`, {
        title: `M${i}`,
        startsAt: "2026-12-01T10:00:00Z",
      })
    ).body;
    const token = (await api(base, cookie, "POST", `/api/meetings/${meeting.id}/connection-token`)).body.token;
    list.push({ documentName: meeting.documentName, token });
  }
  return {
    child,
    url: `ws://127.0.0.1:${port}/collaboration`,
    meetings: list,
    cleanup: () => fs.rmSync(dataDir, { recursive: true, force: true }),
  };
}

async function bareTarget() {
  const { child, port } = await start(["server/bench/bareHocuspocus.ts"], {});
  const list = Array.from({ length: meetings }, (_, i) => ({ documentName: `bench-${i}`, token: "bench" }));
  return { child, url: `ws://127.0.0.1:${port}`, meetings: list, cleanup: () => {} };
}

function percentile(sorted: number[], p: number) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : Number.NaN;
}

async function fanout(name: string, target: Awaited<ReturnType<typeof samplanTarget>>) {
  const pid = target.child.pid!;
  const before = processStats(pid);
  const warmupMs = 3_000;
  const jobs = Array.from({ length: workers }, (_, w) => ({
    url: target.url,
    meetings: target.meetings.filter((_, i) => i % workers === w).map((m) => ({ ...m, participants, typist: true })),
    typingHz: 5,
    durationMs: seconds * 1000,
    warmupMs,
  }));
  let peakRss = 0;
  let afterWarmup = before;
  const sampler = setInterval(() => {
    const stats = processStats(pid);
    peakRss = Math.max(peakRss, stats.rssBytes);
  }, 500);
  setTimeout(() => {
    afterWarmup = processStats(pid);
  }, warmupMs);
  const results = await Promise.all(
    jobs.map(
      (job) =>
        new Promise<{ latencies: number[]; messagesIn: number; errors: number; seconds: number }>((resolve, reject) => {
          const worker = new Worker(new URL("./loadClient.ts", import.meta.url), { workerData: job });
          worker.once("message", resolve);
          worker.once("error", reject);
        }),
    ),
  );
  clearInterval(sampler);
  const after = processStats(pid);
  const latencies = results.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const measured = results[0]?.seconds ?? seconds;
  return {
    target: name,
    connections: meetings * participants,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? Number.NaN,
    deliveries: latencies.length,
    messagesPerSecond: results.reduce((sum, r) => sum + r.messagesIn, 0) / measured,
    errors: results.reduce((sum, r) => sum + r.errors, 0),
    serverCpuPercent: ((after.cpuSeconds - afterWarmup.cpuSeconds) / measured) * 100,
    serverPeakRssMb: peakRss / 1024 / 1024,
  };
}

const report: Record<string, unknown> = {
  machine: {
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model,
    memoryGb: Math.round(os.totalmem() / 1e9),
    node: process.version,
  },
  parameters: { meetings, participants, seconds, workers },
  at: new Date().toISOString(),
};

if (!args["skip-fanout"]) {
  const rows = [];
  for (const [name, make] of [
    ["samplan", samplanTarget],
    ["bare hocuspocus", bareTarget],
  ] as const) {
    const target = await make();
    try {
      rows.push(await fanout(name, target));
    } finally {
      target.child.kill("SIGTERM");
      target.cleanup();
    }
  }
  report.fanout = rows;
  console.log(
    `\nFan-out: ${meetings} meetings × ${participants} participants, one typist per meeting at 5 keystrokes/s, ${seconds} s`,
  );
  console.table(
    rows.map((r) => ({
      target: r.target,
      "p50 ms": r.p50.toFixed(1),
      "p95 ms": r.p95.toFixed(1),
      "p99 ms": r.p99.toFixed(1),
      "max ms": r.max.toFixed(1),
      "msg/s in": Math.round(r.messagesPerSecond),
      errors: r.errors,
      "server CPU %": r.serverCpuPercent.toFixed(0),
      "server RSS MB": r.serverPeakRssMb.toFixed(0),
    })),
  );
  const [samplan, bare] = rows;
  if (samplan && bare) {
    report.ratio = { p50: samplan.p50 / bare.p50, throughput: samplan.messagesPerSecond / bare.messagesPerSecond };
    console.log(
      `Samplan / bare Hocuspocus: p50 ×${(samplan.p50 / bare.p50).toFixed(2)}, throughput ×${(samplan.messagesPerSecond / bare.messagesPerSecond).toFixed(2)}`,
    );
  }
}

report.coldLoad = await coldLoad(20_000);
console.log("\nCold load of a meeting with a long history");
console.table(report.coldLoad);

report.bundles = bundleSizes(path.join(root, "client/dist"), path.join(root, "client/bundle-budget.json"));
console.log("\nClient bundles (first load per view)");
console.table(report.bundles);

const out = path.join(root, "bench-results");
fs.mkdirSync(out, { recursive: true });
const file = path.join(out, `bench-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
fs.writeFileSync(file, JSON.stringify(report, null, 2));
console.log(`\nFigures written to ${path.relative(root, file)}`);
process.exit(0);
