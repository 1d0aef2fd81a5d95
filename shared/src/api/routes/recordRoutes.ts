import { z } from "zod";
import { JournalNote } from "../JournalNote.ts";
import { CloseMeetingBody, MinutesAnswer, VersionDetail, VersionList, VersionSummary } from "../Minutes.ts";
import { meetingId, ofMeeting, route } from "./route.ts";

/** The record: closing, the minutes, approval and versions. */
export const recordRoutes = {
  closeMeeting: route({
    method: "post",
    path: "/api/meetings/:meetingId/close",
    params: ofMeeting,
    body: CloseMeetingBody,
    answer: VersionSummary,
  }),
  reopenMeeting: route({
    method: "post",
    path: "/api/meetings/:meetingId/reopen",
    params: ofMeeting,
    body: CloseMeetingBody,
    answer: VersionSummary,
  }),
  approveMinutes: route({
    method: "post",
    path: "/api/meetings/:meetingId/approve",
    params: ofMeeting,
    body: CloseMeetingBody,
    answer: VersionSummary,
  }),
  minutes: route({ method: "get", path: "/api/meetings/:meetingId/minutes", params: ofMeeting, answer: MinutesAnswer }),
  minutesMarkdown: route({ method: "get", path: "/api/meetings/:meetingId/minutes.md", params: ofMeeting }),
  minutesPdf: route({ method: "get", path: "/api/meetings/:meetingId/minutes.pdf", params: ofMeeting }),
  journalNote: route({
    method: "get",
    path: "/api/meetings/:meetingId/journal-note",
    params: ofMeeting,
    answer: JournalNote,
  }),
  versions: route({ method: "get", path: "/api/meetings/:meetingId/versions", params: ofMeeting, answer: VersionList }),
  version: route({
    method: "get",
    path: "/api/meetings/:meetingId/versions/:number",
    params: z.object({ meetingId, number: z.coerce.number().int().min(1) }),
    answer: VersionDetail,
  }),
} as const;
