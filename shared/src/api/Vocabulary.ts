import { z } from "zod";

/**
 * Words the coordinator can extend: professions, organisations, meeting types. Data, not code,
 * because the legal categories of Danish employment law change in steps through 2026–2027.
 */
export const VocabularyKind = z.enum(["profession", "organisation", "meetingType"]);
export type VocabularyKind = z.infer<typeof VocabularyKind>;

export const Vocabulary = z.object({
  profession: z.array(z.string()),
  organisation: z.array(z.string()),
  meetingType: z.array(z.string()),
});
export type Vocabulary = z.infer<typeof Vocabulary>;

export const AddVocabularyBody = z.strictObject({
  kind: VocabularyKind,
  label: z.string().trim().min(1, "label must not be empty").max(120, "label must be at most 120 characters"),
});
export type AddVocabularyBody = z.infer<typeof AddVocabularyBody>;
