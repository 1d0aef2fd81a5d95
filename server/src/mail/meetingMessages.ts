import type { Member } from "@samplan/shared/api";
import { createEvent } from "ics";
import type { MeetingRow } from "../storage/MeetingRepository.ts";
import type { OutboxRow } from "../storage/OutboxRepository.ts";
import type { MailWords } from "./MailWords.ts";
import type { Rendered } from "./rendered.ts";
import { mailWords } from "./words.ts";

/** A meeting has no end time in Samplan; calendars get the usual length of a netværksmøde. */
const MEETING_MINUTES = 90;

export interface MeetingMessageContext {
  meeting: MeetingRow;
  member: Member;
  origin: string;
  /** The address invitations come from, the calendar event's organiser. */
  from: string;
  now: Date;
}

/**
 * The invitation: the meeting's title and time, the video link if it has one, and what a
 * netværksmøde talks about in general words. Nothing from the plan: no goal, no observation.
 * Its calendar event keeps one UID for the meeting and counts up SEQUENCE with every change, so a
 * calendar replaces the event it has instead of adding a second.
 */
export function meetingInvitation(row: OutboxRow, c: MeetingMessageContext): Rendered {
  const { meeting, member } = c;
  if (meeting.cancelled_at) return { skip: "meeting cancelled" };
  if (meeting.closed_at) return { skip: "meeting closed" };
  if (new Date(meeting.starts_at) <= c.now) return { skip: "meeting started" };
  // A later change wrote a newer invitation; that one goes out instead.
  if (String(meeting.calendar_sequence) !== row.about) return { skip: "superseded by a newer invitation" };
  const w = mailWords(member.language);
  const when = w.dateTime(meeting.starts_at);
  const updated = meeting.calendar_sequence > 0;
  const text = [
    w.greeting(member.name),
    updated ? w.changed(meeting.title) : w.invited(meeting.title),
    w.at(when),
    meeting.place ? w.place(meeting.place) : "",
    meeting.remote_url ? w.video(meeting.remote_url) : "",
    whatWeTalkAbout(member, w),
    howToJoin(member, meeting, c.origin, w),
    w.calendarAttached,
    w.signature,
  ];
  return {
    mail: {
      subject: updated ? w.changedSubject(meeting.title, when) : w.invitationSubject(meeting.title, when),
      text: paragraphs(text),
      calendar: { method: "REQUEST", ics: calendarEvent(c) },
    },
  };
}

/** The day before: the time and the video link, once more. */
export function meetingTomorrow(row: OutboxRow, c: MeetingMessageContext): Rendered {
  const { meeting, member } = c;
  if (meeting.cancelled_at) return { skip: "meeting cancelled" };
  if (meeting.closed_at) return { skip: "meeting closed" };
  if (meeting.starts_at !== row.about) return { skip: "meeting moved" };
  if (new Date(meeting.starts_at) <= c.now) return { skip: "meeting started" };
  const w = mailWords(member.language);
  const time = w.time(meeting.starts_at);
  const text = [
    w.greeting(member.name),
    w.tomorrow(meeting.title, time),
    meeting.place ? w.place(meeting.place) : "",
    meeting.remote_url ? w.video(meeting.remote_url) : "",
    whatWeTalkAbout(member, w),
    howToJoin(member, meeting, c.origin, w),
    w.signature,
  ];
  return { mail: { subject: w.tomorrowSubject(meeting.title, time), text: paragraphs(text) } };
}

/** The meeting will not be held: the calendar event is cancelled (same UID, the next SEQUENCE). */
export function meetingCancelled(_row: OutboxRow, c: MeetingMessageContext): Rendered {
  const { meeting, member } = c;
  if (!meeting.cancelled_at) return { skip: "meeting not cancelled" };
  const w = mailWords(member.language);
  const when = w.dateTime(meeting.starts_at);
  const text = [
    w.greeting(member.name),
    w.cancelled(meeting.title, when),
    w.cancelledNext,
    w.cancelAttached,
    w.signature,
  ];
  return {
    mail: {
      subject: w.cancelledSubject(meeting.title, when),
      text: paragraphs(text),
      calendar: { method: "CANCEL", ics: calendarEvent(c, "CANCEL") },
    },
  };
}

/** The citizen is told in her own plain words; the professionals in theirs. Both general, never her plan. */
function whatWeTalkAbout(member: Member, w: MailWords): string {
  return member.role === "borger" ? w.talkCitizen : w.talkStaff;
}

function howToJoin(member: Member, meeting: MeetingRow, origin: string, w: MailWords): string {
  return member.accountId ? w.joinStaff(`${origin}/meetings/${meeting.id}`) : w.joinGuest;
}

function paragraphs(lines: string[]): string {
  return `${lines.filter(Boolean).join("\n\n")}\n`;
}

function calendarEvent(
  { meeting, member, origin, from }: MeetingMessageContext,
  method: "REQUEST" | "CANCEL" = "REQUEST",
): string {
  const { error, value } = createEvent({
    uid: `${meeting.id}@samplan`,
    sequence: meeting.calendar_sequence,
    method,
    productId: "samplan/ics",
    start: Date.parse(meeting.starts_at),
    startInputType: "utc",
    startOutputType: "utc",
    duration: { minutes: MEETING_MINUTES },
    title: meeting.title,
    description: whatWeTalkAbout(member, mailWords(member.language)),
    // The room if there is one, otherwise the video link: what a calendar shows as "where".
    ...(meeting.place || meeting.remote_url ? { location: meeting.place ?? meeting.remote_url ?? "" } : {}),
    ...(meeting.remote_url ? { url: meeting.remote_url } : {}),
    status: method === "CANCEL" ? "CANCELLED" : "CONFIRMED",
    organizer: { name: "Samplan", email: addressOf(from) },
    attendees: [{ name: member.name, email: member.email ?? undefined, rsvp: false, role: "REQ-PARTICIPANT" }],
    ...(member.accountId ? { url: meeting.remote_url ?? `${origin}/meetings/${meeting.id}` } : {}),
  });
  if (error || !value) throw error ?? new Error("the calendar event could not be made");
  return value;
}

/** "Samplan <samplan@kommune.dk>" or a bare address: the address. */
function addressOf(from: string): string {
  return from.match(/<([^>]+)>/)?.[1] ?? from;
}
