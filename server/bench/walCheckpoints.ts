// SQLite alone: appends at a steady rate, as a busy server makes them, with SQLite's own
// checkpoints (inside the appends, as before) and with the checkpoint thread (WalCheckpointer),
// the variants interleaved run by run so a busy moment of the machine weighs on all alike.
// Prints the slowest appends, the event loop's delay and the largest the WAL file grew.
//
//   node server/bench/walCheckpoints.ts [--seconds 8] [--rate 2000] [--rounds 3] [--limits 4,16]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { z } from "zod";
import { DocumentStore } from "../src/storage/DocumentStore.ts";
import { openDatabase, SQLITE_CHECKPOINTS, type SqliteCheckpoints } from "../src/storage/openDatabase.ts";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "8" },
    rate: { type: "string", default: "2000" },
    rounds: { type: "string", default: "3" },
    limits: { type: "string", default: "16" },
  },
});
const options = z
  .object({
    seconds: z.coerce.number().positive(),
    rate: z.coerce.number().int().positive(),
    rounds: z.coerce.number().int().positive(),
    limits: z.string().transform((list) => list.split(",").map((mb) => z.coerce.number().positive().parse(mb))),
  })
  .parse(values);

const variants: { name: string; checkpoints: SqliteCheckpoints | null }[] = [
  { name: "SQLite's own checkpoints", checkpoints: null },
  ...options.limits.map((mb) => ({
    name: `checkpoint thread, reset past ${mb} MB`,
    checkpoints: { ...SQLITE_CHECKPOINTS, resetAboveBytes: mb * 1024 * 1024 },
  })),
];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

async function run(checkpoints: SqliteCheckpoints | null) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "samplan-wal-"));
  const file = path.join(dir, "samplan.sqlite");
  const { db } = await openDatabase({ sqliteFile: file }, { checkpoints });
  const store = new DocumentStore(db, "sqlite");
  const update = new Uint8Array(48).map((_, i) => (i * 37) % 251);
  const took: number[] = [];
  let walMax = 0;
  const loadBefore = os.loadavg()[0]!;
  const loop = monitorEventLoopDelay({ resolution: 1 });
  loop.enable();
  const started = performance.now();
  // Each millisecond, the appends due by now: after a stall the ones that waited come at once.
  while (performance.now() - started < options.seconds * 1000) {
    const due = Math.floor(((performance.now() - started) / 1000) * options.rate) - took.length;
    for (let i = 0; i < Math.min(due, 100); i++) {
      const at = performance.now();
      await store.append(`meeting-${took.length % 100}`, update);
      took.push(performance.now() - at);
    }
    walMax = Math.max(walMax, fs.statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0);
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  loop.disable();
  await db.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
  took.sort((a, b) => a - b);
  return {
    appends: took.length,
    "append p50 µs": Math.round(percentile(took, 0.5) * 1000),
    "append p99 µs": Math.round(percentile(took, 0.99) * 1000),
    "append p99.9 ms": Number(percentile(took, 0.999).toFixed(1)),
    "slowest append ms": Number(took.at(-1)!.toFixed(1)),
    "loop delay p99 ms": Number((loop.percentile(99) / 1e6).toFixed(1)),
    "loop delay max ms": Number((loop.max / 1e6).toFixed(1)),
    "WAL max MB": Number((walMax / 1024 / 1024).toFixed(1)),
    "load avg": `${loadBefore.toFixed(1)}–${os.loadavg()[0]!.toFixed(1)}`,
  };
}

console.log(`${options.rate} appends/s for ${options.seconds} s, ${options.rounds} rounds, variants interleaved`);
const rows = [];
for (let round = 1; round <= options.rounds; round++) {
  for (const variant of variants) rows.push({ variant: variant.name, round, ...(await run(variant.checkpoints)) });
}
console.table(rows);
