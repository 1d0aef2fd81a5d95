import type * as Y from "yjs";
import { z } from "zod";
import { Role } from "../../vocabulary/index.ts";
import { MODEL_ORIGIN } from "../origin.ts";

/**
 * Who had the floor, from when: a log the chair's own client keeps in the chair's document, one
 * entry each time the floor changes (a round's next speaker, a raised hand taken, the round ended,
 * a new phase). It is what "every voice counted" (issue 20) is computed from; there is no audio.
 *
 * Each entry's key is built from the chair's converged state (the server's stamp, or the hand's
 * owner and the time it went up), so two of the coordinator's tabs that both record a change
 * write the same entry, not two.
 */
export const FloorEntry = z.object({
  /** Server time (ms) the floor changed hands. */
  at: z.number().finite().nonnegative(),
  /** Who got the floor; null when nobody in particular did (the round ended, a new phase began). */
  speaker: z
    .object({
      key: z.string().min(1).max(200),
      name: z.string().min(1).max(120),
      role: Role.nullable(),
    })
    .nullable(),
  via: z.enum(["round", "hand", "phase"]),
  /** For a hand: when it went up (server time), so the wait can be told. */
  raisedAt: z.number().finite().nonnegative().nullable(),
});
export type FloorEntry = z.infer<typeof FloorEntry>;

/** The most entries kept: a long meeting has a few hundred; past this the log stops growing. */
export const MAX_FLOOR_ENTRIES = 2000;

export function floorMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap("floor");
}

/** Records a change of the floor under `key`; a key already recorded is left as it is. */
export function recordFloor(doc: Y.Doc, key: string, entry: FloorEntry): void {
  const floor = floorMap(doc);
  if (floor.has(key) || floor.size >= MAX_FLOOR_ENTRIES) return;
  const parsed = FloorEntry.parse(entry);
  doc.transact(() => floor.set(key, parsed), MODEL_ORIGIN);
}

/** Every well-formed entry, in the order the floor changed. */
export function listFloor(doc: Y.Doc): FloorEntry[] {
  const entries: FloorEntry[] = [];
  for (const value of floorMap(doc).values()) {
    const entry = FloorEntry.safeParse(value);
    if (entry.success) entries.push(entry.data);
  }
  return entries.sort((a, b) => a.at - b.at);
}

export function roundFloorKey(speakerStartedAt: number): string {
  return `round:${speakerStartedAt}`;
}

export function phaseFloorKey(phaseStartedAt: number): string {
  return `phase:${phaseStartedAt}`;
}

export function handFloorKey(hand: { key: string; raisedAt: number }): string {
  return `hand:${hand.key}:${hand.raisedAt}`;
}
