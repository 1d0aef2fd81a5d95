import { z } from "zod";
import { Role } from "../vocabulary/roles.ts";

/**
 * Who wrote what in one version of a meeting, item by item. "Recorded" authors come from the
 * server, which knows who each connection is; the item's own createdBy field is what a client
 * wrote into the document, kept only as a fallback for text the server never saw being written
 * (carried over from the last meeting, or written before authors were recorded).
 */
export const Author = z.object({ memberId: z.string(), name: z.string(), role: Role });
export type Author = z.infer<typeof Author>;

/** A stretch of an item's words written by one person (null: not recorded). Blocks end with "\n". */
export const TextRun = z.object({ text: z.string(), author: Author.nullable() });
export type TextRun = z.infer<typeof TextRun>;

export const ItemAttribution = z.object({
  id: z.string(),
  /** Whose connection added the item, as the server recorded it. */
  writtenBy: Author.nullable(),
  /** What the item says about its author (createdBy): a claim, shown only when nothing is recorded. */
  claimedBy: z.object({ name: z.string(), role: Role.nullable() }).nullable(),
  /** Everyone else who wrote, removed or changed anything in the item (its text or its fields). */
  editedBy: z.array(Author),
  runs: z.array(TextRun),
});
export type ItemAttribution = z.infer<typeof ItemAttribution>;

/**
 * Per section, in the same order as the minutes' list of the same name: both are read from the
 * same frozen state with the same ordering, so the n-th entry here is the n-th item there.
 */
export const MeetingAttribution = z.object({
  goals: z.array(ItemAttribution),
  resources: z.array(ItemAttribution),
  progress: z.array(ItemAttribution),
  round: z.array(ItemAttribution),
  nextSteps: z.array(ItemAttribution),
});
export type MeetingAttribution = z.infer<typeof MeetingAttribution>;
