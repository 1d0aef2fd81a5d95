// One fan-out against Samplan and one against bare Hocuspocus, the same load, and the ratio of
// their server CPU: the figure issue 25's CPU goal is written in (≤ ×1.3). Prints one JSON line,
// with the load average at the start and end, so a lever can be measured A/B from two trees,
// interleaved run by run (docs/benchmarks.md, "Lever: Samplan's CPU during fan-out").
//
//   node server/bench/cpuRatio.ts [--meetings 40] [--seconds 12] [--provider] [--bare-first]
import os from "node:os";
import { parseArgs } from "node:util";
import { z } from "zod";
import { type FanoutRow, fanout, meetingsOfTen } from "./fanout.ts";
import { bareHocuspocusTarget, samplanTarget, type Target } from "./targets.ts";

const { values: args } = parseArgs({
  options: {
    meetings: { type: "string", default: "40" },
    seconds: { type: "string", default: "12" },
    provider: { type: "boolean", default: false },
    "bare-first": { type: "boolean", default: false },
  },
});
const numbers = z
  .object({ meetings: z.coerce.number().int().positive(), seconds: z.coerce.number().positive() })
  .parse(args);
const load = meetingsOfTen(numbers.meetings, numbers.seconds, args.provider);

async function run(make: () => Promise<Target>): Promise<FanoutRow> {
  const target = await make();
  try {
    return await fanout(target, load);
  } finally {
    await target.stop();
  }
}

const loadAtStart = os.loadavg()[0]!;
// Which one runs first is the caller's to alternate: a machine growing busier then weighs on both.
const [first, second] = args["bare-first"]
  ? [await run(bareHocuspocusTarget), await run(samplanTarget)]
  : [await run(samplanTarget), await run(bareHocuspocusTarget)];
const [samplan, bare] = args["bare-first"] ? [second, first] : [first, second];
console.log(
  JSON.stringify({
    samplanCpu: Number(samplan.serverCpuPercent.toFixed(1)),
    bareCpu: Number(bare.serverCpuPercent.toFixed(1)),
    ratio: Number((samplan.serverCpuPercent / bare.serverCpuPercent).toFixed(2)),
    p50: [samplan.p50, bare.p50].map((v) => Number(v.toFixed(1))),
    p99: [samplan.p99, bare.p99].map((v) => Number(v.toFixed(1))),
    errors: samplan.errors + bare.errors,
    loop: [samplan.eventLoopDelayP99Ms, samplan.eventLoopDelayMaxMs],
    load: [loadAtStart, os.loadavg()[0]!].map((v) => Number(v.toFixed(2))),
  }),
);
