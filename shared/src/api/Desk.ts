import { z } from "zod";
import { CaseId, ConsentId, MeetingId, OutboxKind } from "../vocabulary/index.ts";

/** Skal følges op: how far ahead a consent's end is worth her attention. */
export const DESK_CONSENT_DAYS = 30;

const AboutCase = { caseId: CaseId, citizenName: z.string() };

/**
 * One thing on the coordinator's desk that needs following up (issue 24): a consent about to end,
 * a case with no meeting planned, minutes closed but not approved, an e-mail that never arrived.
 */
export const FollowUp = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("consentEnds"),
    ...AboutCase,
    consentId: ConsentId,
    purpose: z.string(),
    validUntil: z.iso.date(),
    daysLeft: z.number().int(),
  }),
  z.object({
    kind: z.literal("noMeetingPlanned"),
    ...AboutCase,
    /** When the network last met; null if it never has. */
    lastMeetingAt: z.string().nullable(),
  }),
  z.object({
    kind: z.literal("minutesNotApproved"),
    ...AboutCase,
    meetingId: MeetingId,
    title: z.string(),
    closedAt: z.iso.datetime({ offset: true }),
  }),
  z.object({
    kind: z.literal("mailUndeliverable"),
    ...AboutCase,
    meetingId: MeetingId,
    /** Who on the roster it was for (their name; the address is never shown here). */
    memberName: z.string(),
    mail: OutboxKind,
    failedAt: z.string(),
  }),
]);
export type FollowUp = z.infer<typeof FollowUp>;

export const DeskFollowUps = z.object({ followUps: z.array(FollowUp) });
export type DeskFollowUps = z.infer<typeof DeskFollowUps>;
