// The append alone, one insert per update (as before group commit) against DocumentStore's group
// commit, with k appends arriving in the same turn of the event loop (k keystrokes of different
// meetings read in one poll phase; k = 1 is a lone typist). CPU per append from
// process.cpuUsage (every thread of this process: the checkpoint thread's work is counted, since
// fewer commits also mean fewer log pages) and the wall time from an append's call to its promise.
// The variants alternate round by round and k by k, so a busy moment of the machine weighs on
// both alike. SQLite with its checkpoint thread, as the server runs it, and a throwaway PostgreSQL
// (there the CPU is this process's only; PostgreSQL's own is not counted).
//
//   node server/bench/groupCommit.ts [--turns 2000] [--rounds 3] [--ks 1,2,4,8,16] [--dialects sqlite,postgres]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { CompiledQuery } from "kysely";
import { z } from "zod";
import { DocumentStore } from "../src/storage/DocumentStore.ts";
import { type DatabaseHandle, openDatabase } from "../src/storage/openDatabase.ts";
import { createDatabase, startPostgres } from "../src/testing/throwawayServices.ts";

const { values } = parseArgs({
  options: {
    turns: { type: "string", default: "2000" },
    rounds: { type: "string", default: "3" },
    ks: { type: "string", default: "1,2,4,8,16" },
    dialects: { type: "string", default: "sqlite,postgres" },
  },
});
const options = z
  .object({
    turns: z.coerce.number().int().positive(),
    rounds: z.coerce.number().int().positive(),
    ks: z.string().transform((list) => list.split(",").map((k) => z.coerce.number().int().positive().parse(k))),
    dialects: z.string().transform((list) => list.split(",")),
  })
  .parse(values);

// A keystroke's update, about the size the fan-out's typist sends.
const update = new Uint8Array(48).fill(7);
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/** The append as it was before group commit: one single-row insert per update, awaited. */
function oneByOne(handle: DatabaseHandle) {
  const sql = handle.db
    .insertInto("document_updates")
    .values({ document_name: "", update: Buffer.alloc(0), received_at: "" })
    .compile().sql;
  return (documentName: string) =>
    handle.db
      .executeQuery(CompiledQuery.raw(sql, [documentName, Buffer.from(update), new Date().toISOString()]))
      .then(() => {});
}

async function measure(append: (documentName: string) => Promise<void>, k: number) {
  const names = Array.from({ length: k }, (_, i) => `meeting:${i}`);
  let waited = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let turn = 0; turn < options.turns; turn++) {
    const called = performance.now();
    await Promise.all(names.map((name) => append(name).then(() => (waited += performance.now() - called))));
    await nextTurn();
  }
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const appends = options.turns * k;
  return {
    cpuMicros: (used.user + used.system) / appends,
    waitMicros: (waited * 1000) / appends,
    wallMicros: (wall * 1000) / appends,
  };
}

const postgres = options.dialects.includes("postgres") ? await startPostgres() : null;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "samplan-group-commit-"));
try {
  for (const dialect of options.dialects) {
    const handle = await openDatabase(
      dialect === "postgres"
        ? { postgresUrl: await createDatabase(postgres!.url) }
        : { sqliteFile: path.join(dir, "group.sqlite") },
    );
    const store = new DocumentStore(handle.db, handle.dialect);
    const variants = {
      "one by one": oneByOne(handle),
      "group commit": (name: string) => store.append(name, update),
    };
    // Warm: statements prepared, JIT done.
    for (const append of Object.values(variants)) for (let i = 0; i < 300; i++) await append("meeting:warm");
    const rows: Record<string, string | number>[] = [];
    for (let round = 0; round < options.rounds; round++) {
      for (const k of options.ks) {
        const order = Object.entries(variants);
        if ((round + k) % 2) order.reverse();
        for (const [variant, append] of order) {
          const load = os.loadavg()[0]!;
          const result = await measure(append, k);
          rows.push({
            dialect,
            round,
            k,
            variant,
            "CPU µs/append": Number(result.cpuMicros.toFixed(1)),
            "append's wait µs": Number(result.waitMicros.toFixed(0)),
            "wall µs/append": Number(result.wallMicros.toFixed(1)),
            load: Number(load.toFixed(1)),
          });
        }
      }
      // A table stays small: the log is emptied between rounds.
      await handle.db.deleteFrom("document_updates").execute();
    }
    console.table(rows);
    const median = (list: number[]) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
    const summary: Record<string, string | number>[] = [];
    for (const k of options.ks)
      for (const variant of Object.keys(variants)) {
        const mine = rows.filter((row) => row.k === k && row.variant === variant);
        summary.push({
          dialect,
          k,
          variant,
          "CPU µs/append, median": median(mine.map((row) => row["CPU µs/append"] as number)),
          "wait µs, median": median(mine.map((row) => row["append's wait µs"] as number)),
        });
      }
    console.log(`${dialect}: medians of ${options.rounds} rounds of ${options.turns} turns`);
    console.table(summary);
    await handle.db.destroy();
  }
} finally {
  postgres?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
