import fs from "node:fs";
import path from "node:path";
import {
  addGoal,
  addNextStep,
  createMeetingDocument,
  goalText,
  readMeetingContent,
  removeGoal,
} from "@samplan/shared/model";
import { afterEach, describe, expect, inject, it } from "vitest";
import * as Y from "yjs";
import { makeDataDir, removeDataDir } from "../testing/testServer.ts";
import { createDatabase } from "../testing/throwawayServices.ts";
import { DocumentStore } from "./DocumentStore.ts";
import { type DatabaseHandle, openDatabase } from "./openDatabase.ts";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** The same tests on the embedded default and on PostgreSQL. */
const dialects = {
  sqlite: async (): Promise<DatabaseHandle> => {
    const dir = makeDataDir();
    cleanups.push(() => removeDataDir(dir));
    return openDatabase({ sqliteFile: path.join(dir, "samplan.sqlite") });
  },
  postgres: async (): Promise<DatabaseHandle> =>
    openDatabase({ postgresUrl: await createDatabase(inject("postgresUrl")) }),
};

describe.each(Object.entries(dialects))("DocumentStore on %s", (dialect, open) => {
  async function store() {
    const handle = await open();
    cleanups.push(() => handle.db.destroy());
    return { handle, store: new DocumentStore(handle.db, handle.dialect) };
  }

  it("keeps every update and gives them back as one document", async () => {
    const { store: documents } = await store();
    const doc = createMeetingDocument();
    const appended: Promise<void>[] = [];
    doc.on("update", (update: Uint8Array) => appended.push(documents.append("meeting:a", update)));
    addGoal(doc, { createdBy: "Sara", text: "Et arbejde med dyr" });
    addNextStep(doc, { createdBy: "Karin", text: "Ringe til internatet", owner: "Mette" });
    // Waits for the two writes themselves, not for a while: a busy machine takes longer than 50 ms.
    await Promise.all(appended);
    expect((await documents.size("meeting:a")).updates).toBe(2);
    const { doc: loaded } = await documents.loadDoc("meeting:a", createMeetingDocument());
    expect(readMeetingContent(loaded)).toEqual(readMeetingContent(doc));
  });

  it("folds the log into one snapshot from what is stored, and loses nothing", async () => {
    const { store: documents } = await store();
    const doc = createMeetingDocument();
    const updates: Uint8Array[] = [];
    doc.on("update", (update: Uint8Array) => updates.push(update));
    for (let i = 0; i < 50; i++) addGoal(doc, { createdBy: "Sara", text: `Mål ${i}` });
    for (const update of updates) await documents.append("meeting:b", update);
    const before = await documents.size("meeting:b");
    expect(await documents.compact("meeting:b")).toEqual({ folded: 50 });
    const after = await documents.size("meeting:b");
    expect(after.updates).toBe(0);
    expect(after.bytes).toBeLessThan(before.bytes);
    const { doc: loaded } = await documents.loadDoc("meeting:b", createMeetingDocument());
    expect(readMeetingContent(loaded)).toEqual(readMeetingContent(doc));
    expect(await documents.compact("meeting:b")).toEqual({ folded: 0 });
  });

  it("keeps an update appended while another instance compacts", async () => {
    const { handle, store: first } = await store();
    const second = new DocumentStore(handle.db, handle.dialect);
    const a = createMeetingDocument();
    const b = createMeetingDocument();
    const fromA: Uint8Array[] = [];
    a.on("update", (update: Uint8Array) => fromA.push(update));
    addGoal(a, { createdBy: "A", text: "Fra instans A" });
    for (const update of fromA) await first.append("meeting:c", update);
    // Instance B got an edit A has not seen; both compact at once.
    addGoal(b, { createdBy: "B", text: "Fra instans B" });
    const fromB = Y.encodeStateAsUpdate(b);
    await Promise.all([
      first.compact("meeting:c"),
      second.append("meeting:c", fromB).then(() => second.compact("meeting:c")),
    ]);
    await first.compact("meeting:c");
    const { doc } = await first.loadDoc("meeting:c", createMeetingDocument());
    expect(
      readMeetingContent(doc)
        .goals.map((g) => g.text)
        .sort(),
    ).toEqual(["Fra instans A", "Fra instans B"]);
  });

  it("skips an update Yjs cannot read instead of losing the meeting", async () => {
    const { store: documents } = await store();
    const doc = createMeetingDocument();
    addGoal(doc, { createdBy: "Sara", text: "Stadig her" });
    await documents.append("meeting:d", Y.encodeStateAsUpdate(doc));
    await documents.append("meeting:d", new Uint8Array([1, 2, 3, 255, 255]));
    const { doc: loaded, skipped } = await documents.loadDoc("meeting:d", createMeetingDocument());
    expect(skipped).toBe(1);
    expect(readMeetingContent(loaded).goals.map((g) => g.text)).toEqual(["Stadig her"]);
  });

  it("gives back each update byte for byte, an empty and an unreadable one among them, and skips only those", async () => {
    const { store: documents } = await store();
    const doc = createMeetingDocument();
    const updates: Uint8Array[] = [];
    doc.on("update", (update: Uint8Array) => updates.push(update));
    const goal = addGoal(doc, { createdBy: "Sara", text: "Et arbejde med dyr 🐕" });
    goalText(doc, goal)!.insert(0, [new Y.XmlElement("paragraph")]);
    addGoal(doc, { createdBy: "Karin", text: "Ringe til internatet" });
    // Updates hold zero bytes and bytes no text has: the log must give back exactly what was stored.
    expect(updates.some((update) => update.includes(0))).toBe(true);
    const stored = [
      updates[0]!,
      new Uint8Array([0, 255, 0, 254]),
      updates[1]!,
      new Uint8Array(0),
      ...updates.slice(2),
      new Uint8Array([255]),
    ];
    for (const update of stored) await documents.append("meeting:bytes", update);

    expect((await documents.load("meeting:bytes")).map((update) => [...update])).toEqual(
      stored.map((update) => [...update]),
    );
    const { doc: loaded, skipped, logged } = await documents.loadDoc("meeting:bytes", createMeetingDocument());
    expect({ skipped, logged }).toEqual({ skipped: 3, logged: stored.length });
    expect(readMeetingContent(loaded)).toEqual(readMeetingContent(doc));
  });

  it("loads a long log, out of order and with deletions, as the same document as one update at a time", async () => {
    const { store: documents } = await store();
    const sara = createMeetingDocument();
    const karin = new Y.Doc();
    const updates: Uint8Array[] = [];
    sara.on("update", (update: Uint8Array) => {
      updates.push(update);
      Y.applyUpdate(karin, update);
    });
    const goals = [addGoal(sara, { createdBy: "Sara", text: "Et arbejde med dyr 🐕" })];
    const paragraph = new Y.XmlElement("paragraph");
    goalText(sara, goals[0]!)!.insert(0, [paragraph]);
    const line = new Y.XmlText();
    paragraph.insert(0, [line]);
    for (let i = 0; i < 300; i++) line.insert(line.length, i % 7 === 6 ? "🐕" : "æ");
    line.delete(3, 40);
    goals.push(addGoal(sara, { createdBy: "Sara", text: "Ringe til internatet" }));
    removeGoal(sara, goals[1]!);
    // Karin's own edit builds on Sara's, and is stored before them: Yjs holds it back until they come.
    karin.on("update", (update: Uint8Array) => updates.unshift(update));
    karin.getMap("extra").set("note", "Karins note");
    for (const update of [...updates.slice(0, 50).reverse(), ...updates.slice(50)]) {
      await documents.append("meeting:long", update);
    }
    const expected = new Y.Doc();
    for (const update of updates) Y.applyUpdate(expected, update);

    const { doc: loaded, skipped } = await documents.loadDoc("meeting:long", createMeetingDocument());
    expect(skipped).toBe(0);
    expect(Y.decodeStateVector(Y.encodeStateVector(loaded))).toEqual(
      Y.decodeStateVector(Y.encodeStateVector(expected)),
    );
    expect(readMeetingContent(loaded)).toEqual(readMeetingContent(sara));
    expect(loaded.getMap("extra").get("note")).toBe("Karins note");
  });

  it("removes everything of a document", async () => {
    const { store: documents } = await store();
    await documents.seed("meeting:e", Y.encodeStateAsUpdate(createMeetingDocument()));
    await documents.append("meeting:e", Y.encodeStateAsUpdate(createMeetingDocument()));
    await documents.remove(["meeting:e"]);
    expect(await documents.size("meeting:e")).toEqual({ updates: 0, bytes: 0 });
    expect(dialect === "sqlite" || dialect === "postgres").toBe(true);
  });
});

describe("the SQLite file", () => {
  it("is readable by its owner only", async () => {
    const dir = makeDataDir();
    cleanups.push(() => removeDataDir(dir));
    const handle = await openDatabase({ sqliteFile: path.join(dir, "nested", "samplan.sqlite") });
    cleanups.push(() => handle.db.destroy());
    expect(fs.statSync(path.join(dir, "nested", "samplan.sqlite")).mode & 0o777).toBe(0o600);
  });
});
