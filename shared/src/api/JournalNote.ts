import { z } from "zod";
import { Minutes } from "../record/index.ts";

/**
 * What the municipality's case system files the approved minutes by: the case number and KLE
 * classification the coordinator entered, who approved what when, and the minutes themselves.
 */
export const JournalNote = z.object({
  format: z.literal("samplan.journalnote/1"),
  caseReference: z.string(),
  kleNumber: z.string(),
  title: z.string(),
  documentDate: z.string(),
  approvedAt: z.string(),
  approvedBy: z.string(),
  version: z.number().int(),
  contentHash: z.string(),
  /** One line on what the plan is: a coordination of efforts, not a decision under the law. */
  notADecision: z.string(),
  /**
   * The citizen's answer to the plan in one line ("Borgeren er enig i planen."); null for minutes
   * made before she was asked.
   */
  citizenAgreement: z.string().nullable(),
  minutes: Minutes,
});
export type JournalNote = z.infer<typeof JournalNote>;

/** KLE: the public sector's classification, e.g. 15.00.00 (a facet such as G01 may follow). */
export const UpdateCaseBody = z.strictObject({
  caseReference: z.string().trim().max(60, "caseReference must be at most 60 characters").nullable().optional(),
  kleNumber: z
    .string()
    .trim()
    .regex(/^\d{2}\.\d{2}(\.\d{2})?( ?[A-ZÆØÅ]\d{2})?$/, "kleNumber must look like 15.00.00 or 15.00.00G01")
    .nullable()
    .optional(),
});
export type UpdateCaseBody = z.infer<typeof UpdateCaseBody>;
