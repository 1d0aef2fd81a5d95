import type { Meeting } from "@samplan/shared/api";
import { createMeetingDocument, type MeetingSnapshot } from "@samplan/shared/model";
import * as Y from "yjs";
import type { DocumentStore } from "../storage/DocumentStore.ts";

/**
 * Every meeting of a case as a document read from storage. Storage holds every update the server
 * has applied (appended as they arrive), so this is current even for a meeting that is live now.
 * The caller destroys the documents when done.
 */
export function loadCaseMeetings(documents: DocumentStore, meetings: Meeting[]): MeetingSnapshot[] {
  return meetings.map((meeting) => {
    const doc = createMeetingDocument();
    for (const update of documents.load(meeting.documentName)) Y.applyUpdate(doc, update);
    return { meetingId: meeting.id, title: meeting.title, startsAt: meeting.startsAt, doc };
  });
}
