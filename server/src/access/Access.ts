import type { Principal } from "@samplan/shared/api";
import type { CaseId, InvitationId, MeetingId, MemberId, Role } from "@samplan/shared/vocabulary";
import type { AccountRepository } from "../storage/AccountRepository.ts";
import type { CaseRepository } from "../storage/CaseRepository.ts";
import type { ConsentRepository } from "../storage/ConsentRepository.ts";
import { type ConsentCoverage, isCovered } from "../storage/ConsentRepository.ts";
import { nextCopenhagenMidnight } from "../storage/calendarDay.ts";
import { type InvitationRepository, type InvitationRow, invitationState } from "../storage/InvitationRepository.ts";
import type { MeetingRepository } from "../storage/MeetingRepository.ts";
import type { MeetingTemplateRepository, StoredTemplate } from "../storage/MeetingTemplateRepository.ts";
import type { MemberRow, RosterRepository } from "../storage/RosterRepository.ts";
import type { SessionRepository } from "../storage/SessionRepository.ts";
import { staffPrincipal } from "./staffPrincipal.ts";

export interface CaseAccess {
  caseId: CaseId;
  role: Role;
  member: MemberRow;
  /** The invitation a guest came in by; null for staff. */
  invitation: InvitationRow | null;
  /**
   * Whether the views that span the whole case (progress, the steps overview) are open to them,
   * and not only the one meeting their invitation names.
   */
  wholeCase: boolean;
  /** The case is closed (forløbet afsluttet): whoever may read it reads it, nobody changes it. */
  caseClosed: boolean;
}

export interface MeetingAccess extends CaseAccess {
  meetingId: MeetingId;
}

/** Why someone is not let into a case: they are not in it at all, or the citizen's consent does not cover them. */
export type CaseRefusal = "not-in-case" | "consent-withdrawn";

/** Why a connection that was let in before is not let in now. */
export type AccessRefusal =
  | "session-ended"
  | "invitation-revoked"
  | "invitation-expired"
  | "no-longer-on-roster"
  | "consent-withdrawn";

/** Let in, and until when at the latest before the right must be looked at again. */
export interface Admission {
  member: MemberRow;
  /**
   * The first moment this admission may no longer hold without anyone changing anything: the
   * session or the invitation runs out, or (for someone the citizen's consent must cover) the
   * next Danish midnight, when a consent's last day may have passed.
   */
  reviewAt: Date;
}

interface Repositories {
  accounts: AccountRepository;
  sessions: SessionRepository;
  cases: CaseRepository;
  meetings: MeetingRepository;
  roster: RosterRepository;
  invitations: InvitationRepository;
  consents: ConsentRepository;
  templates: MeetingTemplateRepository;
}

/** Why a meeting method may not be used or changed: nobody is told a method they may not see exists. */
export type TemplateRefusal = "not-found" | "built-in" | "not-coordinator";

/**
 * The one place that decides who may see what. Staff belong to a case through a roster entry
 * linked to their account; a guest belongs to the one case (and maybe one meeting) their
 * invitation names. Everything is read fresh from storage, so a revoked invitation, a removed
 * member or withdrawn consent takes effect at the next request or connection.
 */
export class Access {
  private readonly repos: Repositories;

  constructor(repos: Repositories) {
    this.repos = repos;
  }

  /**
   * The principal behind a session cookie; or, for a guest whose invitation no longer works, why
   * not, so the browser can say "withdrawn" or "expired" rather than just "signed out".
   */
  async principalForSession(
    secret: string,
  ): Promise<
    | { principal: Principal; endsAt: string }
    | { principal: null; ended: "invitation-revoked" | "invitation-expired" | null }
  > {
    const session = await this.repos.sessions.find(secret);
    if (!session) return { principal: null, ended: null };
    if (session.account_id) {
      const account = await this.repos.accounts.findById(session.account_id);
      return account
        ? {
            principal: staffPrincipal(account),
            endsAt: session.expires_at,
          }
        : { principal: null, ended: null };
    }
    if (!session.invitation_id) return { principal: null, ended: null };
    const invitation = await this.repos.invitations.find(session.invitation_id);
    if (!invitation) return { principal: null, ended: "invitation-revoked" };
    // The session ends the moment its invitation is revoked or expires.
    const state = invitationState(invitation);
    if (state !== "valid") return { principal: null, ended: state };
    const principal = await this.principalForSessionOfInvitation(invitation.id);
    // A guest's session ends with their invitation, if that comes first.
    const endsAt = [invitation.expires_at, session.expires_at].sort()[0] ?? session.expires_at;
    return principal ? { principal, endsAt } : { principal: null, ended: "invitation-revoked" };
  }

  /** The guest principal an invitation makes, as /api/join answers it. */
  async principalForSessionOfInvitation(invitationId: string): Promise<Principal | null> {
    const invitation = await this.repos.invitations.find(invitationId);
    if (!invitation) return null;
    const member = await this.repos.roster.find(invitation.case_id, invitation.member_id);
    if (!member) return null;
    return {
      kind: "guest",
      memberId: member.id as MemberId,
      invitationId: invitation.id as InvitationId,
      name: member.name,
      role: member.role,
      caseId: invitation.case_id,
      meetingId: invitation.meeting_id,
      sharedDevice: invitation.kind === "code",
    };
  }

  /** Someone's way into a case, or why there is none; the one rule every route and the websocket apply. */
  async caseEntry(principal: Principal, caseId: CaseId): Promise<{ access: CaseAccess } | { refusal: CaseRefusal }> {
    const member =
      principal.kind === "staff"
        ? await this.repos.roster.findForAccount(caseId, principal.accountId)
        : principal.caseId === caseId
          ? await this.repos.roster.find(caseId, principal.memberId)
          : undefined;
    if (!member) return { refusal: "not-in-case" };
    const invitation =
      principal.kind === "guest" ? ((await this.repos.invitations.find(principal.invitationId)) ?? null) : null;
    const staff = principal.kind === "staff";
    if (!(await this.consentLetsIn(caseId, member, { staff, invitation }))) return { refusal: "consent-withdrawn" };
    return {
      access: {
        caseId,
        role: member.role,
        member,
        invitation,
        wholeCase: reachesWholeCase(principal, member, invitation),
        caseClosed: await this.repos.cases.isClosed(caseId),
      },
    };
  }

  /**
   * A guest's own place on the roster, for what she decides about herself (the language of her
   * e-mails): only through her own invitation, and only while she may still enter the case. Staff
   * have their e-mail language set with the rest of their place on the roster, by the coordinator.
   */
  async ownPlaceEntry(principal: Principal): Promise<{ access: CaseAccess } | { refusal: CaseRefusal | "staff" }> {
    if (principal.kind !== "guest") return { refusal: "staff" };
    return this.caseEntry(principal, principal.caseId);
  }

  /** The case, if this principal may enter it now; null for a stranger and for someone the consent does not cover. */
  async inCase(principal: Principal, caseId: CaseId): Promise<CaseAccess | null> {
    const entry = await this.caseEntry(principal, caseId);
    return "access" in entry ? entry.access : null;
  }

  /**
   * A closed meeting is the record: nobody writes to it until the coordinator reopens it. Nor to
   * any meeting of a closed case.
   */
  async meetingClosed(meetingId: MeetingId): Promise<boolean> {
    const state = await this.repos.meetings.state(meetingId);
    if (!state) return false;
    return state.closedAt != null || (await this.repos.cases.isClosed(state.caseId));
  }

  async caseOfMeeting(meetingId: MeetingId): Promise<CaseId | null> {
    return (await this.repos.meetings.state(meetingId))?.caseId ?? null;
  }

  async meetingEntry(
    principal: Principal,
    meetingId: MeetingId,
  ): Promise<{ access: MeetingAccess } | { refusal: CaseRefusal }> {
    const meeting = await this.repos.meetings.state(meetingId);
    if (!meeting) return { refusal: "not-in-case" };
    if (principal.kind === "guest" && principal.meetingId !== null && principal.meetingId !== meetingId) {
      return { refusal: "not-in-case" };
    }
    const entry = await this.caseEntry(principal, meeting.caseId);
    return "access" in entry ? { access: { ...entry.access, meetingId } } : entry;
  }

  /**
   * What is the citizen's own to say about a meeting (her preparation, until she shares it; how
   * the meeting was for her): only her own session (her personal link or code, a guest whose place
   * on the roster is the citizen's) reads or writes it. Everyone else in the meeting, the
   * coordinator on her tablet included, is refused; someone outside it is told it does not exist.
   */
  async citizenOwnEntry(
    principal: Principal,
    meetingId: MeetingId,
  ): Promise<{ access: MeetingAccess } | { refusal: CaseRefusal | "not-the-citizen" }> {
    const entry = await this.meetingEntry(principal, meetingId);
    if ("refusal" in entry) return entry;
    if (principal.kind !== "guest" || entry.access.role !== "borger") return { refusal: "not-the-citizen" };
    return entry;
  }

  async inMeeting(principal: Principal, meetingId: MeetingId): Promise<MeetingAccess | null> {
    const entry = await this.meetingEntry(principal, meetingId);
    return "access" in entry ? entry.access : null;
  }

  /**
   * Meeting methods (issue 20 part 5): Samplan's own are everyone's on the staff; a coordinator's
   * copy is her team's (every colleague in the team sees, uses and may change it), or hers alone
   * while she has no team. The team is read fresh from her account, so a coordinator moved to
   * another team sees that team's methods at once. Guests see no method list at all; a meeting
   * names its method to everyone in it regardless (see MeetingRepository.withParticipants).
   */
  async templatesFor(principal: Principal): Promise<StoredTemplate[]> {
    const viewer = await this.templateViewer(principal);
    if (!viewer) return [];
    return (await this.repos.templates.latest()).filter((template) => seesTemplate(viewer, template));
  }

  /** A method by its id (an exact version), if this principal may plan a meeting from it. */
  async templateToUse(principal: Principal, templateId: string): Promise<StoredTemplate | null> {
    const viewer = await this.templateViewer(principal);
    const template = viewer ? await this.repos.templates.get(templateId) : null;
    return template && viewer && seesTemplate(viewer, template) ? template : null;
  }

  /**
   * A method to copy (any she may see) or to change (her own or her team's, never Samplan's):
   * only coordinators make methods. A method she may not see answers as one that does not exist.
   */
  async templateToChange(
    principal: Principal,
    templateId: string,
    purpose: "copy" | "revise",
  ): Promise<
    | { template: StoredTemplate; owner: { teamId: string | null; accountId: string | null } }
    | { refusal: TemplateRefusal }
  > {
    const viewer = await this.templateViewer(principal);
    if (!viewer) return { refusal: "not-coordinator" };
    const template = await this.repos.templates.get(templateId);
    if (!template || !seesTemplate(viewer, template)) return { refusal: "not-found" };
    if (viewer.role !== "koordinator") return { refusal: "not-coordinator" };
    if (purpose === "revise" && template.builtIn) return { refusal: "built-in" };
    // A copy is the team's when she has one; a change keeps the owners the method has.
    const owner =
      purpose === "copy"
        ? { teamId: viewer.teamId, accountId: viewer.teamId ? null : viewer.accountId }
        : { teamId: template.ownerTeamId, accountId: template.ownerAccountId };
    return { template, owner };
  }

  private async templateViewer(
    principal: Principal,
  ): Promise<{ accountId: string; teamId: string | null; role: string } | null> {
    if (principal.kind !== "staff") return null;
    const account = await this.repos.accounts.findById(principal.accountId);
    return account ? { accountId: account.id, teamId: account.team_id, role: account.role } : null;
  }

  /**
   * Re-checks, at connection time and whenever an admission is due for review, what a token
   * cannot know: that the session it was issued to has not ended (signed out, expired, ended by a
   * coordinator), the invitation still stands, the member is still on the roster and, where it is
   * needed, the citizen's consent still covers them.
   */
  async refusalFor(
    claims: { caseId: CaseId; memberId: string; invitationId: string | null; sessionId: string },
    now = new Date(),
  ): Promise<{ refusal: AccessRefusal } | Admission> {
    const sessionEnds = await this.repos.sessions.endOf(claims.sessionId);
    if (!sessionEnds) return { refusal: "session-ended" };
    const deadlines = [Date.parse(sessionEnds)];
    let invitation: InvitationRow | null = null;
    if (claims.invitationId) {
      invitation = (await this.repos.invitations.find(claims.invitationId)) ?? null;
      if (!invitation) return { refusal: "invitation-revoked" };
      const state = invitationState(invitation);
      if (state !== "valid") return { refusal: state };
      deadlines.push(Date.parse(invitation.expires_at));
    }
    const member = await this.repos.roster.find(claims.caseId, claims.memberId);
    if (!member) return { refusal: "no-longer-on-roster" };
    // A cover or a team lead's reading ends at its time: the connection is looked at again then.
    if (member.grant_until) deadlines.push(Date.parse(member.grant_until));
    // A connection token without an invitation is only ever issued to a signed-in staff account.
    const staff = claims.invitationId === null;
    if (!(await this.consentLetsIn(claims.caseId, member, { staff, invitation }))) {
      return { refusal: "consent-withdrawn" };
    }
    if (this.needsConsent(member, { staff, invitation })) deadlines.push(nextCopenhagenMidnight(now).getTime());
    return { member, reviewAt: new Date(Math.min(...deadlines)) };
  }

  /**
   * The consent rule, the same over HTTP and the websocket (who needs no consent: see
   * isCovered). An invitation the coordinator gave knowing the consent did not cover the person
   * (confirmed and audited) lets them in regardless, as it did when it was given.
   */
  private async consentLetsIn(
    caseId: CaseId,
    member: MemberRow,
    entry: { staff: boolean; invitation: InvitationRow | null },
  ): Promise<boolean> {
    if (!this.needsConsent(member, entry)) return true;
    return isCovered(member, await this.repos.consents.coverage(caseId), entry.staff && member.account_id !== null);
  }

  /** Whether the citizen's consent must cover this person at all (see isCovered for who needs none). */
  private needsConsent(member: MemberRow, entry: { staff: boolean; invitation: InvitationRow | null }): boolean {
    if (!entry.staff && entry.invitation?.without_consent === 1) return false;
    return !isCovered(member, NO_CONSENT, entry.staff && member.account_id !== null);
  }
}

function seesTemplate(viewer: { accountId: string; teamId: string | null }, template: StoredTemplate): boolean {
  if (template.builtIn) return true;
  if (template.ownerTeamId !== null) return template.ownerTeamId === viewer.teamId;
  return template.ownerAccountId === viewer.accountId;
}

/** Coverage by no consent at all: whoever is covered by it needs none. */
const NO_CONSENT: ConsentCoverage = { memberIds: new Set(), organisations: new Set() };

/**
 * Staff see the case as a whole. A guest's invitation names one meeting, and that meeting is
 * what they see, with one exception: the citizen on her own personal link sees her own case's
 * progress and steps. A session from a code (a join code typed on a tablet in the room, or the
 * coordinator's tablet handed across the table) is a device shared at the table: it reaches the
 * meeting the citizen is sitting in, where nothing is hidden from her, and not the history of every
 * meeting before, which the next person to pick the tablet up would otherwise see too.
 */
function reachesWholeCase(principal: Principal, member: MemberRow, invitation: InvitationRow | null): boolean {
  if (principal.kind === "staff" || principal.meetingId === null) return true;
  return member.role === "borger" && invitation?.kind === "link";
}

/** How a principal is named in the audit trail. */
export function actorOf(principal: Principal): { actor: string; actorRole: string } {
  return principal.kind === "staff"
    ? { actor: `${principal.name} (${principal.username})`, actorRole: principal.role }
    : { actor: principal.name, actorRole: principal.role };
}
