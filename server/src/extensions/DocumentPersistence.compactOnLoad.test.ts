import path from "node:path";
import { HocuspocusProvider } from "@hocuspocus/provider";
import { Server } from "@hocuspocus/server";
import { addGoal, createMeetingDocument, goalText, readMeetingContent } from "@samplan/shared/model";
import { afterEach, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { createLogger } from "../logger.ts";
import { DocumentStore } from "../storage/DocumentStore.ts";
import { openDatabase } from "../storage/openDatabase.ts";
import { makeDataDir, removeDataDir } from "../testing/testServer.ts";
import { DocumentPersistence } from "./DocumentPersistence.ts";

const cleanups: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

it("compacts a long log left by a server that never compacted it, once the meeting is opened", async () => {
  const dataDir = makeDataDir();
  cleanups.push(() => removeDataDir(dataDir));
  const handle = await openDatabase({ sqliteFile: path.join(dataDir, "samplan.sqlite") });
  cleanups.push(() => handle.db.destroy());
  const store = new DocumentStore(handle.db, handle.dialect);
  // 1,200 edits in the log and no snapshot: as a killed server leaves a long meeting.
  const written = createMeetingDocument();
  const updates: Uint8Array[] = [];
  written.on("update", (update: Uint8Array) => updates.push(update));
  const paragraph = new Y.XmlElement("paragraph");
  goalText(written, addGoal(written, { createdBy: "Karin" }))!.insert(0, [paragraph]);
  const line = new Y.XmlText();
  paragraph.insert(0, [line]);
  for (let i = 0; i < 1_200; i++) line.insert(line.length, "æ");
  // In one statement: 1,200 appends, each its own commit, take longer than the test on a busy disk.
  await handle.db
    .insertInto("document_updates")
    .values(
      updates.map((update) => ({
        document_name: "meeting:long-log",
        update: Buffer.from(update),
        received_at: new Date().toISOString(),
      })),
    )
    .execute();

  const server = new Server({
    port: 0,
    address: "127.0.0.1",
    quiet: true,
    stopOnSignals: false,
    // No compaction from storing: only the one on load.
    debounce: 60_000,
    maxDebounce: 60_000,
    extensions: [new DocumentPersistence({ store, log: createLogger("silent") })],
  });
  await server.listen();
  cleanups.push(() => server.destroy());
  const doc = createMeetingDocument();
  await new Promise<void>((resolve) => {
    const provider = new HocuspocusProvider({
      url: `ws://127.0.0.1:${server.address.port}`,
      name: "meeting:long-log",
      document: doc,
      onSynced: () => resolve(),
    });
    cleanups.push(() => provider.destroy());
  });
  expect(readMeetingContent(doc)).toEqual(readMeetingContent(written));

  await vi.waitFor(async () => expect((await store.size("meeting:long-log")).updates).toBe(0), {
    timeout: 10_000,
    interval: 50,
  });
  const { doc: reloaded, logged } = await store.loadDoc("meeting:long-log", createMeetingDocument());
  expect(logged).toBe(0);
  expect(readMeetingContent(reloaded)).toEqual(readMeetingContent(written));
});
