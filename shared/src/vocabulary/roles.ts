import { z } from "zod";

/** The four roles at a network meeting. Values are stable identifiers; labels come from i18n. */
export const Role = z.enum(["koordinator", "fagperson", "borger", "observatoer"]);
export type Role = z.infer<typeof Role>;
export const ROLES = Role.options;

/** The roles that sign in with an account of their own; the citizen and observers come by invitation. */
export const StaffRole = z.enum(["koordinator", "fagperson"]);
export type StaffRole = z.infer<typeof StaffRole>;

/** A step's owner when the citizen takes it herself; otherwise the owner is a participant's name. */
export const CITIZEN_OWNER = "borger";

export function parseRole(value: string): Role | null {
  const parsed = Role.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * How someone not otherwise in a case reaches it for a while: covering for an absent coordinator
 * (with her rights), or a team lead reading it. Each grant has a reason and an end.
 */
export const CaseGrant = z.enum(["cover", "teamLead"]);
export type CaseGrant = z.infer<typeof CaseGrant>;

/** Why a team lead opens one of the team's cases: she chooses one, and it goes into the trail. */
export const TeamLeadReason = z.enum(["cover", "handover", "supervision", "inquiry"]);
export type TeamLeadReason = z.infer<typeof TeamLeadReason>;

/** Why a colleague covers for a coordinator. */
export const CoverReason = z.enum(["leave", "illness", "other"]);
export type CoverReason = z.infer<typeof CoverReason>;
