import {
  meetingRoutes as api,
  type ConnectionToken,
  type CreateMeetingBody,
  type Meeting,
  type MeetingWithCase,
  type Session,
} from "@samplan/shared/api";
import { whileSessionChanges } from "../features/session/sessionEpoch.ts";
import { call } from "./request.ts";

// Meetings: planned from the case page, opened on the meeting page and the big screen.

/**
 * Plans the next meeting; the server carries the latest meeting's active goals and open steps into
 * it. `idempotencyKey` is made once per submission and sent again on a retry, so a retried request
 * gets the meeting the first one created instead of a second one.
 */
export function createMeeting(caseId: string, body: CreateMeetingBody, idempotencyKey?: string): Promise<Meeting> {
  return call(api.createMeeting, {
    params: { caseId },
    body,
    ...(idempotencyKey ? { headers: { "Idempotency-Key": idempotencyKey } } : {}),
  });
}

export function getMeeting(meetingId: string): Promise<MeetingWithCase> {
  return call(api.meeting, { params: { meetingId } });
}

/** Cancels a meeting that has not begun; everyone invited gets a calendar cancellation. */
export async function cancelMeeting(meetingId: string): Promise<void> {
  await call(api.cancelMeeting, { params: { meetingId } });
}

/**
 * A five-minute token for the meeting's websocket. A refusal is left to the meeting page, which
 * tells a guest why in place (invitation withdrawn or expired) instead of leaving the meeting.
 */
export function connectionToken(meetingId: string): Promise<ConnectionToken> {
  return call(api.connectionToken, { params: { meetingId }, expectUnauthenticated: true });
}

/**
 * This device becomes the citizen's, in this meeting; the coordinator's session on it ends. The
 * server ends the coordinator's session (and her connections) before it answers; until the answer
 * with the citizen's session is here, a refusal of the old one is no news (sessionEpoch.ts).
 */
export function handTabletToCitizen(meetingId: string): Promise<Session> {
  return whileSessionChanges(() => call(api.citizenTablet, { params: { meetingId }, body: {} }));
}
