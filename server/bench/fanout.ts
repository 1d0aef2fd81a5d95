// Fan-out latency: M meetings × P participants against one target, the participants spread over
// worker threads so the load generator is not what the figures measure.
import { Worker } from "node:worker_threads";
import type { LoadJob, LoadMessage, LoadResult } from "./loadClient.ts";
import { processStats } from "./processStats.ts";
import type { Target } from "./targets.ts";

export interface FanoutLoad {
  meetings: number;
  participants: number;
  seconds: number;
  workers: number;
  /**
   * Nothing is recorded before this has passed and every participant has the server's state
   * (at most a minute more): a connection storm is not steady typing.
   */
  warmupMs?: number;
  /** Raw websocket participants (the default), or HocuspocusProvider ones as in the browser. */
  clients?: "raw" | "provider";
  /** A backspace every fifth keystroke. */
  deletions?: boolean;
}

/**
 * The load the A/B scripts (cpuRatio, cpuThreads, cpuAblation) run: ten participants to a meeting
 * and two load workers, as the bench's own fan-out; with `provider`, the browser's client and its
 * deletions.
 */
export function meetingsOfTen(meetings: number, seconds: number, provider: boolean): FanoutLoad {
  return {
    meetings,
    participants: 10,
    seconds,
    workers: 2,
    ...(provider ? { clients: "provider", deletions: true } : {}),
  };
}

export interface FanoutRow {
  target: string;
  workers: number;
  connections: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  deliveries: number;
  /** Keystroke updates arriving at participants per second: the same in every protocol. */
  deliveriesPerSecond: number;
  /** Every websocket message the participants received, acknowledgements and awareness included. */
  messagesPerSecond: number;
  errors: number;
  serverCpuPercent: number;
  serverPeakRssMb: number;
  /**
   * How long Samplan's event loop was held up while measuring (from its /metrics), null for the
   * bare servers. High delay with low CPU means the server was blocked (a synchronous write
   * waiting on the disk, say), not busy; low delay with slow deliveries points at the load.
   */
  eventLoopDelayP99Ms: number | null;
  eventLoopDelayMaxMs: number | null;
}

/**
 * prom-client samples the loop every 10 ms (its default, which Samplan keeps), and each sample
 * includes that interval: an idle loop reads 10 ms.
 */
const LOOP_SAMPLE_MS = 10;

/** Samplan's event-loop delay since the last scrape: prom-client resets its histogram on each. */
async function eventLoopDelay(http: string | null) {
  if (!http) return null;
  const text = await (await fetch(`${http}/metrics`)).text();
  const gauge = (name: string) => {
    const seconds = Number(new RegExp(`^samplan_nodejs_eventloop_lag_${name}_seconds (\\S+)`, "m").exec(text)?.[1]);
    return Math.max(0, seconds * 1000 - LOOP_SAMPLE_MS);
  };
  return { p99: gauge("p99"), max: gauge("max") };
}

function percentile(sorted: number[], p: number) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : Number.NaN;
}

export async function fanout(target: Target, load: FanoutLoad): Promise<FanoutRow> {
  const { participants, seconds, workers } = load;
  const warmupMs = load.warmupMs ?? 3_000;
  const meetings = await target.meetings(load.meetings);
  const pid = target.child.pid!;
  const jobs: LoadJob[] = Array.from({ length: workers }, (_, w) => ({
    url: target.url,
    wire: target.wire,
    meetings: meetings.filter((_, i) => i % workers === w).map((m) => ({ ...m, participants, typist: true })),
    typingHz: 5,
    durationMs: seconds * 1000,
    clients: load.clients ?? "raw",
    deletions: load.deletions ?? false,
  }));
  let peakRss = 0;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, processStats(pid).rssBytes);
  }, 500);
  const started = Date.now();
  const running = jobs.map((job) => {
    const worker = new Worker(new URL("./loadClient.ts", import.meta.url), { workerData: job });
    const synced = new Promise<void>((resolve) =>
      worker.on("message", (message: LoadMessage) => message.kind === "synced" && resolve()),
    );
    const result = new Promise<LoadResult>((resolve, reject) => {
      worker.on("message", (message: LoadMessage) => message.kind === "result" && resolve(message));
      worker.once("error", reject);
    });
    return { worker, synced, result };
  });
  await Promise.race([
    Promise.all(running.map((r) => r.synced)),
    new Promise((resolve) => setTimeout(resolve, warmupMs + 60_000)),
  ]);
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, warmupMs - (Date.now() - started))));
  await eventLoopDelay(target.http);
  const afterWarmup = { ...processStats(pid), at: performance.now() };
  for (const { worker } of running) worker.postMessage({ kind: "start" } satisfies LoadMessage);
  // Read just before the participants leave, so their leaving is not in the figures.
  const beforeLeaving = new Promise<{
    cpuSeconds: number;
    at: number;
    delay: Awaited<ReturnType<typeof eventLoopDelay>>;
  }>((resolve) =>
    setTimeout(
      async () => resolve({ ...processStats(pid), at: performance.now(), delay: await eventLoopDelay(target.http) }),
      Math.max(0, seconds * 1000 - 300),
    ),
  );
  const results = await Promise.all(running.map((r) => r.result));
  clearInterval(sampler);
  const { delay, ...after } = await beforeLeaving;
  const latencies = results.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const measured = results[0]?.seconds ?? seconds;
  return {
    target: target.name,
    workers,
    connections: load.meetings * participants,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? Number.NaN,
    deliveries: latencies.length,
    deliveriesPerSecond: latencies.length / measured,
    messagesPerSecond: results.reduce((sum, r) => sum + r.messagesIn, 0) / measured,
    errors: results.reduce((sum, r) => sum + r.errors, 0),
    serverCpuPercent: ((after.cpuSeconds - afterWarmup.cpuSeconds) / ((after.at - afterWarmup.at) / 1000)) * 100,
    serverPeakRssMb: peakRss / 1024 / 1024,
    eventLoopDelayP99Ms: delay?.p99 ?? null,
    eventLoopDelayMaxMs: delay?.max ?? null,
  };
}

/** The row as the printed table shows it. */
export function fanoutTableRow(r: FanoutRow) {
  return {
    target: r.target,
    workers: r.workers,
    connections: r.connections,
    "p50 ms": r.p50.toFixed(1),
    "p95 ms": r.p95.toFixed(1),
    "p99 ms": r.p99.toFixed(1),
    "max ms": r.max.toFixed(1),
    "updates/s delivered": Math.round(r.deliveriesPerSecond),
    "msg/s in": Math.round(r.messagesPerSecond),
    errors: r.errors,
    "server CPU %": r.serverCpuPercent.toFixed(0),
    "server RSS MB": r.serverPeakRssMb.toFixed(0),
    "loop delay p99/max ms":
      r.eventLoopDelayP99Ms === null ? "—" : `${r.eventLoopDelayP99Ms.toFixed(0)}/${r.eventLoopDelayMaxMs?.toFixed(0)}`,
  };
}
