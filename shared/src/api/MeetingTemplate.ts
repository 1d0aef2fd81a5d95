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
  title: z.string().trim().min(1).max(80),
  purpose: z.string().trim().max(500),
  section: SectionKey.nullable(),
  timeboxMinutes: z.number().int().min(1).max(240).nullable(),
});
export type TemplatePhase = z.infer<typeof TemplatePhase>;

export const MeetingTemplate = z.object({
  id: MeetingTemplateId,
  family: z.string(),
  version: z.number().int().min(1),
  name: z.string(),
  /** One or two lines: what kind of meeting this is for. */
  description: z.string(),
  /** Samplan's own, shipped with it; a coordinator's copies are not. */
  builtIn: z.boolean(),
  phases: z.array(TemplatePhase).max(20),
});
export type MeetingTemplate = z.infer<typeof MeetingTemplate>;

export const MeetingTemplates = z.object({ templates: z.array(MeetingTemplate) });
export type MeetingTemplates = z.infer<typeof MeetingTemplates>;

/** The method every meeting starts from unless the coordinator chooses another. */
export const STANDARD_TEMPLATE_ID: MeetingTemplateId = "netvaerksmoede-v1";
