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

/**
 * A closed case (forløbet afsluttet) is read, never changed: every request into it that is not a
 * read is refused here, so no route can forget it. Deleting the case is the one change left.
 */
export interface ClosedCase {
  whenClosed?: "refuse-changes" | "allow-changes";
}

const READS = new Set(["GET", "HEAD"]);

function refuseChangeToClosedCase(c: Context<AppEnv>, access: CaseAccess, options: ClosedCase): void {
  if (access.caseClosed && !READS.has(c.req.method) && options.whenClosed !== "allow-changes") {
    throw new HttpRefusal(409, "case_closed", "The case is closed: it can be read, not changed");
  }
}

/** Someone in the case, in any role. */
export async function requireMemberOf(
  c: Context<AppEnv>,
  s: Services,
  caseId: CaseId,
  options: ClosedCase = {},
): Promise<CaseAccess> {
  const entry = await s.access.caseEntry(requirePrincipal(c), caseId);
  if ("refusal" in entry) throw refusal(entry.refusal, "case");
  refuseChangeToClosedCase(c, entry.access, options);
  return entry.access;
}

/** Someone let into the meeting, in any role. */
export async function requireInMeeting(c: Context<AppEnv>, s: Services, meetingId: MeetingId): Promise<MeetingAccess> {
  const entry = await s.access.meetingEntry(requirePrincipal(c), meetingId);
  if ("refusal" in entry) throw refusal(entry.refusal, "meeting");
  refuseChangeToClosedCase(c, entry.access, {});
  return entry.access;
}

/** The same rule for a route that asks Access itself (the citizen's preparation). */
export function requireOpenCaseFor(c: Context<AppEnv>, access: CaseAccess): void {
  refuseChangeToClosedCase(c, access, {});
}

/** The case's coordinator, signed in with a staff account. */
export async function requireCoordinatorOf(
  c: Context<AppEnv>,
  s: Services,
  caseId: CaseId,
  what: string,
  options: ClosedCase = {},
): Promise<Principal> {
  const principal = requirePrincipal(c);
  const access = await requireMemberOf(c, s, caseId, options);
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
