import { HocuspocusProvider } from "@hocuspocus/provider";
import { Server } from "@hocuspocus/server";
import { addGoal, createMeetingDocument, goalText, readMeetingContent } from "@samplan/shared/model";
import { afterEach, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { createLogger } from "../logger.ts";
import { DocumentStore } from "../storage/DocumentStore.ts";
import { databaseDialects } from "../testing/databaseDialects.ts";
import { DocumentPersistence } from "./DocumentPersistence.ts";

// Before the afterEach below, so it runs after it: the servers stop before their databases close.
const dialects = databaseDialects();
const cleanups: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe.each(Object.entries(dialects))("DocumentPersistence's compaction on %s", (_dialect, open) => {
  /** A server that stores 20 ms after an edit, and counts the stores it has finished. */
  async function serve() {
    const handle = await open();
    const store = new DocumentStore(handle.db, handle.dialect);
    let stores = 0;
    const server = new Server({
      port: 0,
      address: "127.0.0.1",
      quiet: true,
      stopOnSignals: false,
      debounce: 20,
      maxDebounce: 40,
      extensions: [
        new DocumentPersistence({ store, log: createLogger("silent") }),
        { afterStoreDocument: async () => void stores++ },
      ],
    });
    await server.listen();
    cleanups.push(() => server.destroy());
    return { store, url: `ws://127.0.0.1:${server.address.port}`, storesDone: () => stores };
  }

  async function join(url: string, name: string) {
    const doc = createMeetingDocument();
    const provider = await new Promise<HocuspocusProvider>((resolve) => {
      const p: HocuspocusProvider = new HocuspocusProvider({ url, name, document: doc, onSynced: () => resolve(p) });
    });
    cleanups.push(() => provider.destroy());
    const line = new Y.XmlText();
    const paragraph = new Y.XmlElement("paragraph");
    goalText(doc, addGoal(doc, { createdBy: "Karin" }))!.insert(0, [paragraph]);
    paragraph.insert(0, [line]);
    /** Types `count` characters, each its own update, and waits until the server has them all. */
    const type = async (count: number) => {
      for (let i = 0; i < count; i++) line.insert(line.length, "æ");
      await vi.waitFor(() => expect(provider.unsyncedChanges).toBe(0), { timeout: 20_000, interval: 20 });
    };
    return { doc, provider, type };
  }

  it("leaves a short log while the meeting goes on, and folds it when the last participant leaves", async () => {
    const { store, url, storesDone } = await serve();
    const karin = await join(url, "meeting:short");
    await karin.type(30);
    // Stored (debounced) at least once since the last keystroke, and nothing folded.
    const before = storesDone();
    await karin.type(1);
    await vi.waitFor(() => expect(storesDone()).toBeGreaterThan(before), { timeout: 5_000, interval: 20 });
    expect((await store.size("meeting:short")).updates).toBeGreaterThanOrEqual(31);

    const expected = readMeetingContent(karin.doc);
    karin.provider.destroy();
    await vi.waitFor(async () => expect((await store.size("meeting:short")).updates).toBe(0), {
      timeout: 5_000,
      interval: 20,
    });
    const { doc } = await store.loadDoc("meeting:short", createMeetingDocument());
    expect(readMeetingContent(doc)).toEqual(expected);
  });

  it("folds a long log while people are still writing", async () => {
    const { store, url } = await serve();
    const karin = await join(url, "meeting:long");
    await karin.type(520);
    await vi.waitFor(async () => expect((await store.size("meeting:long")).updates).toBeLessThan(100), {
      timeout: 10_000,
      interval: 50,
    });
    const { doc } = await store.loadDoc("meeting:long", createMeetingDocument());
    expect(readMeetingContent(doc)).toEqual(readMeetingContent(karin.doc));
  });
});
