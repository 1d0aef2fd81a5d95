import {
  type Account,
  type AccountList,
  type AddMemberBody,
  type AddVocabularyBody,
  ApiError,
  type ApiRoute,
  type AssignCoverBody,
  type AuditTrail,
  type AuthStatus,
  apiRoutes,
  type CalendarFeed,
  type Case,
  type CaseExportQuery,
  type CaseList,
  type CaseMeetingRatings,
  type CaseProgress,
  type CaseWithMeetings,
  type ChangePasswordBody,
  type ChooseRemindersBody,
  type ClientErrorLogged,
  type ClientErrorReport,
  type CloseCaseBody,
  type CompletePasswordResetBody,
  type ConnectionToken,
  type Consent,
  type ConsentList,
  type CoordinatorList,
  type CopyMeetingTemplateBody,
  type Cover,
  type CreateAccountBody,
  type CreateCaseBody,
  type CreatedInvitation,
  type CreatedStepLink,
  type CreateInvitationBody,
  type CreateMeetingBody,
  type CreateStepLinkBody,
  type DeskFollowUps,
  type DeskMeetings,
  type DeskSteps,
  type DeviceKey,
  type HandedOver,
  type HandOverBody,
  type HandoverNews,
  type InvitationList,
  type JoinBody,
  type Meeting,
  type MeetingRatingBody,
  type MeetingTemplate,
  type MeetingTemplates,
  type MeetingWithCase,
  type Member,
  type MemberList,
  type MinutesAnswer,
  type OpenAsTeamLeadBody,
  type OwnLanguageBody,
  type OwnMeetingRating,
  type OwnReminders,
  type ParamNames,
  type PasswordResetIssued,
  type PathParams,
  type Preparation,
  type PreparationBody,
  pathOf,
  type RecordConsentBody,
  type ReviseMeetingTemplateBody,
  type Session,
  type SessionsEnded,
  type SetAccountTeamBody,
  type SetupBody,
  SignedOut,
  type SignInBody,
  type StepAnswerBody,
  type StepLinkView,
  type StepsOverview,
  type StepUpdate,
  type Team,
  type TeamFigures,
  type TeamList,
  type TeamOverview,
  type UpdateCaseBody,
  type UpdateMemberBody,
  type VersionDetail,
  type VersionList,
  type VersionSummary,
  type Vocabulary,
} from "@samplan/shared/api";
import { isThisSession, sessionStamp, whileSessionChanges } from "./features/session/sessionEpoch.ts";

export type { MinutesAnswer, VersionDetail, VersionList, VersionSummary };

/**
 * The HTTP API, same origin as the page. Every answer is parsed with the shared schema, so a
 * server that drifts from the contract fails here with a clear error instead of somewhere deep
 * in a component. The session is an HttpOnly cookie the browser sends by itself; this file never
 * sees a token for HTTP.
 */

/** A failed request. `message` is the server's own when it sent one, for showing near the form. */
export class ApiFailure extends Error {
  override name = "ApiFailure";
  readonly status: number;
  readonly code: ApiError["error"]["code"] | "network" | "invalid_response";
  readonly issues: { path: string; message: string }[];
  /** The session the request was sent under (sessionEpoch.ts): a 401 ends only that one. */
  readonly sessionStamp: number;

  constructor(
    status: number,
    code: ApiFailure["code"],
    message: string,
    issues: { path: string; message: string }[] = [],
    stamp: number = sessionStamp(),
  ) {
    super(message);
    this.status = status;
    this.code = code;
    this.issues = issues;
    this.sessionStamp = stamp;
  }
}

interface Schema<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: unknown };
}

const listeners = new Set<(failure: ApiFailure) => void>();

/**
 * Called whenever a request is refused because the session is gone (expired, signed out in
 * another tab, invitation revoked), so the app shell can leave the page instead of every page
 * showing its own "something went wrong". Requests that expect a 401 (checking the session,
 * signing in, joining) do not report.
 */
export function onSessionLost(listener: (failure: ApiFailure) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * For a 401 a caller asked to handle itself, when it turns out to mean the session is gone after
 * all. A refusal of a session this tab has since left (or was leaving) ends nothing.
 */
export function reportSessionLost(failure: ApiFailure): void {
  if (!isThisSession(failure.sessionStamp)) return;
  for (const listener of listeners) listener(failure);
}

const SESSION_LOST_CODES: ReadonlySet<ApiFailure["code"]> = new Set([
  "unauthenticated",
  "invitation_expired",
  "invitation_revoked",
  "invitation_invalid",
]);

interface Options {
  /** A 401 is an ordinary answer here (wrong password, no session yet): do not report it. */
  expectUnauthenticated?: boolean;
}

async function send(path: string, init: RequestInit = {}, options: Options = {}): Promise<Response> {
  const stamp = sessionStamp();
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      credentials: "same-origin",
      headers: {
        Accept: "application/json",
        ...(init.body ? { "Content-Type": "application/json" } : {}),
        ...(init.headers as Record<string, string> | undefined),
      },
    });
  } catch {
    throw new ApiFailure(0, "network", "network");
  }
  if (response.ok) return response;
  const body: unknown = await response.json().catch(() => null);
  const error = ApiError.safeParse(body);
  const failure = error.success
    ? new ApiFailure(response.status, error.data.error.code, error.data.error.message, error.data.error.issues, stamp)
    : new ApiFailure(
        response.status,
        response.status === 404 ? "not_found" : response.status === 401 ? "unauthenticated" : "internal",
        response.statusText,
        [],
        stamp,
      );
  if (failure.status === 401 && SESSION_LOST_CODES.has(failure.code) && !options.expectUnauthenticated) {
    reportSessionLost(failure);
  }
  throw failure;
}

type Answer<R> = R extends { answer: { parse(data: unknown): infer T } } ? T : undefined;

interface Call extends Options {
  body?: unknown;
  query?: Record<string, string | number | undefined>;
  headers?: Record<string, string>;
}

/** What a call to a route needs: its path's parameters when it has any, and a body, query or headers. */
type CallOf<P extends string> =
  ParamNames<P> extends never ? [how?: Call & { params?: undefined }] : [how: Call & { params: PathParams<P> }];

/**
 * Calls one route of the shared table (`apiRoutes`) with its own method, and parses the answer with
 * its own schema; a route that answers nothing (204) resolves to undefined.
 */
async function call<R extends ApiRoute>(route: R, ...[how = {}]: CallOf<R["path"]>): Promise<Answer<R>> {
  const path = (pathOf as (route: ApiRoute, params?: object) => string)(route, how.params) + queryOf(how.query);
  const init: RequestInit = { method: route.method.toUpperCase() };
  if (how.body !== undefined) init.body = JSON.stringify(how.body);
  if (how.headers) init.headers = how.headers;
  const response = await send(path, init, how);
  if (!route.answer) return undefined as Answer<R>;
  const body: unknown = await response.json().catch(() => null);
  const parsed = (route.answer as Schema<Answer<R>>).safeParse(body);
  if (!parsed.success) throw new ApiFailure(response.status, "invalid_response", `Unexpected answer from ${path}`);
  return parsed.data;
}

function queryOf(query: Call["query"]): string {
  const given = Object.entries(query ?? {}).filter(
    (entry): entry is [string, string | number] => entry[1] !== undefined,
  );
  return given.length === 0 ? "" : `?${new URLSearchParams(given.map(([key, value]) => [key, String(value)]))}`;
}

const api = apiRoutes;

// Who may enter

export function getAuthStatus(): Promise<AuthStatus> {
  return call(api.authStatus);
}

export function setup(body: SetupBody): Promise<Session> {
  return call(api.setup, { body, expectUnauthenticated: true });
}

export function signIn(body: SignInBody): Promise<Session> {
  return call(api.signIn, { body, expectUnauthenticated: true });
}

/**
 * Signs out here. For someone who signed in through the organisation's login, the address where
 * they sign out there too (null for everyone else).
 */
export async function signOut(): Promise<string | null> {
  const response = await send(pathOf(api.signOut), { method: "DELETE" }, { expectUnauthenticated: true });
  if (response.status === 204) return null;
  const parsed = SignedOut.safeParse(await response.json().catch(() => null));
  return parsed.success ? parsed.data.providerLogout : null;
}

/** This device becomes the citizen's, in this meeting; the coordinator's session on it ends. */
/**
 * The server ends the coordinator's session (and her connections) before it answers; until the
 * answer with the citizen's session is here, a refusal of the old one is no news (sessionEpoch.ts).
 */
export function handTabletToCitizen(meetingId: string): Promise<Session> {
  return whileSessionChanges(() => call(api.citizenTablet, { params: { meetingId }, body: {} }));
}

export function join(body: JoinBody): Promise<Session> {
  return call(api.join, { body, expectUnauthenticated: true });
}

/** A guest's e-mails are written in the language she chose for her view, from now on. */
export function chooseOwnLanguage(body: OwnLanguageBody): Promise<OwnLanguageBody> {
  return call(api.ownLanguage, { body });
}

/** A part of a page that failed to draw, for the server's log; answers with the id it was logged under. */
export function reportClientError(body: ClientErrorReport): Promise<ClientErrorLogged> {
  return call(api.reportClientError, { body, expectUnauthenticated: true });
}

/** Where the identity provider's sign-in starts; a full page navigation, not a fetch. */
export const OIDC_START_PATH = pathOf(api.oidcStart);

/** The signed-in staff member's own account: whether it has a password to change, among others. */
export function getOwnAccount(): Promise<Account> {
  return call(api.ownAccount);
}

export function listAccounts(): Promise<AccountList> {
  return call(api.accounts);
}

export function createAccount(body: CreateAccountBody): Promise<Account> {
  return call(api.createAccount, { body });
}

/** A coordinator deactivates a colleague's account: it is signed out everywhere at once. */
export function deactivateAccount(accountId: string): Promise<SessionsEnded> {
  return call(api.deactivateAccount, { params: { accountId } });
}

export function reactivateAccount(accountId: string): Promise<Account> {
  return call(api.reactivateAccount, { params: { accountId } });
}

export function endAccountSessions(accountId: string): Promise<SessionsEnded> {
  return call(api.endAccountSessions, { params: { accountId } });
}

/** A one-time link for a colleague to set a new password; shown this once. */
export function issuePasswordReset(accountId: string): Promise<PasswordResetIssued> {
  return call(api.issuePasswordReset, { params: { accountId } });
}

/** Sets a new password with a link's code; then one signs in with it. */
export async function completePasswordReset(body: CompletePasswordResetBody): Promise<void> {
  await call(api.completePasswordReset, { body });
}

/**
 * The key this session encrypts the plan kept on the device with (lib/deviceKey.ts). A 401 means
 * the session is gone, and is reported like any other.
 */
export function getDeviceKey(): Promise<DeviceKey> {
  return call(api.deviceKey);
}

/** Changes the signed-in person's own password; their other sessions end. */
export async function changeOwnPassword(body: ChangePasswordBody): Promise<void> {
  await call(api.changeOwnPassword, { body });
}

/**
 * A five-minute token for the meeting's websocket. A refusal is left to the meeting page, which
 * tells a guest why in place (invitation withdrawn or expired) instead of leaving the meeting.
 */
export function connectionToken(meetingId: string): Promise<ConnectionToken> {
  return call(api.connectionToken, { params: { meetingId }, expectUnauthenticated: true });
}

// Cases and meetings

export function listCases(): Promise<CaseList> {
  return call(api.cases);
}

export function createCase(body: CreateCaseBody): Promise<Case> {
  return call(api.createCase, { body });
}

export function getCase(caseId: string): Promise<CaseWithMeetings> {
  return call(api.case, { params: { caseId } });
}

// A case changes hands

/** The active coordinators a case can be handed to (the coordinator herself among them). */
export function listCoordinators(): Promise<CoordinatorList> {
  return call(api.coordinators);
}

export function handOverCase(caseId: string, body: HandOverBody): Promise<HandedOver> {
  return call(api.handOverCase, { params: { caseId }, body });
}

/** The note left for you, if the case was handed to you, and who is the case's new coordinator. */
export function getHandoverNews(caseId: string): Promise<HandoverNews> {
  return call(api.handoverNews, { params: { caseId } });
}

export async function dismissHandoverNote(caseId: string): Promise<void> {
  await call(api.dismissHandoverNote, { params: { caseId } });
}

/**
 * Plans the next meeting; the server carries the latest meeting's active goals and open steps into
 * it. `idempotencyKey` is made once per submission and sent again on a retry, so a retried request
 * gets the meeting the first one created instead of a second one.
 */
/** Cancels a meeting that has not begun; everyone invited gets a calendar cancellation. */
export async function cancelMeeting(meetingId: string): Promise<void> {
  await call(api.cancelMeeting, { params: { meetingId } });
}

export function createMeeting(caseId: string, body: CreateMeetingBody, idempotencyKey?: string): Promise<Meeting> {
  return call(api.createMeeting, {
    params: { caseId },
    body,
    ...(idempotencyKey ? { headers: { "Idempotency-Key": idempotencyKey } } : {}),
  });
}

export function getMeeting(meetingId: string): Promise<MeetingWithCase> {
  return call(api.meeting, { params: { meetingId } });
}

// The citizen prepares before a meeting: hers alone until she shares it

export function getPreparation(meetingId: string): Promise<Preparation> {
  return call(api.preparation, { params: { meetingId } });
}

export function savePreparation(meetingId: string, body: PreparationBody): Promise<Preparation> {
  return call(api.savePreparation, { params: { meetingId }, body });
}

export function sharePreparation(meetingId: string): Promise<Preparation> {
  return call(api.sharePreparation, { params: { meetingId } });
}

// After a meeting: how it was for the citizen

export function getOwnMeetingRating(meetingId: string): Promise<OwnMeetingRating> {
  return call(api.meetingRating, { params: { meetingId } });
}

export function rateMeeting(meetingId: string, body: MeetingRatingBody): Promise<OwnMeetingRating> {
  return call(api.rateMeeting, { params: { meetingId }, body });
}

/** How the citizen rated the case's meetings, as far as the reader may see them. */
export function getMeetingRatings(caseId: string): Promise<CaseMeetingRatings> {
  return call(api.meetingRatings, { params: { caseId } });
}

// The case over time

/** Each goal's scales across the case's meetings, and the Siden sidst observations by date. */
export function getProgress(caseId: string): Promise<CaseProgress> {
  return call(api.progress, { params: { caseId } });
}

/** Every next step agreed in the case, with its owner, due date and how it stands now. */
/** Skridt der venter: the coordinator's open steps across her cases, overdue or due within a week. */
export function getDeskSteps(): Promise<DeskSteps> {
  return call(api.deskSteps);
}

/** Kommende møder: the coordinator's meetings from one under way to two weeks ahead. */
export function getDeskMeetings(): Promise<DeskMeetings> {
  return call(api.deskMeetings);
}

/** Skal følges op: consents ending, undeliverable e-mails, minutes not approved, cases with no meeting. */
export function getDeskFollowUps(): Promise<DeskFollowUps> {
  return call(api.deskFollowUps);
}

export function getSteps(caseId: string): Promise<StepsOverview> {
  return call(api.steps, { params: { caseId } });
}

// Between meetings: a step's owner answers from a personal link

export function createStepLink(meetingId: string, body: CreateStepLinkBody): Promise<CreatedStepLink> {
  return call(api.createStepLink, { params: { meetingId }, body });
}

/** The owner's side needs no session: the link's secret, in the body, is the key. */
export function openStepLink(secret: string): Promise<StepLinkView> {
  return call(api.openStepLink, { body: { secret }, expectUnauthenticated: true });
}

export function answerStep(body: StepAnswerBody): Promise<StepUpdate> {
  return call(api.answerStep, { body, expectUnauthenticated: true });
}

export function createCalendarFeed(secret: string): Promise<CalendarFeed> {
  return call(api.createCalendarFeed, { body: { secret }, expectUnauthenticated: true });
}

export function chooseReminders(body: ChooseRemindersBody): Promise<OwnReminders> {
  return call(api.chooseReminders, { body, expectUnauthenticated: true });
}

// Roster and invitations

export function listMembers(caseId: string): Promise<MemberList> {
  return call(api.members, { params: { caseId } });
}

export function addMember(caseId: string, body: AddMemberBody): Promise<Member> {
  return call(api.addMember, { params: { caseId }, body });
}

export function updateMember(caseId: string, memberId: string, body: UpdateMemberBody): Promise<Member> {
  return call(api.updateMember, { params: { caseId, memberId }, body });
}

export async function removeMember(caseId: string, memberId: string): Promise<void> {
  await call(api.removeMember, { params: { caseId, memberId } });
}

export function listInvitations(meetingId: string): Promise<InvitationList> {
  return call(api.invitations, { params: { meetingId } });
}

export function createInvitation(meetingId: string, body: CreateInvitationBody): Promise<CreatedInvitation> {
  return call(api.createInvitation, { params: { meetingId }, body });
}

export async function revokeInvitation(invitationId: string): Promise<void> {
  await call(api.revokeInvitation, { params: { invitationId } });
}

// Audit, consent, vocabulary

/** A page of the case's trail, newest first; `before` asks for the page older than an event. */
export function getAuditTrail(caseId: string, before?: number): Promise<AuditTrail> {
  return call(api.auditTrail, { params: { caseId }, query: { before } });
}

export function listConsents(caseId: string): Promise<ConsentList> {
  return call(api.consents, { params: { caseId } });
}

export function recordConsent(caseId: string, body: RecordConsentBody): Promise<Consent> {
  return call(api.recordConsent, { params: { caseId }, body });
}

export function withdrawConsent(consentId: string): Promise<Consent> {
  return call(api.withdrawConsent, { params: { consentId } });
}

export function getVocabulary(): Promise<Vocabulary> {
  return call(api.vocabulary);
}

export function getMeetingTemplates(): Promise<MeetingTemplates> {
  return call(api.meetingTemplates);
}

export function copyMeetingTemplate(body: CopyMeetingTemplateBody): Promise<MeetingTemplate> {
  return call(api.copyMeetingTemplate, { body });
}

export function reviseMeetingTemplate(templateId: string, body: ReviseMeetingTemplateBody): Promise<MeetingTemplate> {
  return call(api.reviseMeetingTemplate, { params: { templateId }, body });
}

export function addVocabulary(body: AddVocabularyBody): Promise<Vocabulary> {
  return call(api.addVocabulary, { body });
}

// The record: closing, the minutes, approval and versions

/** Closes the meeting: the document becomes read-only for everyone and the minutes are frozen. */
export function closeMeeting(meetingId: string, nextMeetingAt: string | null): Promise<VersionSummary> {
  return call(api.closeMeeting, { params: { meetingId }, body: { nextMeetingAt } });
}

/** Before approval a reopening; after approval a correction (the approved version stays). */
export function reopenMeeting(meetingId: string): Promise<VersionSummary> {
  return call(api.reopenMeeting, { params: { meetingId }, body: {} });
}

export function approveMinutes(meetingId: string): Promise<VersionSummary> {
  return call(api.approveMinutes, { params: { meetingId }, body: {} });
}

export function getMinutes(meetingId: string): Promise<MinutesAnswer> {
  return call(api.minutes, { params: { meetingId } });
}

export function listVersions(meetingId: string): Promise<VersionList> {
  return call(api.versions, { params: { meetingId } });
}

export function getVersion(meetingId: string, number: number): Promise<VersionDetail> {
  return call(api.version, { params: { meetingId, number } });
}

/** Where the minutes download in each format (the browser follows these links with the cookie). */
export function minutesDownload(meetingId: string, format: "pdf" | "md" | "json" | "journal"): string {
  const route = {
    pdf: api.minutesPdf,
    md: api.minutesMarkdown,
    json: api.minutes,
    journal: api.journalNote,
  }[format];
  return pathOf(route, { meetingId });
}

/**
 * A file to save (the minutes, a journal note, the citizen's export), fetched rather than followed
 * as a link: an error answer is thrown as an ApiFailure instead of being saved as the file (issue
 * 19). The name is the server's (Content-Disposition) when it gives one.
 */
export async function downloadFile(path: string): Promise<{ file: Blob; name: string | null }> {
  const response = await send(path, { headers: { Accept: "*/*" } });
  const disposition = response.headers.get("Content-Disposition") ?? "";
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? null;
  return { file: await response.blob(), name };
}

// The case file: filing metadata, the citizen's export, deletion

export function updateCase(caseId: string, body: UpdateCaseBody): Promise<Case> {
  return call(api.updateCase, { params: { caseId }, body });
}

/** Forløbet afsluttet: read-only from now on; planned meetings are cancelled. */
export function closeCase(caseId: string, reason: CloseCaseBody["reason"]): Promise<Case> {
  return call(api.closeCase, { params: { caseId }, body: { reason } });
}

/**
 * Everything held about the citizen, as a download (audited on the server): JSON for machines,
 * or in plain Danish for her to read, as a PDF or a web page.
 */
export function caseExportUrl(caseId: string, format: CaseExportQuery["format"] = "json"): string {
  const path = pathOf(api.caseExport, { caseId });
  return format === "json" ? path : `${path}?${new URLSearchParams({ format })}`;
}

export async function deleteCase(caseId: string): Promise<void> {
  await call(api.deleteCase, { params: { caseId } });
}

// The team lead's team: its cases, covers and figures

export function getTeam(): Promise<TeamOverview> {
  return call(api.team);
}

/** Opens one of the team's cases to read until midnight; the reason goes into the case's trail. */
export async function openAsTeamLead(caseId: string, reason: OpenAsTeamLeadBody["reason"]): Promise<void> {
  await call(api.openAsTeamLead, { params: { caseId }, body: { reason } });
}

/** The team lead gives a team case to another of its coordinators, with a note. */
export function handOverAsTeamLead(caseId: string, body: HandOverBody): Promise<HandedOver> {
  return call(api.handOverAsTeamLead, { params: { caseId }, body });
}

export function assignCover(body: AssignCoverBody): Promise<Cover> {
  return call(api.assignCover, { body });
}

export async function endCover(coverId: string): Promise<void> {
  await call(api.endCover, { params: { coverId } });
}

export function getTeamFigures(): Promise<TeamFigures> {
  return call(api.teamFigures);
}

// Teams, kept by the coordinators who keep the accounts

export function listTeams(): Promise<TeamList> {
  return call(api.teams);
}

export function createTeam(name: string): Promise<Team> {
  return call(api.createTeam, { body: { name } });
}

export async function setAccountTeam(accountId: string, body: SetAccountTeamBody): Promise<void> {
  await call(api.setAccountTeam, { params: { accountId }, body });
}
