import * as Y from "yjs";
import {
  AUTHORSHIP_ORIGIN,
  CLAIMS,
  checkScale,
  claimsAnotherRole,
  type Fix,
  type Forgery,
  type Writer,
} from "./authorship.ts";
import { PREVIOUS_SCALE_KEY_PREFIX, SCALE_KEY_PREFIX, Scale } from "./Goal.ts";
import { SECTION_KEYS } from "./MeetingDocument.ts";

/**
 * Who the server knows behind the plan's writing: the participant each Yjs client id was bound
 * to (null for an id nobody was bound to: the server's own corrections), and every rater key
 * that belongs to someone on the case, so a scale under another person's key is recognised.
 */
export interface RecordedWriters<W extends Writer = Writer> {
  /** The same object for every client id of one participant: that is how "the same person" is told. */
  writerOf(client: number): W | null;
  raterKeys: ReadonlySet<string>;
}

/**
 * Looks over a plan as it was stored, field by field, for what guardAuthorship puts right live
 * but could not have here: the server stores a client's update before applying it, and its
 * correction right after, so a server stopped between the two would keep a forged claim. Each
 * claim is held to the participant whose client wrote that very field (Yjs keeps who wrote each
 * map entry), by the same rules as live; what does not hold is corrected in a change of the
 * guard's own. Answers the writers and what no honest client writes.
 */
export function reviewStoredAuthorship<W extends Writer>(doc: Y.Doc, recorded: RecordedWriters<W>): [W, Forgery[]][] {
  const fixes: Fix[] = [];
  const found = new Map<W, Forgery[]>();
  for (const name of SECTION_KEYS) {
    const section = doc.getMap<unknown>(name);
    for (const [id, item] of section) {
      if (!(item instanceof Y.Map)) continue;
      // Who made the item: whose its claims are. (Carried over by the server: nobody known.)
      const maker = recorded.writerOf(fieldWriter(section, id));
      for (const key of item.keys()) {
        const writer = recorded.writerOf(fieldWriter(item, key));
        if (!writer) continue;
        const forgeries = found.get(writer) ?? [];
        if (CLAIMS.has(key)) reviewClaim(id, item as Y.Map<unknown>, key, writer, maker ?? writer, fixes, forgeries);
        else reviewScale(id, item as Y.Map<unknown>, key, writer, recorded.raterKeys, fixes, forgeries);
        if (forgeries.length > 0) found.set(writer, forgeries);
      }
    }
  }
  if (fixes.length > 0) {
    doc.transact(() => {
      for (const fix of fixes) fix();
    }, AUTHORSHIP_ORIGIN);
  }
  return [...found];
}

/**
 * An item's claim is its maker's. Written by the maker, a difference is set right quietly (a
 * staff account's display name) unless it claims another role; written by anyone else, it is a
 * relabelling, which no honest client does. Without the value it replaced, the maker's own is
 * the truest one left.
 */
function reviewClaim(
  id: string,
  item: Y.Map<unknown>,
  key: string,
  writer: Writer,
  maker: Writer,
  fixes: Fix[],
  forgeries: Forgery[],
): void {
  const claimed = item.get(key);
  const own = key === "createdBy" ? maker.name : maker.role;
  if (claimed === own) return;
  fixes.push(() => item.set(key, own));
  if (writer !== maker || (key === "createdByRole" && claimsAnotherRole(claimed, maker))) {
    forgeries.push({ itemId: id, key });
  }
}

function reviewScale(
  id: string,
  item: Y.Map<unknown>,
  key: string,
  writer: Writer,
  raterKeys: ReadonlySet<string>,
  fixes: Fix[],
  forgeries: Forgery[],
): void {
  if (key.startsWith(PREVIOUS_SCALE_KEY_PREFIX)) {
    // "Last time" is written by carry-over only, never under a participant's client id.
    fixes.push(() => item.delete(key));
    forgeries.push({ itemId: id, key });
    return;
  }
  if (!key.startsWith(SCALE_KEY_PREFIX)) return;
  const raterKey = key.slice(SCALE_KEY_PREFIX.length);
  if (writer.raterKeys.includes(raterKey) || raterKeys.has(raterKey)) {
    checkScale(id, item, key, { action: "add", oldValue: undefined }, writer, fixes, forgeries);
    return;
  }
  // A key of nobody known now (a staff member since taken off the case, say): only a claim to be
  // someone else gives it away.
  const scale = Scale.safeParse(item.get(key));
  if (scale.success && claimsAnotherRole(scale.data.raterRole, writer)) {
    fixes.push(() => item.delete(key));
    forgeries.push({ itemId: id, key });
  }
}

/** The Yjs client that wrote the current value of a map's key. */
function fieldWriter(map: Y.Map<unknown>, key: string): number {
  return (map._map.get(key) as Y.Item).id.client;
}
