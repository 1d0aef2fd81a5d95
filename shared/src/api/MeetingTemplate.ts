import { z } from "zod";
import { SectionKey } from "../vocabulary/index.ts";

/**
 * A meeting method as data (issue 20 part 5): the agenda a meeting starts from. Each version of a
 * template is its own row and never changes, so a meeting records the exact version it used; a
 * template is revised by adding a version. `family` names the template across its versions; the id
 * is the family and the version ("aaben-dialog-v1"), with no @, so it never reads as an address.
 */
export const MeetingTemplateId = z
  .string({ error: "templateId must be text" })
  .regex(/^[a-z0-9-]{1,64}-v[1-9][0-9]{0,3}$/, "templateId must look like name-v1");
export type MeetingTemplateId = z.infer<typeof MeetingTemplateId>;

export const TemplatePhase = z.object({
  title: z.string().trim().min(1, "a phase needs a title").max(80, "a phase's title is at most 80 characters"),
  purpose: z.string().trim().max(500, "a phase's prompt is at most 500 characters"),
  section: SectionKey.nullable(),
  timeboxMinutes: z.number().int().min(1).max(240).nullable(),
});
export type TemplatePhase = z.infer<typeof TemplatePhase>;

/** An agenda longer than this is no longer one meeting. */
export const MAX_PHASES = 20;

export const MeetingTemplate = z.object({
  id: MeetingTemplateId,
  family: z.string(),
  version: z.number().int().min(1),
  name: z.string(),
  /** One or two lines: what kind of meeting this is for. */
  description: z.string(),
  /** Samplan's own, shipped with it; a coordinator's copies are not. */
  builtIn: z.boolean(),
  /** Whose it is: Samplan's, the coordinator's team's, or her own (she has no team). */
  owner: z.enum(["samplan", "team", "own"]),
  phases: z.array(TemplatePhase).max(MAX_PHASES),
});
export type MeetingTemplate = z.infer<typeof MeetingTemplate>;

export const MeetingTemplates = z.object({ templates: z.array(MeetingTemplate) });
export type MeetingTemplates = z.infer<typeof MeetingTemplates>;

/** The method every meeting starts from unless the coordinator chooses another. */
export const STANDARD_TEMPLATE_ID: MeetingTemplateId = "netvaerksmoede-v1";

/**
 * A method as the coordinator writes it, when she copies one or changes her own copy. Only the
 * limits she can meet have words of their own (zod's name a wrong type well enough, with its path):
 * this table is in every first load.
 */
const TemplateContent = {
  name: z.string().trim().min(1, "name is required").max(80, "name is at most 80 characters"),
  description: z.string().trim().max(300, "description is at most 300 characters"),
  phases: z
    .array(TemplatePhase)
    .min(1, "a method needs at least one phase")
    .max(MAX_PHASES, `a method has at most ${MAX_PHASES} phases`),
};

/** Copy a method (Samplan's or one her team keeps) into a new one of her own, version 1. */
export const CopyMeetingTemplateBody = z.strictObject({ copiedFrom: MeetingTemplateId, ...TemplateContent });
export type CopyMeetingTemplateBody = z.input<typeof CopyMeetingTemplateBody>;

/** Change one of her own methods: a new version of it; the one she changed (the latest) is named in the path. */
export const ReviseMeetingTemplateBody = z.strictObject(TemplateContent);
export type ReviseMeetingTemplateBody = z.input<typeof ReviseMeetingTemplateBody>;

/** Which method, and which version of it, a meeting follows: named to everyone in it. */
export const MeetingMethod = z.object({ name: z.string(), version: z.number().int().min(1) });
export type MeetingMethod = z.infer<typeof MeetingMethod>;
