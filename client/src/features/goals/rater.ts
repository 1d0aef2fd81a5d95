import type { Principal } from "@samplan/shared/api";

/** A name for whom a scale is, that stays the same across meetings and devices. */
export interface Rater {
  key: string;
  name: string;
  role: Principal["role"];
}

/**
 * Whose scale this is: a guest is known by their place on the roster (a new invitation to the next
 * meeting is the same member), staff by their account.
 */
export function raterOf(principal: Principal): Rater {
  return principal.kind === "guest"
    ? { key: principal.memberId, name: principal.name, role: principal.role }
    : { key: principal.accountId, name: principal.name, role: principal.role };
}
