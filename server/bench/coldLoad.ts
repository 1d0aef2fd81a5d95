import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { addGoal, createMeetingDocument, goalText } from "@samplan/shared/model";
import * as Y from "yjs";
import { DocumentStore } from "../src/storage/DocumentStore.ts";
import { openDatabase } from "../src/storage/openDatabase.ts";
import { createDatabase, startPostgres } from "../src/testing/throwawayServices.ts";

/** A meeting typed keystroke by keystroke: `count` updates, as a long meeting leaves them. */
export function history(count: number): Uint8Array[] {
  const doc = createMeetingDocument();
  const updates: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => updates.push(update));
  let text = goalText(doc, addGoal(doc, { createdBy: "bench" }))!;
  let paragraph = new Y.XmlElement("paragraph");
  text.insert(0, [paragraph]);
  let line = new Y.XmlText();
  paragraph.insert(0, [line]);
  while (updates.length < count) {
    if (updates.length % 2_000 === 0) {
      text = goalText(doc, addGoal(doc, { createdBy: "bench" }))!;
      paragraph = new Y.XmlElement("paragraph");
      text.insert(0, [paragraph]);
      line = new Y.XmlText();
      paragraph.insert(0, [line]);
    }
    line.insert(line.length, "æ");
  }
  return updates.slice(0, count);
}

async function median(runs: number, measure: () => Promise<number>) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await measure());
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

/** Time to load and sync a meeting with a long history, from SQLite and PostgreSQL; size before and after compaction. */
export async function coldLoad(count: number) {
  const updates = history(count);
  const rows = [];
  const postgres = await startPostgres();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "samplan-bench-cold-"));
  try {
    for (const [dialect, target] of [
      ["sqlite", { sqliteFile: path.join(dir, "bench.sqlite") }],
      ["postgres", { postgresUrl: await createDatabase(postgres.url) }],
    ] as const) {
      const handle = await openDatabase(target);
      const store = new DocumentStore(handle.db, handle.dialect);
      // One after another, as the server appends one connection's updates (Hocuspocus awaits each
      // message's beforeHandleMessage before the next). Appended 500 at a time over PostgreSQL's
      // pool, they were stored out of order, and Yjs, holding back each update until what it
      // builds on had come, took 150-500 ms to apply a log no server writes.
      for (const update of updates) await store.append("meeting:bench", update);
      const load = () =>
        median(5, async () => {
          const started = performance.now();
          const { doc } = await store.loadDoc("meeting:bench", createMeetingDocument());
          Y.encodeStateAsUpdate(doc);
          doc.destroy();
          return performance.now() - started;
        });
      const before = await store.size("meeting:bench");
      const loadBefore = await load();
      await store.compact("meeting:bench");
      const after = await store.size("meeting:bench");
      const loadAfter = await load();
      rows.push({
        storage: dialect,
        updates: count,
        "load ms (log)": Number(loadBefore.toFixed(1)),
        "KB stored (log)": Math.round(before.bytes / 1024),
        "load ms (compacted)": Number(loadAfter.toFixed(1)),
        "KB stored (compacted)": Math.round(after.bytes / 1024),
      });
      await handle.db.destroy();
    }
  } finally {
    postgres.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
