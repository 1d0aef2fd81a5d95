import type { Member } from "@samplan/shared/api";
import { CITIZEN_OWNER } from "@samplan/shared/vocabulary";

/**
 * The roster entry a step's owner names: the citizen for "borger", otherwise the person of that
 * name (as typed at the table, so case and spaces around it do not count).
 */
export function ownerOnRoster(owner: string, roster: Member[]): Member | null {
  if (owner === CITIZEN_OWNER) return roster.find((member) => member.role === "borger") ?? null;
  const name = owner.trim().toLocaleLowerCase("da");
  if (!name) return null;
  return roster.find((member) => member.name.trim().toLocaleLowerCase("da") === name) ?? null;
}
