import type { Principal } from "@samplan/shared/api";
import type { CaseId, MeetingId } from "@samplan/shared/vocabulary";
import type { Context } from "hono";
import type { CaseAccess, CaseRefusal, MeetingAccess } from "../../access/Access.ts";
import type { AppEnv } from "../AppEnv.ts";
import { HttpRefusal, refuse } from "../errors.ts";
import type { Services } from "../Services.ts";
import { requirePrincipal } from "../session.ts";

/**
 * Every route into a case or a meeting comes through here, so the rule Access applies (the
 * roster, the invitation, the citizen's consent) holds on all of them alike. A stranger is told
 * the case does not exist. Someone on the roster whom the consent does not cover is told why, with
 * 403 and `consent_required`: they know the case exists (they were put on it, and the websocket
 * already tells them "consent-withdrawn"), so a 404 would hide nothing and only confuse, whereas
 * the reason tells them to ask the coordinator.
 */
function refusal(why: CaseRefusal, what: "case" | "meeting"): HttpRefusal {
  return why === "consent-withdrawn"
    ? new HttpRefusal(403, "consent_required", "The citizen's consent does not cover you in this case")
    : refuse.notFound(what);
}

/** Someone in the case, in any role. */
export async function requireMemberOf(c: Context<AppEnv>, s: Services, caseId: CaseId): Promise<CaseAccess> {
  const entry = await s.access.caseEntry(requirePrincipal(c), caseId);
  if ("refusal" in entry) throw refusal(entry.refusal, "case");
  return entry.access;
}

/** Someone let into the meeting, in any role. */
export async function requireInMeeting(c: Context<AppEnv>, s: Services, meetingId: MeetingId): Promise<MeetingAccess> {
  const entry = await s.access.meetingEntry(requirePrincipal(c), meetingId);
  if ("refusal" in entry) throw refusal(entry.refusal, "meeting");
  return entry.access;
}

/** The case's coordinator, signed in with a staff account. */
export async function requireCoordinatorOf(
  c: Context<AppEnv>,
  s: Services,
  caseId: CaseId,
  what: string,
): Promise<Principal> {
  const principal = requirePrincipal(c);
  const access = await requireMemberOf(c, s, caseId);
  if (access.role !== "koordinator" || principal.kind !== "staff") throw refuse.forbidden(what);
  return principal;
}

export async function requireCoordinatorOfMeeting(
  c: Context<AppEnv>,
  s: Services,
  meetingId: MeetingId,
  what: string,
): Promise<{ principal: Principal; access: MeetingAccess }> {
  const principal = requirePrincipal(c);
  const access = await requireInMeeting(c, s, meetingId);
  if (access.role !== "koordinator" || principal.kind !== "staff") throw refuse.forbidden(what);
  return { principal, access };
}
