// Samplan alone near its capacity, for a lever measured A/B from two trees run by run (before,
// after, before, after…): one fan-out at a fixed load, or a capacity search. Prints one JSON line
// with the load average at the start and end. At a fixed load the figure that depends least on how
// busy the machine is: the server's CPU per keystroke delivered (and per keystroke typed, each
// delivered to the other participants of its meeting).
//
//   node server/bench/capacityAB.ts --label after --meetings 180 [--seconds 10]
//   node server/bench/capacityAB.ts --label after --search [--capacity-start 200] [--capacity-precision 10]
import os from "node:os";
import { parseArgs } from "node:util";
import { z } from "zod";
import { capacity } from "./capacity.ts";
import { fanout } from "./fanout.ts";
import { samplanTarget } from "./targets.ts";

const { values: args } = parseArgs({
  options: {
    label: { type: "string", default: "" },
    meetings: { type: "string", default: "180" },
    seconds: { type: "string", default: "10" },
    search: { type: "boolean", default: false },
    "capacity-start": { type: "string", default: "200" },
    "capacity-precision": { type: "string", default: "10" },
    "capacity-budget": { type: "string", default: "120" },
  },
});
const numbers = z
  .object({
    meetings: z.coerce.number().int().positive(),
    seconds: z.coerce.number().positive(),
    "capacity-start": z.coerce.number().int().positive(),
    "capacity-precision": z.coerce.number().positive(),
    "capacity-budget": z.coerce.number().positive(),
  })
  .parse(args);
const participants = 10;
const loadAtStart = os.loadavg()[0]!;
const target = await samplanTarget();
try {
  if (args.search) {
    const result = await capacity(target, {
      start: numbers["capacity-start"],
      step: 10,
      precision: numbers["capacity-precision"] / 100,
      participants,
      workers: 2,
      seconds: 3,
      warmupMs: 2_000,
      p99LimitMs: 100,
      budgetSeconds: numbers["capacity-budget"],
    });
    console.log(
      JSON.stringify({
        label: args.label,
        held: result.heldParticipants,
        failed: result.failedParticipants,
        stoppedBy: result.stoppedBy,
        seconds: result.seconds,
        steps: result.steps.map((step) => [step.connections, Number(step.p99.toFixed(1)), step.errors]),
        load: [loadAtStart, os.loadavg()[0]!].map((v) => Number(v.toFixed(2))),
      }),
    );
  } else {
    const row = await fanout(target, {
      meetings: numbers.meetings,
      participants,
      seconds: numbers.seconds,
      workers: 2,
    });
    const cpuMicrosPerSecond = row.serverCpuPercent * 10_000;
    console.log(
      JSON.stringify({
        label: args.label,
        connections: row.connections,
        cpu: Number(row.serverCpuPercent.toFixed(1)),
        deliveredPerSecond: Math.round(row.deliveriesPerSecond),
        cpuMicrosPerDelivery: Number((cpuMicrosPerSecond / row.deliveriesPerSecond).toFixed(1)),
        cpuMicrosPerKeystroke: Number(((cpuMicrosPerSecond / row.deliveriesPerSecond) * (participants - 1)).toFixed(1)),
        p50: Number(row.p50.toFixed(1)),
        p99: Number(row.p99.toFixed(1)),
        errors: row.errors,
        loop: [row.eventLoopDelayP99Ms, row.eventLoopDelayMaxMs],
        load: [loadAtStart, os.loadavg()[0]!].map((v) => Number(v.toFixed(2))),
      }),
    );
  }
} finally {
  await target.stop();
}
