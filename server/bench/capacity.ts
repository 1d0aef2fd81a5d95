// Capacity: how many participants one server holds before the fan-out p99 passes a limit or
// errors appear. Meetings double from one step (20 meetings × 10) until a load fails, then the
// limit is narrowed down between the last load that held and the first that failed, to one step.
// A load fails only if it fails twice running: one slow moment on a shared machine is not the
// server's limit. Bounded by a time budget, so `pnpm bench` stays within its minutes on two cores.
import { setTimeout as sleep } from "node:timers/promises";
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
  /** Meetings per step (each of `participants`): the smallest load, and the precision of the answer. */
  step: number;
  participants: number;
  workers: number;
  /** Measured seconds per load, after a warm-up. */
  seconds: number;
  p99LimitMs: number;
  budgetSeconds: number;
}

export interface CapacityResult {
  target: string;
  /** Participants in the largest load within the limit, without errors. */
  heldParticipants: number;
  /** The smallest load that failed, if one did. */
  failedParticipants: number | null;
  /** Why the search ended: it found the limit (by p99 or errors), or ran out of time. */
  stoppedBy: "p99" | "errors" | "budget";
  steps: FanoutRow[];
}

export async function capacity(target: Target, plan: CapacityPlan): Promise<CapacityResult> {
  const started = Date.now();
  const steps: FanoutRow[] = [];
  const run = async (meetings: number) => {
    const connections = meetings * plan.participants;
    await settle(target.child.pid!);
    const row = await fanout(target, {
      meetings,
      participants: plan.participants,
      seconds: plan.seconds,
      workers: plan.workers,
      warmupMs: 3_000,
    });
    steps.push(row);
    const delay =
      row.eventLoopDelayMaxMs === null ? "" : `, event loop held up to ${row.eventLoopDelayMaxMs.toFixed(0)} ms`;
    console.log(
      `  ${target.name}: ${connections} participants, p99 ${row.p99.toFixed(1)} ms, ${row.errors} errors, CPU ${row.serverCpuPercent.toFixed(0)} %${delay}`,
    );
    return row;
  };
  const failure = (row: FanoutRow) => (row.errors > 0 ? "errors" : row.p99 <= plan.p99LimitMs ? null : "p99");
  const fails = async (meetings: number) => {
    const first = failure(await run(meetings));
    return first && failure(await run(meetings));
  };
  // The next load takes about as long as the average so far, and a little more.
  const outOfTime = () =>
    Date.now() - started + ((Date.now() - started) / steps.length) * 1.2 > plan.budgetSeconds * 1000;

  let held = 0;
  let failed: number | null = null;
  let reason: "p99" | "errors" | null = null;
  for (let meetings = plan.step; failed === null; meetings *= 2) {
    const failedBy = await fails(meetings);
    if (failedBy) {
      failed = meetings;
      reason = failedBy;
    } else held = meetings;
    if (failed === null && outOfTime()) break;
  }
  while (failed !== null && failed - held > plan.step && !outOfTime()) {
    const middle = held + Math.floor((failed - held) / plan.step / 2) * plan.step;
    const failedBy = await fails(middle);
    if (failedBy) {
      failed = middle;
      reason = failedBy;
    } else held = middle;
  }
  const narrowed = failed !== null && failed - held <= plan.step;
  return {
    target: target.name,
    heldParticipants: held * plan.participants,
    failedParticipants: failed === null ? null : failed * plan.participants,
    stoppedBy: narrowed && reason ? reason : "budget",
    steps,
  };
}
