import type { Principal } from "@samplan/shared/api";
import type { Context } from "hono";
import type { CaseAccess, MeetingAccess } from "../../access/Access.ts";
import type { AppEnv } from "../AppEnv.ts";
import { refuse } from "../errors.ts";
import type { Services } from "../Services.ts";
import { requirePrincipal } from "../session.ts";

/** Someone in the case, in any role; anyone else is told the case does not exist. */
export async function requireMemberOf(c: Context<AppEnv>, s: Services, caseId: string): Promise<CaseAccess> {
  const access = await s.access.inCase(requirePrincipal(c), caseId);
  if (!access) throw refuse.notFound("case");
  return access;
}

/** The case's coordinator, signed in with a staff account. */
export async function requireCoordinatorOf(
  c: Context<AppEnv>,
  s: Services,
  caseId: string,
  what: string,
): Promise<Principal> {
  const principal = requirePrincipal(c);
  const access = await s.access.inCase(principal, caseId);
  if (!access) throw refuse.notFound("case");
  if (access.role !== "koordinator" || principal.kind !== "staff") throw refuse.forbidden(what);
  return principal;
}

export async function requireCoordinatorOfMeeting(
  c: Context<AppEnv>,
  s: Services,
  meetingId: string,
  what: string,
): Promise<{ principal: Principal; access: MeetingAccess }> {
  const principal = requirePrincipal(c);
  const access = await s.access.inMeeting(principal, meetingId);
  if (!access) throw refuse.notFound("meeting");
  if (access.role !== "koordinator" || principal.kind !== "staff") throw refuse.forbidden(what);
  return { principal, access };
}
