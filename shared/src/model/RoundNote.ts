import type * as Y from "yjs";
import { z } from "zod";
import type { Role } from "../vocabulary/index.ts";
import type { RichText } from "./richText.ts";
import { addItem, type Item, itemText, listItems, removeItem, type SectionSpec } from "./sectionList.ts";

/**
 * Runden: what each person said when it was their turn in the round, written under their name,
 * so every perspective is on the record before the network agrees on next steps.
 */
export type RoundNoteId = string & { readonly __brand: "RoundNoteId" };

const fields = z.object({
  speaker: z.string().trim().min(1).max(120),
  /** The speaker's roster entry, when known; the name is what the minutes show. */
  speakerId: z.string().max(64).nullable(),
});

const read = z.object({
  speaker: z.string().max(120).catch(""),
  speakerId: z.string().max(64).nullable().catch(null),
});

export const roundNotes: SectionSpec<typeof fields.shape> = { key: "round", fields, read };

export type RoundNoteFields = z.infer<typeof fields>;
export type RoundNote = Item<RoundNoteFields> & { id: RoundNoteId };

export function listRoundNotes(doc: Y.Doc): RoundNote[] {
  return listItems(doc, roundNotes) as RoundNote[];
}

/** The note for a speaker, created the first time they have the floor. */
export function roundNoteFor(
  doc: Y.Doc,
  speaker: { name: string; id: string | null },
  author: { createdBy: string; createdByRole?: Role },
): RoundNoteId {
  const existing = listRoundNotes(doc).find((note) =>
    speaker.id ? note.speakerId === speaker.id : note.speaker === speaker.name,
  );
  if (existing) return existing.id;
  return addItem(doc, roundNotes, {
    ...author,
    fields: { speaker: speaker.name, speakerId: speaker.id },
  }) as RoundNoteId;
}

export function removeRoundNote(doc: Y.Doc, id: RoundNoteId): void {
  removeItem(doc, roundNotes, id);
}

export function roundNoteText(doc: Y.Doc, id: RoundNoteId): RichText | null {
  return itemText(doc, roundNotes, id);
}
