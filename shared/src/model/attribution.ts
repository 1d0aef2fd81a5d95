import * as Y from "yjs";
import type { Author, ItemAttribution, MeetingAttribution, TextRun } from "../record/index.ts";
import { listGoals } from "./Goal.ts";
import { listNextSteps } from "./NextStep.ts";
import { listProgressObservations } from "./ProgressObservation.ts";
import { listResources } from "./Resource.ts";
import { listRoundNotes } from "./RoundNote.ts";
import { forEachRun } from "./richText.ts";

/**
 * Who wrote what in a meeting document, from the Yjs history itself: every piece of content in a
 * Yjs document carries the client id that created it (deleted content keeps its id too), so
 * knowing who each client id was is enough to name the author of every word, field and item.
 * What Yjs does not keep is who *deleted* something; the server records that beside the document.
 *
 * This plays the role of Yjs's PermanentUserData, but the mapping comes from the server (see
 * server/src/extensions/Attribution.ts) rather than from a map inside the document that any
 * participant could write to.
 */

/** A deleted stretch of Yjs ids: [client, first clock, length]. */
export type DeletedRange = readonly [client: number, clock: number, length: number];

/** What the server recorded about a document: who each client id is, and what each person deleted. */
export interface AuthorRecord {
  clients: ReadonlyMap<number, Author>;
  deletions: readonly { author: Author; ranges: readonly DeletedRange[] }[];
}

export const NO_AUTHORS: AuthorRecord = { clients: new Map(), deletions: [] };

/** Item keys that are not the item's content: its place in the list, and the raters' own scales. */
const NOT_CONTENT = /^(position$|scale:|previousScale:)/;

/** Who wrote and who edited each item of the meeting, section by section in the minutes' order. */
export function attributeMeeting(doc: Y.Doc, record: AuthorRecord): MeetingAttribution {
  const deleters = indexDeletions(record);
  const attribute = (key: string) => (item: { id: string; createdBy: string; createdByRole: Author["role"] | null }) =>
    attributeItem(doc.getMap<Y.Map<unknown>>(key).get(item.id), item, record, deleters);
  return {
    goals: listGoals(doc).map(attribute("goals")),
    resources: listResources(doc).map(attribute("resources")),
    progress: listProgressObservations(doc).map(attribute("observations")),
    round: listRoundNotes(doc).map(attribute("round")),
    nextSteps: listNextSteps(doc).map(attribute("steps")),
  };
}

type Deleters = Map<number, { clock: number; length: number; author: Author }[]>;

function indexDeletions(record: AuthorRecord): Deleters {
  const byClient: Deleters = new Map();
  for (const { author, ranges } of record.deletions) {
    for (const [client, clock, length] of ranges) {
      const list = byClient.get(client) ?? [];
      list.push({ clock, length, author });
      byClient.set(client, list);
    }
  }
  return byClient;
}

function attributeItem(
  map: Y.Map<unknown> | undefined,
  item: { id: string; createdBy: string; createdByRole: Author["role"] | null },
  record: AuthorRecord,
  deleters: Deleters,
): ItemAttribution {
  const claimedBy = item.createdBy ? { name: item.createdBy, role: item.createdByRole } : null;
  const creator = map?._item ? (record.clients.get(map._item.id.client) ?? null) : null;
  const contributors = new Map<string, Author>();
  const note = (author: Author | null | undefined) => {
    if (author && !contributors.has(author.memberId)) contributors.set(author.memberId, author);
  };
  // Fields: every value each key ever had (older ones are deleted, but kept with their author).
  for (const [key, latest] of map?._map ?? []) {
    if (key === "text" || NOT_CONTENT.test(key)) continue;
    for (let value: Y.Item | null = latest; value; value = value.left) {
      note(record.clients.get(value.id.client));
      for (const author of deletersOf(value, deleters)) note(author);
    }
  }
  const text = map?.get("text");
  const runs: (TextRun & { layout?: true })[] = [];
  if (text instanceof Y.XmlFragment) {
    walk(text, (struct) => {
      note(record.clients.get(struct.id.client));
      for (const author of deletersOf(struct, deleters)) note(author);
    });
    collectRuns(text, record, runs);
  }
  if (creator) contributors.delete(creator.memberId);
  return {
    id: item.id,
    writtenBy: creator,
    claimedBy,
    editedBy: [...contributors.values()].sort((a, b) => a.name.localeCompare(b.name, "da")),
    runs: mergeRuns(runs),
  };
}

/** Every struct inside a type, deleted ones included, and the attributes of its elements. */
function walk<Event>(type: Y.AbstractType<Event>, visit: (struct: Y.Item) => void): void {
  for (let struct = type._start; struct; struct = struct.right) {
    visit(struct);
    if (!struct.deleted && struct.content instanceof Y.ContentType) walk(struct.content.type, visit);
  }
  for (const latest of type._map.values()) {
    for (let value: Y.Item | null = latest; value; value = value.left) visit(value);
  }
}

function deletersOf(struct: Y.Item, deleters: Deleters): Author[] {
  if (!struct.deleted) return [];
  const { client, clock } = struct.id;
  return (deleters.get(client) ?? [])
    .filter((range) => range.clock < clock + struct.length && clock < range.clock + range.length)
    .map((range) => range.author);
}

/**
 * The words as they stand, with the author of each stretch. Blocks are joined the way
 * plainText joins them, so the runs read as the text the minutes show.
 */
function collectRuns(fragment: Y.XmlFragment, record: AuthorRecord, runs: (TextRun & { layout?: true })[]): void {
  forEachRun(fragment, (run) => {
    runs.push(
      "layout" in run
        ? { text: run.layout, author: null, layout: true }
        : { text: run.text, author: record.clients.get(run.client) ?? null },
    );
  });
}

/**
 * Adjacent stretches by the same person as one; a line break or a list's "- " takes the author of
 * what it joins.
 */
function mergeRuns(runs: (TextRun & { layout?: true })[]): TextRun[] {
  const merged: TextRun[] = [];
  // A list's "- " before any words goes with the words that follow it.
  let leading = "";
  for (const { layout, ...run } of runs) {
    const last = merged[merged.length - 1];
    if (!last && layout) leading += run.text;
    else if (last && (layout || last.author?.memberId === run.author?.memberId)) last.text += run.text;
    else merged.push({ ...run, text: merged.length === 0 ? leading + run.text : run.text });
  }
  if (merged.length === 0 && leading) merged.push({ text: leading, author: null });
  return merged;
}

/**
 * The client ids under which an update brings content the document does not have yet. An update
 * may also carry content the document already has (a reconnecting client resends what it holds);
 * that content is not the sender's to claim.
 */
export function clientsWritingIn(doc: Y.Doc, update: Uint8Array): number[] {
  const { to } = Y.parseUpdateMeta(update);
  return [...to].filter(([client, clock]) => clock > Y.getState(doc.store, client)).map(([client]) => client);
}

/**
 * What an update deletes that is not deleted in the document yet. Yjs sends the whole delete set
 * of the sender's replica with a sync, so without this every reconnect would look like the
 * reconnecting person deleting everything anyone ever deleted.
 */
export function rangesDeletedBy(doc: Y.Doc, update: Uint8Array): DeletedRange[] {
  const ranges: [number, number, number][] = [];
  for (const [client, deleted] of Y.decodeUpdate(update).ds.clients) {
    const structs = doc.store.clients.get(client);
    if (!structs) continue;
    const known = Y.getState(doc.store, client);
    for (const { clock, len } of deleted) {
      if (clock >= known) continue;
      const end = clock + len;
      for (let i = Y.findIndexSS(structs, clock); i < structs.length; i++) {
        const struct = structs[i] as Y.Item | Y.GC;
        if (struct.id.clock >= end) break;
        if (struct.deleted) continue;
        const from = Math.max(clock, struct.id.clock);
        const to = Math.min(end, struct.id.clock + struct.length);
        const last = ranges[ranges.length - 1];
        if (last && last[0] === client && last[1] + last[2] === from) last[2] += to - from;
        else ranges.push([client, from, to - from]);
      }
    }
  }
  return ranges;
}
