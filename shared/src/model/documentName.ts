import { z } from "zod";
import { MeetingId } from "./ids.ts";

// One Yjs document per meeting. The name is the only thing a websocket client chooses, so it is
// parsed strictly: anything that is not exactly this shape never reaches storage.
const PREFIX = "meeting:";
const MEETING_DOCUMENT = /^meeting:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

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
