// Capacity: how many participants one server holds before the fan-out p99 passes a limit or
// errors appear, to a precision (10 %: 2,500 held, 2,750 failed) rather than a power of two; the
// loads tried are CapacitySearch's. A load fails only if it fails twice running: one slow moment
// on a shared machine is not the server's limit. Bounded by a time budget, so `pnpm bench` stays
// within its minutes on two cores; when the budget ends first the table says how far it got.
import { setTimeout as sleep } from "node:timers/promises";
import { CapacitySearch } from "./CapacitySearch.ts";
import { type FanoutRow, fanout } from "./fanout.ts";
import { processStats } from "./processStats.ts";
import type { Target } from "./targets.ts";

/** Waits (at most 15 s) until the server has worked off the last load: its CPU below 10 %. */
async function settle(pid: number) {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const before = processStats(pid).cpuSeconds;
    await sleep(500);
    if (processStats(pid).cpuSeconds - before < 0.05) return;
  }
}

export interface CapacityPlan {
  /** The first load, in meetings (each of `participants`). */
  start: number;
  /** Loads are whole multiples of this many meetings. */
  step: number;
  /** The search ends once the first failed load is at most this fraction above the last held one. */
  precision: number;
  participants: number;
  workers: number;
  /** Measured seconds per load, after a warm-up. */
  seconds: number;
  warmupMs: number;
  p99LimitMs: number;
  budgetSeconds: number;
}

export interface CapacityResult {
  target: string;
  /** Participants in the largest load within the limit, without errors. */
  heldParticipants: number;
  /** The smallest load that failed, if one did. */
  failedParticipants: number | null;
  /** Why the search ended: it found the limit (by p99 or errors) to the precision, or ran out of time. */
  stoppedBy: "p99" | "errors" | "budget";
  seconds: number;
  steps: FanoutRow[];
}

export async function capacity(target: Target, plan: CapacityPlan): Promise<CapacityResult> {
  const started = Date.now();
  const steps: FanoutRow[] = [];
  let lastProbeMs = 0;
  const run = async (meetings: number) => {
    const connections = meetings * plan.participants;
    const probeStarted = Date.now();
    await settle(target.child.pid!);
    const row = await fanout(target, {
      meetings,
      participants: plan.participants,
      seconds: plan.seconds,
      workers: plan.workers,
      warmupMs: plan.warmupMs,
    });
    steps.push(row);
    lastProbeMs = Date.now() - probeStarted;
    const delay =
      row.eventLoopDelayMaxMs === null ? "" : `, event loop held up to ${row.eventLoopDelayMaxMs.toFixed(0)} ms`;
    console.log(
      `  ${target.name}: ${connections} participants, p99 ${row.p99.toFixed(1)} ms, ${row.errors} errors, CPU ${row.serverCpuPercent.toFixed(0)} %${delay} (${(lastProbeMs / 1000).toFixed(0)} s)`,
    );
    return row;
  };
  const failure = (row: FanoutRow) => (row.errors > 0 ? "errors" : row.p99 <= plan.p99LimitMs ? null : "p99");
  const fails = async (meetings: number) => {
    const first = failure(await run(meetings));
    return first && failure(await run(meetings));
  };
  // The next load takes about as long as the last, or a little more.
  const outOfTime = () => Date.now() - started + lastProbeMs * 1.3 > plan.budgetSeconds * 1000;
  const search = new CapacitySearch(plan.start, plan.step, plan.precision);
  let reason: "p99" | "errors" | null = null;
  for (let meetings = search.next(); meetings !== null && !outOfTime(); meetings = search.next()) {
    const failedBy = await fails(meetings);
    if (failedBy) reason = failedBy;
    search.record(meetings, !failedBy);
  }
  return {
    target: target.name,
    heldParticipants: search.held * plan.participants,
    failedParticipants: search.failed === null ? null : search.failed * plan.participants,
    stoppedBy: search.next() === null && reason ? reason : "budget",
    seconds: Math.round((Date.now() - started) / 1000),
    steps,
  };
}
