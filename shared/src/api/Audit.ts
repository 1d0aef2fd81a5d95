import { z } from "zod";

/** One line of the append-only audit trail: who did what, when, to which case or meeting. */
export const AuditEvent = z.object({
  id: z.number().int(),
  at: z.iso.datetime({ offset: true }),
  actor: z.string(),
  actorRole: z.string(),
  action: z.string(),
  caseId: z.string().nullable(),
  meetingId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEvent = z.infer<typeof AuditEvent>;

export const AuditTrail = z.object({ events: z.array(AuditEvent) });
export type AuditTrail = z.infer<typeof AuditTrail>;
