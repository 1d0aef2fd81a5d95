import path from "node:path";
import { HocuspocusProvider } from "@hocuspocus/provider";
import { Server } from "@hocuspocus/server";
import { addGoal, createMeetingDocument, listGoals, readMeetingContent } from "@samplan/shared/model";
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { createLogger } from "../logger.ts";
import { DocumentStore } from "../storage/DocumentStore.ts";
import { openDatabase } from "../storage/openDatabase.ts";
import { makeDataDir, removeDataDir, waitFor } from "../testing/testServer.ts";
import { DocumentPersistence } from "./DocumentPersistence.ts";

const cleanups: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A store whose commits wait while the test holds the gate shut: a slow disk, or a slow database. */
class GatedStore extends DocumentStore {
  private gate: Promise<void> = Promise.resolve();
  private release = () => {};
  /** Appends that reached the gate since it was shut. */
  waiting = 0;
  /** While set, every append fails with it, as on a full disk. */
  failure: Error | null = null;
  /** Appends that failed. */
  failed = 0;

  override async append(documentName: string, update: Uint8Array): Promise<void> {
    this.waiting++;
    await this.gate;
    if (this.failure) {
      this.failed++;
      throw this.failure;
    }
    await super.append(documentName, update);
  }

  shut(): void {
    this.waiting = 0;
    this.gate = new Promise((resolve) => {
      this.release = resolve;
    });
  }

  open(): void {
    this.release();
  }
}

/** Hocuspocus on loopback with DocumentPersistence over SQLite, and participants writing to it. */
async function serverWithGatedStore(participants: number, log = createLogger("silent")) {
  const dataDir = makeDataDir();
  cleanups.push(() => removeDataDir(dataDir));
  const handle = await openDatabase({ sqliteFile: path.join(dataDir, "samplan.sqlite") });
  cleanups.push(() => handle.db.destroy());
  const store = new GatedStore(handle.db, handle.dialect);
  // Opened before the server stops, which waits for the messages it is handling.
  cleanups.push(() => store.open());
  const server = new Server({
    port: 0,
    address: "127.0.0.1",
    quiet: true,
    stopOnSignals: false,
    // No compaction while the test looks at the log.
    debounce: 60_000,
    maxDebounce: 60_000,
    extensions: [new DocumentPersistence({ store, log })],
  });
  await server.listen();
  cleanups.push(() => server.destroy());
  const clients = await Promise.all(
    Array.from({ length: participants }, async () => {
      const doc = createMeetingDocument();
      const provider = await new Promise<HocuspocusProvider>((resolve) => {
        const connected: HocuspocusProvider = new HocuspocusProvider({
          url: `ws://127.0.0.1:${server.address.port}`,
          name: "meeting:gated",
          document: doc,
          onSynced: () => resolve(connected),
        });
      });
      cleanups.push(() => provider.destroy());
      return { doc, provider };
    }),
  );
  return { store, clients, handle };
}

describe("DocumentPersistence in beforeHandleMessage", () => {
  it("acknowledges no participant's edit before it is stored", async () => {
    // Five participants: Hocuspocus handles one connection's messages one after the other, so the
    // edits that wait together at the gate come from different connections.
    const { store, clients, handle } = await serverWithGatedStore(5);
    const stored = async () =>
      Number(
        (
          await handle.db
            .selectFrom("document_updates")
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    await waitFor(() => clients.every(({ provider }) => !provider.hasUnsyncedChanges), 5_000, "the first sync");
    const before = await stored();
    store.shut();

    for (const [i, { doc }] of clients.entries()) addGoal(doc, { createdBy: `Deltager ${i}`, text: `Mål ${i}` });
    await waitFor(() => store.waiting >= 5, 5_000, "the server to receive the five edits");
    // Not committed yet: every participant still has its edit unacknowledged.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(clients.map(({ provider }) => provider.unsyncedChanges)).toEqual([1, 1, 1, 1, 1]);
    expect(await stored()).toBe(before);

    store.open();
    await waitFor(() => clients.every(({ provider }) => !provider.hasUnsyncedChanges), 5_000, "the acknowledgements");
    expect(await stored()).toBe(before + 5);
    const { doc: reloaded } = await store.loadDoc("meeting:gated", createMeetingDocument());
    expect(
      readMeetingContent(reloaded)
        .goals.map((goal) => goal.text)
        .sort(),
    ).toEqual(["Mål 0", "Mål 1", "Mål 2", "Mål 3", "Mål 4"]);
  });

  it("holds an edit it cannot store, unacknowledged and unseen, and stores it once storing works, on the same connection", async () => {
    const lines: string[] = [];
    const log = pino({ level: "info" }, { write: (line: string) => lines.push(line) });
    const { store, clients } = await serverWithGatedStore(2, log);
    const [writer, reader] = clients as [(typeof clients)[0], (typeof clients)[0]];
    await waitFor(() => clients.every(({ provider }) => !provider.hasUnsyncedChanges), 5_000, "the first sync");
    let disconnects = 0;
    writer.provider.on("disconnect", () => disconnects++);

    store.failure = Object.assign(new Error("database or disk is full"), { code: "SQLITE_FULL" });
    for (let i = 0; i < 5; i++) addGoal(writer.doc, { createdBy: "Karin", text: `Mål ${i}` });
    await waitFor(() => store.failed >= 3, 5_000, "the server to try the append again");
    expect(writer.provider.hasUnsyncedChanges).toBe(true);
    expect(listGoals(reader.doc)).toEqual([]);
    // Logged once, however often it was tried.
    expect(lines.filter((line) => line.includes("storing participants' edits fails"))).toHaveLength(1);

    store.failure = null;
    await waitFor(() => !writer.provider.hasUnsyncedChanges, 5_000, "the acknowledgements");
    await waitFor(() => listGoals(reader.doc).length === 5, 5_000, "the reader to see the five goals");
    expect(disconnects).toBe(0);
    expect(lines.filter((line) => line.includes("storing participants' edits works again"))).toHaveLength(1);
    const { doc: reloaded } = await store.loadDoc("meeting:gated", createMeetingDocument());
    expect(listGoals(reloaded)).toHaveLength(5);
  });
});
