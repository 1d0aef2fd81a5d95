import { CaseMeetingRatings, MeetingRatingBody, OwnMeetingRating } from "../MeetingRating.ts";
import { ofCase, ofMeeting, route } from "./route.ts";

/** After a meeting: the citizen says how it was for her; the coordinator reads it over time. */
export const meetingRatingRoutes = {
  meetingRating: route({
    method: "get",
    path: "/api/meetings/:meetingId/rating",
    params: ofMeeting,
    answer: OwnMeetingRating,
  }),
  rateMeeting: route({
    method: "post",
    path: "/api/meetings/:meetingId/rating",
    params: ofMeeting,
    body: MeetingRatingBody,
    answer: OwnMeetingRating,
  }),
  meetingRatings: route({
    method: "get",
    path: "/api/cases/:caseId/meeting-ratings",
    params: ofCase,
    answer: CaseMeetingRatings,
  }),
} as const;
