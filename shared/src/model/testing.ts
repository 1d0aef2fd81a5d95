import * as Y from "yjs";
import { createMeetingDocument } from "./MeetingDocument.ts";

/** Two replicas of one meeting document, as two participants' browsers hold them. */
export function twoReplicas(): [Y.Doc, Y.Doc] {
  const a = createMeetingDocument();
  const b = createMeetingDocument();
  sync(a, b);
  return [a, b];
}

/** Exchanges everything each replica lacks, as the server does when both are connected. */
export function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), "remote");
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), "remote");
}
