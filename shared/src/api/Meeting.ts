import { z } from "zod";
import {
  CaseId,
  MeetingDocumentName,
  MeetingId,
  MeetingReadiness,
  MeetingStatus,
  MemberId,
  Role,
} from "../vocabulary/index.ts";
import { MeetingMethod, MeetingTemplateId } from "./MeetingTemplate.ts";

/** Et netværksmøde in a case. Its content lives in the Yjs document named `documentName`. */
export const Meeting = z.object({
  id: MeetingId,
  caseId: CaseId,
  title: z.string(),
  startsAt: z.iso.datetime({ offset: true }),
  createdAt: z.iso.datetime({ offset: true }),
  documentName: MeetingDocumentName,
  status: MeetingStatus,
  closedAt: z.iso.datetime({ offset: true }).nullable(),
  /** When the coordinator approved the minutes; null until then, and again while a correction is open. */
  approvedAt: z.iso.datetime({ offset: true }).nullable(),
  /** When the network meets next: as agreed at closing, else the case's next planned meeting. */
  nextMeetingAt: z.string().nullable(),
  /** The municipality's video service for those who join from afar; shown in invitations and on the meeting page. */
  remoteUrl: z.string().nullable(),
  /** Where it is held ("Jobcentret, lokale 2"); it goes into e-mails, so nothing that reveals a treatment. */
  place: z.string().nullable(),
  /** The meeting template's version the agenda started from (name-v1); null for older meetings. */
  templateId: z.string().nullable(),
  /** That method's name and version, for everyone in the meeting to see; null for older meetings. */
  method: MeetingMethod.nullable(),
  /** Names of the people on the roster invited to this meeting, and the coordinator. */
  participants: z.array(z.string()),
});
export type Meeting = z.infer<typeof Meeting>;

const Title = z
  .string({ error: "title must be text" })
  .trim()
  .min(1, "title must not be empty")
  .max(160, "title must be at most 160 characters");

const StartsAt = z.iso.datetime({
  offset: true,
  error: "startsAt must be a date and time such as 2026-12-01T10:00:00+01:00",
});

/**
 * A video link goes into e-mails and calendars, so only https and nothing that could hide
 * another address; empty means none.
 */
export const RemoteUrl = z
  .string({ error: "remoteUrl must be text" })
  .trim()
  .max(500, "remoteUrl must be at most 500 characters")
  // https, a host without user or password (nothing that could hide another address), no spaces.
  .regex(
    /^$|^https:\/\/[^\s/@:]+(:\d+)?(\/\S*)?$/,
    "remoteUrl must be an https:// address such as https://video.kommune.dk/mode/123",
  )
  .transform((value) => (value === "" ? null : value));

/** Where the meeting is held; empty means not said. */
const Place = z
  .string({ error: "place must be text" })
  .trim()
  .max(200, "place must be at most 200 characters")
  .transform((value) => (value === "" ? null : value));

export const CreateMeetingBody = z.strictObject({
  title: Title,
  startsAt: StartsAt,
  remoteUrl: RemoteUrl.default(null),
  place: Place.default(null),
  /** The method to start from; the standard network meeting when left out. */
  templateId: MeetingTemplateId.optional(),
});
export type CreateMeetingBody = z.input<typeof CreateMeetingBody>;

/** Moving a meeting, renaming it or giving it a video link: everyone invited gets an updated invitation. */
export const UpdateMeetingBody = z.strictObject({
  title: Title.optional(),
  startsAt: StartsAt.optional(),
  remoteUrl: RemoteUrl.optional(),
  place: Place.optional(),
});
export type UpdateMeetingBody = z.input<typeof UpdateMeetingBody>;

export const MeetingWithCase = Meeting.extend({
  citizenName: z.string(),
  /** The asker's role in the meeting's case, as the server decides it (see CaseWithMeetings). */
  yourRole: Role.optional(),
});
export type MeetingWithCase = z.infer<typeof MeetingWithCase>;

/** Kommende møder: how far ahead the coordinator's start page looks. */
export const DESK_MEETING_DAYS = 14;

/** Someone on the case's roster, and how far they are from taking part in the meeting. */
export const MeetingPerson = z.object({
  memberId: MemberId,
  name: z.string(),
  role: Role,
  readiness: MeetingReadiness,
});
export type MeetingPerson = z.infer<typeof MeetingPerson>;

/** A meeting on the desk: who is in the network and who is not ready yet; whether the citizen shared her preparation. */
export const DeskMeeting = MeetingWithCase.extend({
  people: z.array(MeetingPerson),
  citizenPrepared: z.boolean(),
});
export type DeskMeeting = z.infer<typeof DeskMeeting>;

/** Her meetings from three hours ago (one under way) to `DESK_MEETING_DAYS` ahead, soonest first. */
export const DeskMeetings = z.object({ meetings: z.array(DeskMeeting) });
export type DeskMeetings = z.infer<typeof DeskMeetings>;
