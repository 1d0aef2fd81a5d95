import {
  recordRoutes as api,
  type MinutesAnswer,
  pathOf,
  type VersionDetail,
  type VersionList,
  type VersionSummary,
} from "@samplan/shared/api";
import { call } from "./request.ts";

// The record: closing, the minutes, approval and versions.

/** Closes the meeting: the document becomes read-only for everyone and the minutes are frozen. */
export function closeMeeting(meetingId: string, nextMeetingAt: string | null): Promise<VersionSummary> {
  return call(api.closeMeeting, { params: { meetingId }, body: { nextMeetingAt } });
}

/** Before approval a reopening; after approval a correction (the approved version stays). */
export function reopenMeeting(meetingId: string): Promise<VersionSummary> {
  return call(api.reopenMeeting, { params: { meetingId }, body: {} });
}

export function approveMinutes(meetingId: string): Promise<VersionSummary> {
  return call(api.approveMinutes, { params: { meetingId }, body: {} });
}

export function getMinutes(meetingId: string): Promise<MinutesAnswer> {
  return call(api.minutes, { params: { meetingId } });
}

export function listVersions(meetingId: string): Promise<VersionList> {
  return call(api.versions, { params: { meetingId } });
}

export function getVersion(meetingId: string, number: number): Promise<VersionDetail> {
  return call(api.version, { params: { meetingId, number } });
}

/** Where the minutes download in each format (the browser follows these links with the cookie). */
export function minutesDownload(meetingId: string, format: "pdf" | "md" | "json" | "journal"): string {
  const route = {
    pdf: api.minutesPdf,
    md: api.minutesMarkdown,
    json: api.minutes,
    journal: api.journalNote,
  }[format];
  return pathOf(route, { meetingId });
}
