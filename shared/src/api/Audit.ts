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

/**
 * One page of a case's trail, newest first. `nextBefore` asks for the page after it (the events
 * older than those), null when there are none: a long trail is paged through, never cut off.
 */
export const AuditTrail = z.object({ events: z.array(AuditEvent), nextBefore: z.number().int().nullable() });
export type AuditTrail = z.infer<typeof AuditTrail>;

export const AUDIT_PAGE_MAX = 500;

/** Which page of the trail: the events before an event's id, so many at most. */
export const AuditTrailQuery = z.object({
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(AUDIT_PAGE_MAX).default(200),
});
export type AuditTrailQuery = z.infer<typeof AuditTrailQuery>;

/**
 * What the citizen's data export is made as: JSON, complete, for machines (the default, as it has
 * always been); or for her to read, in plain Danish, as a PDF or an HTML page.
 */
export const CaseExportQuery = z.object({
  format: z.enum(["json", "pdf", "html"], { error: 'format must be "json", "pdf" or "html"' }).default("json"),
});
export type CaseExportQuery = z.infer<typeof CaseExportQuery>;

/** What stays of a deleted case: which case, who deleted it and when; nothing about the citizen. */
export const CaseTombstone = z.object({
  caseId: z.string(),
  caseReference: z.string().nullable(),
  deletedBy: z.string(),
  deletedByRole: z.string(),
  deletedAt: z.iso.datetime({ offset: true }),
  meetings: z.number().int(),
  auditEvents: z.number().int(),
});
export type CaseTombstone = z.infer<typeof CaseTombstone>;
