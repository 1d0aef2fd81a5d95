import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { mergeLog } from "./mergeLog.ts";

/** Two people editing one document, each update as the server would store it. */
function editedTogether(): { updates: Uint8Array[]; final: Y.Doc } {
  const sara = new Y.Doc();
  const karin = new Y.Doc();
  const updates: Uint8Array[] = [];
  for (const [from, to] of [
    [sara, karin],
    [karin, sara],
  ] as const) {
    from.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin === "relay") return;
      updates.push(update);
      Y.applyUpdate(to, update, "relay");
    });
  }
  const text = sara.getText("goal");
  for (const character of "Et arbejde med dyr 🐕 og 👩‍👧") text.insert(text.length, character);
  text.format(0, 2, { bold: true });
  text.insertEmbed(3, { image: "hund.png" });
  text.delete(5, 4);
  const steps = karin.getMap("steps");
  steps.set("owner", "Mette");
  steps.set("due", { relative: 7, done: false, tags: ["a", 1, null] });
  steps.set("attachment", new Uint8Array([0, 1, 2, 255]));
  steps.delete("owner");
  const fragment = karin.getXmlFragment("plan");
  const paragraph = new Y.XmlElement("paragraph");
  fragment.insert(0, [paragraph, new Y.XmlText("løs tekst")]);
  paragraph.insert(0, [new Y.XmlText("Ringe til internatet")]);
  paragraph.setAttribute("lang", "da");
  karin.getArray("notes").insert(0, [new Y.Doc({ guid: "bilag" }), "note", 3, new Y.XmlHook("checklist")]);
  text.delete(0, 1);
  fragment.delete(1, 1);
  return { updates, final: sara };
}

function oneByOne(updates: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    for (const update of updates) Y.applyUpdate(doc, update);
  });
  return doc;
}

function merged(updates: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, mergeLog(updates)!);
  return doc;
}

function content(doc: Y.Doc) {
  return {
    goal: doc.getText("goal").toDelta(),
    steps: doc.getMap("steps").toJSON(),
    plan: doc.getXmlFragment("plan").toString(),
    notes: doc.getArray("notes").length,
  };
}

function expectSame(actual: Y.Doc, expected: Y.Doc) {
  expect(Y.decodeStateVector(Y.encodeStateVector(actual))).toEqual(Y.decodeStateVector(Y.encodeStateVector(expected)));
  expect(content(actual)).toEqual(content(expected));
  expect(
    Y.equalDeleteSets(Y.createDeleteSetFromStructStore(actual.store), Y.createDeleteSetFromStructStore(expected.store)),
  ).toBe(true);
}

describe("mergeLog", () => {
  it("gives the same document as applying the log one update at a time, deletions and all", () => {
    const { updates, final } = editedTogether();
    expectSame(merged(updates), oneByOne(updates));
    expectSame(merged(updates), final);
  });

  it("gives the same document when the log is out of order", () => {
    const { updates } = editedTogether();
    const shuffled = [...updates].reverse();
    for (let i = 0; i + 3 < shuffled.length; i += 4) shuffled.push(...shuffled.splice(i, 2));
    expectSame(merged(shuffled), oneByOne(updates));
  });

  it("holds back what builds on a missing update, as one by one does, until it comes", () => {
    const { updates } = editedTogether();
    const missing = updates[10]!;
    const withGap = updates.filter((update) => update !== missing);
    const fromMerged = merged(withGap);
    const fromOneByOne = oneByOne(withGap);
    expect(fromMerged.store.pendingStructs).not.toBeNull();
    expectSame(fromMerged, fromOneByOne);
    expect(content(fromMerged).goal).not.toEqual(content(oneByOne(updates)).goal);

    Y.applyUpdate(fromMerged, missing);
    Y.applyUpdate(fromOneByOne, missing);
    expect(fromMerged.store.pendingStructs).toBeNull();
    expectSame(fromMerged, fromOneByOne);
    expectSame(fromMerged, oneByOne(updates));
  });

  it("folds in a snapshot followed by later updates", () => {
    const { updates } = editedTogether();
    const snapshot = Y.encodeStateAsUpdate(oneByOne(updates.slice(0, 30)));
    expectSame(merged([snapshot, ...updates.slice(30)]), oneByOne(updates));
  });

  it("leaves to the slow path what it does not handle: an update stored twice, or bytes that are no update", () => {
    const { updates } = editedTogether();
    expect(mergeLog([...updates, updates[3]!])).toBeNull();
    expect(mergeLog([...updates, new Uint8Array([1, 2, 3])])).toBeNull();
  });
});
