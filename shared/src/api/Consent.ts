import { z } from "zod";
import { CaseId, ConsentId, MemberId } from "../vocabulary/index.ts";

/** How many days before a consent runs out the coordinator is reminded to renew it. */
export const CONSENT_REMINDER_DAYS = 14;

/**
 * Samtykke: the citizen's consent to share information across services, for a purpose and a
 * period, covering named people on the roster and/or whole organisations. Withdrawing it takes
 * effect at once; so does the end of its period.
 */
export const Consent = z.object({
  id: ConsentId,
  caseId: CaseId,
  purpose: z.string(),
  memberIds: z.array(MemberId),
  organisations: z.array(z.string()),
  givenAt: z.iso.date(),
  /** The last Copenhagen calendar day it holds; null: until withdrawn. */
  validUntil: z.iso.date().nullable(),
  withdrawnAt: z.iso.datetime({ offset: true }).nullable(),
  recordedAt: z.iso.datetime({ offset: true }),
  /** Days from today (Copenhagen) to validUntil: 0 on its last day, negative once it has run out; null without an end. */
  daysLeft: z.number().int().nullable(),
  /** In force, and ends within CONSENT_REMINDER_DAYS: time to remind the coordinator. */
  endsSoon: z.boolean(),
  /** Its period has passed: it covers no one any more, as if withdrawn. */
  expired: z.boolean(),
});
export type Consent = z.infer<typeof Consent>;

export const ConsentList = z.object({ consents: z.array(Consent) });
export type ConsentList = z.infer<typeof ConsentList>;

export const RecordConsentBody = z
  .strictObject({
    purpose: z.string().trim().min(1, "purpose must not be empty").max(500),
    memberIds: z.array(MemberId).max(100).default([]),
    organisations: z.array(z.string().trim().min(1).max(120)).max(50).default([]),
    givenAt: z.iso.date({ error: "givenAt must be a date such as 2026-11-25" }),
    /** The last day the consent holds (a Copenhagen calendar day); left out: until withdrawn. */
    validUntil: z.iso.date({ error: "validUntil must be a date such as 2027-05-25" }).nullable().optional(),
  })
  .refine((body) => body.memberIds.length + body.organisations.length > 0, {
    message: "consent must cover at least one person or organisation",
    path: ["memberIds"],
  })
  // Dates as YYYY-MM-DD compare as text.
  .refine((body) => body.validUntil == null || body.validUntil >= body.givenAt, {
    message: "validUntil must not be before givenAt",
    path: ["validUntil"],
  });
export type RecordConsentBody = z.input<typeof RecordConsentBody>;
