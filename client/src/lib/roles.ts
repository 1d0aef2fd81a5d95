import { Member } from "@samplan/shared/api";

/**
 * The four roles, taken from the API's schema rather than from @samplan/shared/model: the model
 * brings Yjs along, which only the (separately loaded) meeting page should pay for.
 */
export const ROLES = Member.shape.role.options;
export type Role = (typeof ROLES)[number];

export function parseRole(value: string): Role | null {
  const parsed = Member.shape.role.safeParse(value);
  return parsed.success ? parsed.data : null;
}
