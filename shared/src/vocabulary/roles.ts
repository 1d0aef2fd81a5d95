import { z } from "zod";
import type { SectionKey } from "./sections.ts";

/**
 * The roles at a network meeting. Values are stable identifiers; labels come from i18n. An
 * interpreter (tolk) is booked for a meeting and voices it; the citizen's own network (netvaerk) is
 * the people she brings: family, a friend, a mentor, a bisidder.
 */
export const Role = z.enum(["koordinator", "fagperson", "borger", "observatoer", "tolk", "netvaerk"]);
export type Role = z.infer<typeof Role>;
export const ROLES = Role.options;

/** The roles that sign in with an account of their own; the citizen and everyone else come by invitation. */
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

/**
 * What a role may write in a meeting's plan: everything, nothing (an observer follows along; an
 * interpreter voices what is said and puts nothing of their own in the record), or some sections.
 * Her own people write what they saw since last time, what works for her (they often know it
 * best) and the next steps, but her goals are hers and the professionals' to word. The server enforces it (Authentication, SectionGuard); the
 * views follow it.
 */
export function planWriting(role: Role): "all" | "none" | readonly SectionKey[] {
  if (role === "observatoer" || role === "tolk") return "none";
  if (role === "netvaerk") return NETWORK_SECTIONS;
  return "all";
}

const NETWORK_SECTIONS: readonly SectionKey[] = ["resources", "observations", "steps"];

/** Whether a role writes in one section of the plan (see planWriting). */
export function writesIn(role: Role, section: SectionKey): boolean {
  const writing = planWriting(role);
  return writing === "all" || (writing !== "none" && writing.includes(section));
}

/** How one of her own people is hers: family, a friend, a mentor, a bisidder (a support at the table). */
export const RelationKind = z.enum(["familie", "ven", "mentor", "bisidder"]);
export type RelationKind = z.infer<typeof RelationKind>;

/**
 * One of her own people as everyone sees them: "Sørens bror", or "Jonas (Sørens bror)" when the
 * coordinator also gave his name. Danish genitive: an -s, or an apostrophe after s, x and z
 * ("Lars' mor").
 */
export function networkMemberName(citizenName: string, relationLabel: string, ownName = ""): string {
  const first = citizenName.trim().split(/\s+/)[0] ?? "";
  const genitive = /[sxz]$/i.test(first) ? `${first}'` : `${first}s`;
  const hers = first ? `${genitive} ${relationLabel.trim()}` : relationLabel.trim();
  return ownName.trim() ? `${ownName.trim()} (${hers})` : hers;
}
