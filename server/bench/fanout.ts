// Fan-out latency: M meetings × P participants against one target, the participants spread over
// worker threads so the load generator is not what the figures measure.
import { Worker } from "node:worker_threads";
import type { LoadJob, LoadResult } from "./loadClient.ts";
import { processStats } from "./processStats.ts";
import type { Target } from "./targets.ts";

export interface FanoutLoad {
  meetings: number;
  participants: number;
  seconds: number;
  workers: number;
  /** Connections settle and the JIT warms before anything is recorded. */
  warmupMs?: number;
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
    warmupMs,
  }));
  let peakRss = 0;
  let afterWarmup = processStats(pid);
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, processStats(pid).rssBytes);
  }, 500);
  const warm = setTimeout(() => {
    afterWarmup = processStats(pid);
  }, warmupMs);
  const results = await Promise.all(
    jobs.map(
      (job) =>
        new Promise<LoadResult>((resolve, reject) => {
          const worker = new Worker(new URL("./loadClient.ts", import.meta.url), { workerData: job });
          worker.once("message", resolve);
          worker.once("error", reject);
        }),
    ),
  );
  clearInterval(sampler);
  clearTimeout(warm);
  const after = processStats(pid);
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
    serverCpuPercent: ((after.cpuSeconds - afterWarmup.cpuSeconds) / measured) * 100,
    serverPeakRssMb: peakRss / 1024 / 1024,
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
  };
}
