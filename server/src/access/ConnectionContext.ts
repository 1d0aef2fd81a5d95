import type { CaseId, MeetingId, Role } from "@samplan/shared/vocabulary";

/**
 * What the server knows about a websocket connection once it is let in (Authentication makes it;
 * the access rules, the guards and the other extensions read it). Plain data, in the access layer,
 * so nothing below the extensions imports from them.
 */
export interface ConnectionContext {
  memberId: string;
  name: string;
  role: Role;
  caseId: CaseId;
  meetingId: MeetingId;
  invitationId: string | null;
  /** The staff account behind the connection; null for a guest. */
  accountId: string | null;
  /** The session the connection token was issued to: signing that session out closes this connection. */
  sessionId: string;
  /** When the right to be here must be looked at again at the latest (AccessDeadline). */
  reviewAt: number;
  documentKind: "plan" | "chair";
}
