/**
 * Cold load alone, in about a minute: `node server/bench/coldLoadAlone.ts [updates] [runs] [--full-merge]`.
 * Where the time of loading a long raw log goes (the read, the Yjs apply), beside the bare
 * library's floor on the same updates, so a figure for the store can be judged against what Yjs
 * itself needs. SQLite and a throwaway PostgreSQL, as `pnpm bench` does.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createMeetingDocument } from "@samplan/shared/model";
import * as Y from "yjs";
import { DocumentStore } from "../src/storage/DocumentStore.ts";
import { openDatabase } from "../src/storage/openDatabase.ts";
import { createDatabase, startPostgres } from "../src/testing/throwawayServices.ts";
import { history } from "./coldLoad.ts";

const count = Number(process.argv[2] ?? 20_000);
const runs = Number(process.argv[3] ?? 7);

function median(measure: () => number) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(measure());
  return Number(times.sort((a, b) => a - b)[Math.floor(runs / 2)]!.toFixed(1));
}

function timed(work: () => void): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

const updates = history(count);
const floor = {
  "one by one, plain Y.Doc": median(() =>
    timed(() => {
      const doc = new Y.Doc();
      for (const update of updates) Y.applyUpdate(doc, update);
      doc.destroy();
    }),
  ),
  "one by one in one transaction": median(() =>
    timed(() => {
      const doc = new Y.Doc();
      doc.transact(() => {
        for (const update of updates) Y.applyUpdate(doc, update);
      });
      doc.destroy();
    }),
  ),
  // Yjs's own merge in small chunks, then the merged updates applied: tried for issue 25 and not
  // kept, since merging costs about what applying does, per update (docs/benchmarks.md).
  ...Object.fromEntries(
    [8, 16, 32, 64].map((size) => [
      `Y.mergeUpdates in chunks of ${size}, then apply`,
      median(() =>
        timed(() => {
          const doc = new Y.Doc();
          doc.transact(() => {
            for (let i = 0; i < updates.length; i += size)
              Y.applyUpdate(doc, Y.mergeUpdates(updates.slice(i, i + size)));
          });
          doc.destroy();
        }),
      ),
    ]),
  ),
  // Once, and only with --full-merge: it takes seconds, minutes on a busy machine.
  ...(process.argv.includes("--full-merge")
    ? {
        "Y.mergeUpdates + one apply (one run)": Number(
          timed(() => {
            const doc = new Y.Doc();
            Y.applyUpdate(doc, Y.mergeUpdates(updates));
            doc.destroy();
          }).toFixed(1),
        ),
      }
    : {}),
  "compacted state, one apply": median(() => {
    const state = Y.mergeUpdates(updates);
    return timed(() => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, state);
      doc.destroy();
    });
  }),
};
console.log(`bare Yjs, ${count} updates, median of ${runs} (ms), load average ${os.loadavg()[0]!.toFixed(1)}:`);
console.table(floor);

const postgres = await startPostgres();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "samplan-cold-alone-"));
try {
  for (const [dialect, target] of [
    ["sqlite", { sqliteFile: path.join(dir, "alone.sqlite") }],
    ["postgres", { postgresUrl: await createDatabase(postgres.url) }],
  ] as const) {
    const handle = await openDatabase(target);
    const store = new DocumentStore(handle.db, handle.dialect);
    for (const update of updates) await store.append("meeting:alone", update);
    // Before and now interleaved, run by run, so a busy machine weighs on both alike. "Before" is
    // the read as it was until the lean read (a row, an object and a Buffer per update).
    const readRows = async () =>
      (
        await handle.db
          .selectFrom("document_updates")
          .select("update")
          .where("document_name", "=", "meeting:alone")
          .orderBy("id")
          .execute()
      ).map((row) => row.update as Uint8Array);
    const times = {
      "read, rows before": [] as number[],
      "read now": [] as number[],
      "apply one by one": [] as number[],
    };
    const totals = { before: [] as number[], now: [] as number[] };
    const loads: number[] = [];
    for (let run = 0; run < runs; run++) {
      loads.push(os.loadavg()[0]!);
      let started = performance.now();
      await readRows();
      times["read, rows before"].push(performance.now() - started);
      started = performance.now();
      const stored = await store.load("meeting:alone");
      times["read now"].push(performance.now() - started);
      times["apply one by one"].push(
        timed(() => {
          const doc = createMeetingDocument();
          doc.transact(() => {
            for (const update of stored) Y.applyUpdate(doc, update);
          });
          doc.destroy();
        }),
      );
      // Which goes first alternates, so neither always pays for the other's garbage.
      const before = async () => {
        const started = performance.now();
        const old = createMeetingDocument();
        const log = await readRows();
        old.transact(() => {
          for (const update of log) Y.applyUpdate(old, update);
        });
        Y.encodeStateAsUpdate(old);
        old.destroy();
        totals.before.push(performance.now() - started);
      };
      const now = async () => {
        const started = performance.now();
        const { doc } = await store.loadDoc("meeting:alone", createMeetingDocument());
        Y.encodeStateAsUpdate(doc);
        doc.destroy();
        totals.now.push(performance.now() - started);
      };
      for (const total of run % 2 ? [now, before] : [before, now]) await total();
    }
    const middle = (list: number[]) => Number(list.sort((a, b) => a - b)[Math.floor(runs / 2)]!.toFixed(1));
    console.log(`${dialect}, median of ${runs} (ms), load average ${loads.map((load) => load.toFixed(1)).join(" ")}:`);
    console.table({
      ...Object.fromEntries(Object.entries(times).map(([part, list]) => [part, middle(list)])),
      "cold load before (rows, one by one, encode)": middle(totals.before),
      "cold load now (loadDoc, encode)": middle(totals.now),
    });
    await handle.db.destroy();
  }
} finally {
  postgres.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
