import { z } from "zod";
import { CaseClosingReason, CaseId, Role } from "../vocabulary/index.ts";
import { Meeting } from "./Meeting.ts";

/** Et forløb: the citizen's case, which holds every network meeting about them. */
export const Case = z.object({
  id: CaseId,
  citizenName: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  /** The municipality's case number and KLE classification, entered by the coordinator for filing. */
  caseReference: z.string().nullable(),
  kleNumber: z.string().nullable(),
  /** When the case was closed (forløbet afsluttet) and why; it is read-only from then on. */
  closedAt: z.iso.datetime({ offset: true }).nullable(),
  closedReason: CaseClosingReason.nullable(),
  /** The start of its next meeting not yet closed or cancelled (one under way counts); null if none is planned. */
  nextMeetingAt: z.string().nullable(),
});
export type Case = z.infer<typeof Case>;

/** Closing a case: why, from a fixed list (the figures count them; no free text about the citizen). */
export const CloseCaseBody = z.strictObject({ reason: CaseClosingReason });
export type CloseCaseBody = z.infer<typeof CloseCaseBody>;

export const CreateCaseBody = z.strictObject({
  citizenName: z
    .string({ error: "citizenName must be text" })
    .trim()
    .min(1, "citizenName must not be empty")
    .max(120, "citizenName must be at most 120 characters"),
});
export type CreateCaseBody = z.infer<typeof CreateCaseBody>;

export const CaseWithMeetings = Case.extend({
  meetings: z.array(Meeting),
  /**
   * The asker's role in this case, as the server decides it: what the page offers them (a team
   * lead reading as an observer is a coordinator elsewhere, but not here).
   */
  yourRole: Role.optional(),
});
export type CaseWithMeetings = z.infer<typeof CaseWithMeetings>;

export const CaseList = z.object({ cases: z.array(Case) });
export type CaseList = z.infer<typeof CaseList>;
