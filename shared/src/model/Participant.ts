import { z } from "zod";
import { Role } from "../vocabulary/index.ts";

/**
 * Who you are in the meeting's presence bar and on your caret: the awareness state each client
 * publishes. Read back through this schema, since every client writes its own.
 */
export const PresenceUser = z.object({
  name: z.string().trim().min(1).max(80),
  role: Role,
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
});
export type PresenceUser = z.infer<typeof PresenceUser>;

// Distinct, readable on white, and none of them red (which reads as an error).
const PALETTE = ["#1f6feb", "#8250df", "#1a7f37", "#bc4c00", "#0969da", "#bf3989", "#6639ba", "#116329"];

/** A stable colour for a name, so a person keeps their colour across reloads and devices. */
export function colorFor(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return PALETTE[hash % PALETTE.length] ?? "#1f6feb";
}
