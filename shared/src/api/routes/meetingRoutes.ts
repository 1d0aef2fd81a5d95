import { CreateMeetingBody, Meeting, MeetingWithCase, UpdateMeetingBody } from "../Meeting.ts";
import { ConnectionToken, Session } from "../Session.ts";
import { ofCase, ofMeeting, route } from "./route.ts";

/** Meetings: planned from the case page, opened on the meeting page and the big screen. */
export const meetingRoutes = {
  createMeeting: route({
    method: "post",
    path: "/api/cases/:caseId/meetings",
    params: ofCase,
    body: CreateMeetingBody,
    answer: Meeting,
  }),
  meeting: route({ method: "get", path: "/api/meetings/:meetingId", params: ofMeeting, answer: MeetingWithCase }),
  updateMeeting: route({
    method: "patch",
    path: "/api/meetings/:meetingId",
    params: ofMeeting,
    body: UpdateMeetingBody,
    answer: MeetingWithCase,
  }),
  cancelMeeting: route({ method: "post", path: "/api/meetings/:meetingId/cancel", params: ofMeeting }),
  connectionToken: route({
    method: "post",
    path: "/api/meetings/:meetingId/connection-token",
    params: ofMeeting,
    answer: ConnectionToken,
  }),
  citizenTablet: route({
    method: "post",
    path: "/api/meetings/:meetingId/citizen-tablet",
    params: ofMeeting,
    answer: Session,
  }),
} as const;
