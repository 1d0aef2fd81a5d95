import type { Meeting } from "@samplan/shared/api";
import { createMeetingDocument, type MeetingSnapshot } from "@samplan/shared/model";
import type { DocumentStore } from "../storage/DocumentStore.ts";

/**
 * Every meeting of a case as a document read from storage. Storage holds every update the server
 * has applied (appended as they arrive), so this is current even for a meeting that is live now.
 * The caller destroys the documents when done.
 */
export async function loadCaseMeetings(documents: DocumentStore, meetings: Meeting[]): Promise<MeetingSnapshot[]> {
  return Promise.all(
    meetings.map(async (meeting) => {
      const { doc } = await documents.loadDoc(meeting.documentName, createMeetingDocument());
      return { meetingId: meeting.id, title: meeting.title, startsAt: meeting.startsAt, doc };
    }),
  );
}
