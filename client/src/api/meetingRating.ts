import {
  meetingRatingRoutes as api,
  type CaseMeetingRatings,
  type MeetingRatingBody,
  type OwnMeetingRating,
} from "@samplan/shared/api";
import { call } from "./request.ts";

// After a meeting: how it was for the citizen.

export function getOwnMeetingRating(meetingId: string): Promise<OwnMeetingRating> {
  return call(api.meetingRating, { params: { meetingId } });
}

export function rateMeeting(meetingId: string, body: MeetingRatingBody): Promise<OwnMeetingRating> {
  return call(api.rateMeeting, { params: { meetingId }, body });
}

/** How the citizen rated the case's meetings, as far as the reader may see them. */
export function getMeetingRatings(caseId: string): Promise<CaseMeetingRatings> {
  return call(api.meetingRatings, { params: { caseId } });
}
