import * as Y from "yjs";
import { rangesDeletedBy } from "./attribution.ts";

/**
 * Where an update writes in a document: the root types (the plan's sections, the citizen's
 * agreement) its new content goes into and where the content it deletes is. Null when it cannot
 * say: new content that hangs on something neither the update nor the document has — which a
 * guard reads as "anywhere". Content inside a type that is itself gone (collected) counts nowhere:
 * nobody sees it, and an honest client can still send it after someone else removed an item.
 *
 * Read from the update's bytes before it is applied, so a guard can refuse it before it is stored.
 */
export function sectionsWrittenBy(doc: Y.Doc, update: Uint8Array): Set<string> | null {
  const fresh = new Map<number, Y.Item[]>();
  for (const struct of Y.decodeUpdate(update).structs) {
    if (!(struct instanceof Y.Item)) continue;
    // What the document has already is no write, whoever sends it again (a reconnect's sync).
    if (struct.id.clock + struct.length <= Y.getState(doc.store, struct.id.client)) continue;
    const list = fresh.get(struct.id.client) ?? [];
    list.push(struct);
    fresh.set(struct.id.client, list);
  }
  const sections = new Set<string>();
  // Each item's answer once: a typed sentence is a chain of items, each next to the one before.
  const known = new Map<Y.Item, string | null | typeof GONE>();

  const sectionOfId = (id: Y.ID): string | null | typeof GONE => {
    if (id.clock < Y.getState(doc.store, id.client)) return sectionOfStored(storedStruct(doc, id));
    const item = fresh.get(id.client)?.find((s) => s.id.clock <= id.clock && id.clock < s.id.clock + s.length);
    return item ? sectionOfFresh(item) : null;
  };
  // Yjs writes a parent only when an item has no neighbour; otherwise it has its neighbour's.
  const sectionOfFresh = (item: Y.Item): string | null | typeof GONE => {
    const answer = known.get(item);
    if (answer !== undefined) return answer;
    // Until answered, a loop back to this item answers "cannot say".
    known.set(item, null);
    const parent = item.parent as unknown;
    const neighbour = item.origin ?? item.rightOrigin;
    const section =
      typeof parent === "string"
        ? parent
        : parent instanceof Y.ID
          ? sectionOfId(parent)
          : neighbour
            ? sectionOfId(neighbour)
            : null;
    known.set(item, section);
    return section;
  };

  for (const items of fresh.values()) {
    for (const item of items) {
      const section = sectionOfFresh(item);
      if (section === null) return null;
      if (section !== GONE) sections.add(section);
    }
  }
  for (const [client, clock] of rangesDeletedBy(doc, update)) {
    const section = sectionOfStored(storedStruct(doc, Y.createID(client, clock)));
    if (typeof section === "string") sections.add(section);
  }
  return sections;
}

const GONE = Symbol("gone");

function storedStruct(doc: Y.Doc, id: Y.ID): Y.Item | Y.GC | null {
  const structs = doc.store.clients.get(id.client);
  if (!structs) return null;
  try {
    return structs[Y.findIndexSS(structs, id.clock)] as Y.Item | Y.GC;
  } catch {
    return null;
  }
}

/** The root an item of the document sits under, however deep. */
function sectionOfStored(struct: Y.Item | Y.GC | null): string | typeof GONE {
  if (!(struct instanceof Y.Item)) return GONE;
  let type = struct.parent;
  while (type instanceof Y.AbstractType && type._item) type = type._item.parent;
  if (!(type instanceof Y.AbstractType)) return GONE;
  try {
    return Y.findRootTypeKey(type);
  } catch {
    return GONE;
  }
}
