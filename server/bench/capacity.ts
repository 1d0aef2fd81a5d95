// Capacity: meetings added in steps against one running server until the fan-out p99 passes a
// limit or errors appear. Bounded by a time budget, so `pnpm bench` stays within its minutes on
// two cores; a server that is still within the limit when the budget runs out is reported as
// holding at least that many.
import { type FanoutRow, fanout } from "./fanout.ts";
import type { Target } from "./targets.ts";

export interface CapacityPlan {
  /** Meetings added per step (each of `participants`). */
  step: number;
  participants: number;
  workers: number;
  /** Measured seconds per step, after a short warm-up. */
  seconds: number;
  p99LimitMs: number;
  budgetSeconds: number;
}

export interface CapacityResult {
  target: string;
  /** Participants in the largest step within the limit, without errors. */
  heldParticipants: number;
  /** Why stepping ended: over the limit, errors, or the time budget (then the server held at least this). */
  stoppedBy: "p99" | "errors" | "budget";
  steps: FanoutRow[];
}

export async function capacity(target: Target, plan: CapacityPlan): Promise<CapacityResult> {
  const started = Date.now();
  const steps: FanoutRow[] = [];
  let held = 0;
  for (let meetings = plan.step; ; meetings += plan.step) {
    const row = await fanout(target, {
      meetings,
      participants: plan.participants,
      seconds: plan.seconds,
      workers: plan.workers,
      warmupMs: 3_000,
    });
    steps.push(row);
    console.log(
      `  ${target.name}: ${row.connections} participants, p99 ${row.p99.toFixed(1)} ms, ${row.errors} errors`,
    );
    if (row.errors > 0) return { target: target.name, heldParticipants: held, stoppedBy: "errors", steps };
    if (!(row.p99 <= plan.p99LimitMs)) return { target: target.name, heldParticipants: held, stoppedBy: "p99", steps };
    held = row.connections;
    // The next step takes about as long as this one did, and a little more.
    const perStep = (Date.now() - started) / steps.length;
    if (Date.now() - started + perStep * 1.2 > plan.budgetSeconds * 1000) {
      return { target: target.name, heldParticipants: held, stoppedBy: "budget", steps };
    }
  }
}
