// Server CPU per delivered keystroke, for Samplan with one extension or one cost left out
// (ablation.ts), each run right beside one of Samplan with everything (through the same preload),
// and bare Hocuspocus once a round, under the same fan-out. On a shared machine CPU per delivery
// still grows with the load (cores shared, caches cold), so what a variant saves is read from its
// pair, run back to back, not from runs minutes apart.
//
//   node server/bench/cpuAblation.ts [--meetings 30] [--seconds 10] [--rounds 2] [--provider]
//     [--only Attribution,outage-wrapper,…]
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { fanout, meetingsOfTen } from "./fanout.ts";
import { bareHocuspocusTarget, samplanTarget, type Target } from "./targets.ts";

const VARIANTS = [
  "outage-wrapper",
  "append-timer",
  "AccessGuard",
  "AccessDeadline",
  "SectionGuard",
  "Attribution",
  "DocumentPersistence",
  "MeetingSnapshots",
  "MetricsCollector",
  "AuditTrail",
  "PresenceIdentity",
  "SlowReaderGuard",
  "ChairClock",
  "ConnectionLog",
] as const;

const { values: args } = parseArgs({
  options: {
    meetings: { type: "string", default: "30" },
    seconds: { type: "string", default: "10" },
    rounds: { type: "string", default: "2" },
    provider: { type: "boolean", default: false },
    only: { type: "string" },
  },
});
const numbers = z
  .object({
    meetings: z.coerce.number().int().positive(),
    seconds: z.coerce.number().positive(),
    rounds: z.coerce.number().int().positive(),
  })
  .parse(args);
const variants = args.only ? args.only.split(",") : [...VARIANTS];
const load = meetingsOfTen(numbers.meetings, numbers.seconds, args.provider);
const preload = path.join(import.meta.dirname, "ablation.ts");

function target(variant: string): Promise<Target> {
  if (variant === "bare") return bareHocuspocusTarget();
  return samplanTarget({
    env: { NODE_OPTIONS: `--import=${preload}`, SAMPLAN_BENCH_LEAVE_OUT: variant === "all" ? "" : variant },
  });
}

/** Server CPU µs per delivered keystroke of one fan-out against `variant`. */
async function cpuPerDelivery(variant: string, round: number): Promise<number> {
  const started = await target(variant);
  try {
    const row = await fanout(started, load);
    // Server CPU seconds per second, over deliveries per second.
    const microseconds = ((row.serverCpuPercent / 100) * 1e6) / row.deliveriesPerSecond;
    console.log(
      JSON.stringify({
        round,
        variant,
        cpuUsPerDelivery: Number(microseconds.toFixed(2)),
        cpu: Number(row.serverCpuPercent.toFixed(1)),
        deliveriesPerSecond: Math.round(row.deliveriesPerSecond),
        messagesPerSecond: Math.round(row.messagesPerSecond),
        p50: Number(row.p50.toFixed(1)),
        errors: row.errors,
        load: Number(os.loadavg()[0]!.toFixed(2)),
      }),
    );
    return microseconds;
  } finally {
    await started.stop();
  }
}

const all: number[] = [];
const bare: number[] = [];
const saved = new Map<string, number[]>();
for (let round = 0; round < numbers.rounds; round++) {
  bare.push(await cpuPerDelivery("bare", round));
  for (const [i, variant] of variants.entries()) {
    // Which of the pair goes first alternates, so a machine growing busier weighs on both alike.
    const allFirst = (i + round) % 2 === 0;
    const first = await cpuPerDelivery(allFirst ? "all" : variant, round);
    const second = await cpuPerDelivery(allFirst ? variant : "all", round);
    const [withAll, without] = allFirst ? [first, second] : [second, first];
    all.push(withAll);
    saved.set(variant, [...(saved.get(variant) ?? []), withAll - without]);
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
console.log(JSON.stringify({ allMedian: Number(median(all).toFixed(2)), bareMedian: Number(median(bare).toFixed(2)) }));
console.table(
  [...saved].map(([variant, values]) => ({
    "left out": variant,
    "µs per delivery saved, median of pairs": median(values).toFixed(2),
    pairs: values.map((v) => v.toFixed(2)).join(" "),
    "share of Samplan's extra over bare": `${((median(values) / (median(all) - median(bare))) * 100).toFixed(0)} %`,
  })),
);
