import { z } from "zod";
import { CaseId } from "../model/ids.ts";
import { MemberId } from "./Session.ts";

export const ConsentId = z.uuid().brand<"ConsentId">();
export type ConsentId = z.infer<typeof ConsentId>;

/**
 * Samtykke: the citizen's consent to share information across services, for a purpose, covering
 * named people on the roster and/or whole organisations. Withdrawing it takes effect at once.
 */
export const Consent = z.object({
  id: ConsentId,
  caseId: CaseId,
  purpose: z.string(),
  memberIds: z.array(MemberId),
  organisations: z.array(z.string()),
  givenAt: z.iso.date(),
  withdrawnAt: z.iso.datetime({ offset: true }).nullable(),
  recordedAt: z.iso.datetime({ offset: true }),
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
  })
  .refine((body) => body.memberIds.length + body.organisations.length > 0, {
    message: "consent must cover at least one person or organisation",
    path: ["memberIds"],
  });
export type RecordConsentBody = z.input<typeof RecordConsentBody>;
