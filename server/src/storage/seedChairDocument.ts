import { chairDocumentName, createChairDocument, type MeetingId, seedAgenda } from "@samplan/shared/model";
import * as Y from "yjs";
import type { DocumentStore } from "./DocumentStore.ts";

/**
 * Gives a new meeting its chair's document with the default agenda, written once when the meeting
 * is created, so no two servers or browsers ever seed it twice.
 */
export function seedChairDocument(documents: DocumentStore, meetingId: MeetingId, createdBy: string): void {
  const doc = createChairDocument();
  seedAgenda(doc, createdBy);
  documents.compact(chairDocumentName(meetingId), Y.encodeStateAsUpdate(doc));
  doc.destroy();
}
