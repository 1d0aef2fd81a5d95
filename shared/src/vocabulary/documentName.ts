import { z } from "zod";
import { MeetingId } from "./ids.ts";

// Two Yjs documents per meeting: the plan everyone writes (meeting:<uuid>) and the chair's
// document (meeting:<uuid>:chair) with the agenda, the current phase and the round, which only
// the coordinator writes. The name is the only thing a websocket client chooses, so it is parsed
// strictly: anything that is not exactly one of these shapes never reaches storage.
const PREFIX = "meeting:";
const CHAIR_SUFFIX = ":chair";
const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const MEETING_DOCUMENT = new RegExp(`^meeting:(${UUID})$`);
const ANY_DOCUMENT = new RegExp(`^meeting:(${UUID})(${CHAIR_SUFFIX})?$`);

export const MeetingDocumentName = z
  .string()
  .max(64)
  .regex(MEETING_DOCUMENT, "must be meeting:<uuid>")
  .brand<"MeetingDocumentName">();
export type MeetingDocumentName = z.infer<typeof MeetingDocumentName>;

export function meetingDocumentName(meetingId: MeetingId): MeetingDocumentName {
  return `${PREFIX}${meetingId}` as MeetingDocumentName;
}

/** The meeting a document name points at, or null when the name is not one of ours. */
export function parseMeetingDocumentName(name: unknown): MeetingId | null {
  const parsed = MeetingDocumentName.safeParse(name);
  if (!parsed.success) return null;
  const id = MeetingId.safeParse(parsed.data.slice(PREFIX.length));
  return id.success ? id.data : null;
}

export type MeetingDocumentKind = "plan" | "chair";

export function chairDocumentName(meetingId: MeetingId): string {
  return `${PREFIX}${meetingId}${CHAIR_SUFFIX}`;
}

/** Which meeting, and which of its two documents, a document name points at; null when not ours. */
export function parseDocumentName(name: unknown): { meetingId: MeetingId; kind: MeetingDocumentKind } | null {
  if (typeof name !== "string" || name.length > 80) return null;
  const match = ANY_DOCUMENT.exec(name);
  const id = MeetingId.safeParse(match?.[1]);
  if (!match || !id.success) return null;
  return { meetingId: id.data, kind: match[2] ? "chair" : "plan" };
}
