import * as Y from "yjs";
import type { Role } from "../vocabulary/index.ts";
import { PREVIOUS_SCALE_KEY_PREFIX, SCALE_KEY_PREFIX, Scale } from "./Goal.ts";
import { SECTION_KEYS } from "./MeetingDocument.ts";

/**
 * Some fields of the plan say who wrote something: an item's `createdBy` and `createdByRole`
 * (which make a goal read "in the citizen's own words") and a scale's rater (which makes it the
 * citizen's own scale in the minutes and the progress chart). Every client can write any field,
 * so these are kept true by whoever knows the writer — the server — with this guard:
 *
 * - a new item gets its writer's name and role, whatever the client put there;
 * - a claim on an existing item is never changed: nobody's client rewrites who wrote an item
 *   (editing an item's words is not touching its claim, so the coordinator may reword the
 *   citizen's goal and it stays the citizen's);
 * - a scale may be set or cleared only under one of the writer's own rater keys, and names its
 *   writer as the server knows them;
 * - "last time" (a previous scale) is written only by carry-over, never by a client.
 *
 * What a client wrote against these rules is put back at once, in a change of the guard's own.
 * Fields that name someone else on purpose are not claims and are left alone: who saw progress
 * ("Set af", `observedBy`), who owns a step, who had the floor in the round.
 */
export const AUTHORSHIP_ORIGIN = "samplan:authorship" as const;

/** Who made a change, as the server knows them. */
export interface Writer {
  name: string;
  role: Role;
  /** The scale keys that are this person's own: their roster entry, and their account for staff. */
  raterKeys: readonly string[];
}

/** What a client wrote that no honest client writes: a claim to be someone else. */
export interface Forgery {
  itemId: string;
  key: string;
}

export const CLAIMS: ReadonlySet<string> = new Set(["createdBy", "createdByRole"]);

export type Fix = () => void;
type KeyChange = { action: "add" | "update" | "delete"; oldValue: unknown };

/**
 * Guards the plan's sections of `doc`. `writerOf` names who made a transaction, or null for a
 * change that is not a participant's (the server's own, another instance's); `onForgery` hears
 * of every correction that no difference in how a client knows its writer can explain.
 * Returns a remover.
 */
export function guardAuthorship<W extends Writer>(
  doc: Y.Doc,
  writerOf: (transaction: Y.Transaction) => W | null,
  onForgery: (writer: W, forgeries: Forgery[]) => void,
): () => void {
  const removers = SECTION_KEYS.map((key) => {
    const section = doc.getMap<Y.Map<unknown>>(key);
    const listener = (events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction) => {
      if (transaction.origin === AUTHORSHIP_ORIGIN) return;
      const writer = writerOf(transaction);
      if (!writer) return;
      const fixes: Fix[] = [];
      const forgeries: Forgery[] = [];
      for (const event of events) {
        const changes = (event as Y.YMapEvent<unknown>).changes.keys as Map<string, KeyChange>;
        if (event.target === section) {
          for (const [id, change] of changes) {
            const item = section.get(id);
            if (change.action !== "delete" && item instanceof Y.Map) {
              checkNewItem(id, item, writer, fixes, forgeries);
            }
          }
        } else if (event.target.parent === section && event.target instanceof Y.Map) {
          const item = event.target as Y.Map<unknown>;
          checkChangedItem(itemId(item), item, changes, writer, fixes, forgeries);
        }
      }
      // After this transaction, as a change of its own: Yjs runs a transaction started in an
      // observer once the current one is done, and every replica receives the correction.
      if (fixes.length > 0) {
        doc.transact(() => {
          for (const fix of fixes) fix();
        }, AUTHORSHIP_ORIGIN);
      }
      if (forgeries.length > 0) onForgery(writer, forgeries);
    };
    section.observeDeep(listener);
    return () => section.unobserveDeep(listener);
  });
  return () => {
    for (const remove of removers) remove();
  };
}

function itemId(item: Y.Map<unknown>): string {
  return item._item?.parentSub ?? "";
}

/** A claim that cannot be an honest difference: being the citizen, or the citizen being staff. */
export function claimsAnotherRole(claimed: unknown, writer: Writer): boolean {
  return claimed !== writer.role && (claimed === "borger" || writer.role === "borger");
}

function checkNewItem(id: string, item: Y.Map<unknown>, writer: Writer, fixes: Fix[], forgeries: Forgery[]): void {
  // The name a client knows its writer by can differ from the roster's (a staff account's display
  // name and role, a rename during the meeting): set right without calling it forgery.
  if (item.get("createdBy") !== writer.name) fixes.push(() => item.set("createdBy", writer.name));
  const claimedRole = item.get("createdByRole");
  if (claimedRole !== writer.role) fixes.push(() => item.set("createdByRole", writer.role));
  if (claimsAnotherRole(claimedRole, writer)) forgeries.push({ itemId: id, key: "createdByRole" });
  for (const key of item.keys()) {
    if (key.startsWith(PREVIOUS_SCALE_KEY_PREFIX) || key.startsWith(SCALE_KEY_PREFIX)) {
      checkScale(id, item, key, { action: "add", oldValue: undefined }, writer, fixes, forgeries);
    }
  }
}

function checkChangedItem(
  id: string,
  item: Y.Map<unknown>,
  changes: Map<string, KeyChange>,
  writer: Writer,
  fixes: Fix[],
  forgeries: Forgery[],
): void {
  for (const [key, change] of changes) {
    if (CLAIMS.has(key)) {
      fixes.push(() => restore(item, key, change));
      forgeries.push({ itemId: id, key });
    } else if (key.startsWith(PREVIOUS_SCALE_KEY_PREFIX) || key.startsWith(SCALE_KEY_PREFIX)) {
      checkScale(id, item, key, change, writer, fixes, forgeries);
    }
  }
}

export function checkScale(
  id: string,
  item: Y.Map<unknown>,
  key: string,
  change: KeyChange,
  writer: Writer,
  fixes: Fix[],
  forgeries: Forgery[],
): void {
  const raterKey = key.startsWith(SCALE_KEY_PREFIX) ? key.slice(SCALE_KEY_PREFIX.length) : null;
  if (raterKey === null || !writer.raterKeys.includes(raterKey)) {
    fixes.push(() => restore(item, key, change));
    forgeries.push({ itemId: id, key });
    return;
  }
  if (change.action === "delete") return;
  const scale = Scale.safeParse(item.get(key));
  // Not a scale at all: every reader skips it, so it claims nothing.
  if (!scale.success) return;
  const { raterName, raterRole } = scale.data;
  if (scale.data.raterKey === raterKey && raterName === writer.name && raterRole === writer.role) return;
  fixes.push(() => item.set(key, { ...scale.data, raterKey, raterName: writer.name, raterRole: writer.role }));
  if (claimsAnotherRole(raterRole, writer)) forgeries.push({ itemId: id, key });
}

/** Puts a key back as it was before the change: its old value, or no value if it had none. */
function restore(item: Y.Map<unknown>, key: string, change: KeyChange): void {
  if (change.action === "add") item.delete(key);
  else item.set(key, change.oldValue);
}
