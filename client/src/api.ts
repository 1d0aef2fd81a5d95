import {
  Account,
  AccountList,
  type AddMemberBody,
  type AddVocabularyBody,
  ApiError,
  AuditTrail,
  AuthStatus,
  Case,
  CaseList,
  CaseProgress,
  CaseWithMeetings,
  type ChangePasswordBody,
  type CompletePasswordResetBody,
  ConnectionToken,
  Consent,
  ConsentList,
  type CreateAccountBody,
  type CreateCaseBody,
  CreatedInvitation,
  type CreateInvitationBody,
  type CreateMeetingBody,
  DeviceKey,
  InvitationList,
  type JoinBody,
  Meeting,
  MeetingWithCase,
  Member,
  MemberList,
  MinutesAnswer,
  PasswordResetIssued,
  type RecordConsentBody,
  Session,
  SessionsEnded,
  type SetupBody,
  SignedOut,
  type SignInBody,
  StepsOverview,
  type UpdateCaseBody,
  type UpdateMemberBody,
  VersionDetail,
  VersionList,
  VersionSummary,
  Vocabulary,
} from "@samplan/shared/api";

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

  constructor(
    status: number,
    code: ApiFailure["code"],
    message: string,
    issues: { path: string; message: string }[] = [],
  ) {
    super(message);
    this.status = status;
    this.code = code;
    this.issues = issues;
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

/** For a 401 a caller asked to handle itself, when it turns out to mean the session is gone after all. */
export function reportSessionLost(failure: ApiFailure): void {
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
    ? new ApiFailure(response.status, error.data.error.code, error.data.error.message, error.data.error.issues)
    : new ApiFailure(
        response.status,
        response.status === 404 ? "not_found" : response.status === 401 ? "unauthenticated" : "internal",
        response.statusText,
      );
  if (failure.status === 401 && SESSION_LOST_CODES.has(failure.code) && !options.expectUnauthenticated) {
    reportSessionLost(failure);
  }
  throw failure;
}

async function request<T>(schema: Schema<T>, path: string, init?: RequestInit, options?: Options): Promise<T> {
  const response = await send(path, init, options);
  const body: unknown = await response.json().catch(() => null);
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiFailure(response.status, "invalid_response", `Unexpected answer from ${path}`);
  return parsed.data;
}

/** For answers without a body (204). */
async function requestEmpty(path: string, init: RequestInit, options?: Options): Promise<void> {
  await send(path, init, options);
}

const post = (body: unknown): RequestInit => ({ method: "POST", body: JSON.stringify(body) });
const id = encodeURIComponent;

// Who may enter

export function getAuthStatus(): Promise<AuthStatus> {
  return request(AuthStatus, "/api/auth");
}

/** The current session, or null when nobody is signed in. */
export async function getSession(): Promise<Session | null> {
  try {
    return await request(Session, "/api/session", undefined, { expectUnauthenticated: true });
  } catch (failure) {
    if (failure instanceof ApiFailure && failure.status === 401) return null;
    throw failure;
  }
}

export function setup(body: SetupBody): Promise<Session> {
  return request(Session, "/api/setup", post(body), { expectUnauthenticated: true });
}

export function signIn(body: SignInBody): Promise<Session> {
  return request(Session, "/api/session", post(body), { expectUnauthenticated: true });
}

/**
 * Signs out here. For someone who signed in through the organisation's login, the address where
 * they sign out there too (null for everyone else).
 */
export async function signOut(): Promise<string | null> {
  const response = await send("/api/session", { method: "DELETE" }, { expectUnauthenticated: true });
  if (response.status === 204) return null;
  const parsed = SignedOut.safeParse(await response.json().catch(() => null));
  return parsed.success ? parsed.data.providerLogout : null;
}

/** This device becomes the citizen's, in this meeting; the coordinator's session on it ends. */
export function handTabletToCitizen(meetingId: string): Promise<Session> {
  return request(Session, `/api/meetings/${encodeURIComponent(meetingId)}/citizen-tablet`, post({}));
}

export function join(body: JoinBody): Promise<Session> {
  return request(Session, "/api/join", post(body), { expectUnauthenticated: true });
}

/** Where the identity provider's sign-in starts; a full page navigation, not a fetch. */
export const OIDC_START_PATH = "/api/auth/oidc/start";

/** The signed-in staff member's own account: whether it has a password to change, among others. */
export function getOwnAccount(): Promise<Account> {
  return request(Account, "/api/account");
}

export function listAccounts(): Promise<AccountList> {
  return request(AccountList, "/api/accounts");
}

export function createAccount(body: CreateAccountBody): Promise<Account> {
  return request(Account, "/api/accounts", post(body));
}

/** A coordinator deactivates a colleague's account: it is signed out everywhere at once. */
export function deactivateAccount(accountId: string): Promise<SessionsEnded> {
  return request(SessionsEnded, `/api/accounts/${id(accountId)}/deactivate`, { method: "POST" });
}

export function reactivateAccount(accountId: string): Promise<Account> {
  return request(Account, `/api/accounts/${id(accountId)}/reactivate`, { method: "POST" });
}

export function endAccountSessions(accountId: string): Promise<SessionsEnded> {
  return request(SessionsEnded, `/api/accounts/${id(accountId)}/sessions`, { method: "DELETE" });
}

/** A one-time link for a colleague to set a new password; shown this once. */
export function issuePasswordReset(accountId: string): Promise<PasswordResetIssued> {
  return request(PasswordResetIssued, `/api/accounts/${id(accountId)}/password-reset`, { method: "POST" });
}

/** Sets a new password with a link's code; then one signs in with it. */
export function completePasswordReset(body: CompletePasswordResetBody): Promise<void> {
  return requestEmpty("/api/password-reset", post(body));
}

/**
 * The key this session encrypts the plan kept on the device with (lib/deviceKey.ts). A 401 means
 * the session is gone, and is reported like any other.
 */
export function getDeviceKey(): Promise<DeviceKey> {
  return request(DeviceKey, "/api/session/device-key");
}

/** Changes the signed-in person's own password; their other sessions end. */
export function changeOwnPassword(body: ChangePasswordBody): Promise<void> {
  return requestEmpty("/api/session/password", post(body));
}

/**
 * A five-minute token for the meeting's websocket. A refusal is left to the meeting page, which
 * tells a guest why in place (invitation withdrawn or expired) instead of leaving the meeting.
 */
export function connectionToken(meetingId: string): Promise<ConnectionToken> {
  return request(
    ConnectionToken,
    `/api/meetings/${id(meetingId)}/connection-token`,
    { method: "POST" },
    { expectUnauthenticated: true },
  );
}

// Cases and meetings

export function listCases(): Promise<CaseList> {
  return request(CaseList, "/api/cases");
}

export function createCase(body: CreateCaseBody): Promise<Case> {
  return request(Case, "/api/cases", post(body));
}

export function getCase(caseId: string): Promise<CaseWithMeetings> {
  return request(CaseWithMeetings, `/api/cases/${id(caseId)}`);
}

/**
 * Plans the next meeting; the server carries the latest meeting's active goals and open steps into
 * it. `idempotencyKey` is made once per submission and sent again on a retry, so a retried request
 * gets the meeting the first one created instead of a second one.
 */
export function createMeeting(caseId: string, body: CreateMeetingBody, idempotencyKey?: string): Promise<Meeting> {
  return request(Meeting, `/api/cases/${id(caseId)}/meetings`, {
    ...post(body),
    ...(idempotencyKey ? { headers: { "Idempotency-Key": idempotencyKey } } : {}),
  });
}

export function getMeeting(meetingId: string): Promise<MeetingWithCase> {
  return request(MeetingWithCase, `/api/meetings/${id(meetingId)}`);
}

// The case over time

/** Each goal's scales across the case's meetings, and the Siden sidst observations by date. */
export function getProgress(caseId: string): Promise<CaseProgress> {
  return request(CaseProgress, `/api/cases/${id(caseId)}/progress`);
}

/** Every next step agreed in the case, with its owner, due date and how it stands now. */
export function getSteps(caseId: string): Promise<StepsOverview> {
  return request(StepsOverview, `/api/cases/${id(caseId)}/steps`);
}

// Roster and invitations

export function listMembers(caseId: string): Promise<MemberList> {
  return request(MemberList, `/api/cases/${id(caseId)}/members`);
}

export function addMember(caseId: string, body: AddMemberBody): Promise<Member> {
  return request(Member, `/api/cases/${id(caseId)}/members`, post(body));
}

export function updateMember(caseId: string, memberId: string, body: UpdateMemberBody): Promise<Member> {
  return request(Member, `/api/cases/${id(caseId)}/members/${id(memberId)}`, {
    method: "PATCH",
    body: JSON.stringify(body),
  });
}

export function removeMember(caseId: string, memberId: string): Promise<void> {
  return requestEmpty(`/api/cases/${id(caseId)}/members/${id(memberId)}`, { method: "DELETE" });
}

export function listInvitations(meetingId: string): Promise<InvitationList> {
  return request(InvitationList, `/api/meetings/${id(meetingId)}/invitations`);
}

export function createInvitation(meetingId: string, body: CreateInvitationBody): Promise<CreatedInvitation> {
  return request(CreatedInvitation, `/api/meetings/${id(meetingId)}/invitations`, post(body));
}

export function revokeInvitation(invitationId: string): Promise<void> {
  return requestEmpty(`/api/invitations/${id(invitationId)}`, { method: "DELETE" });
}

// Audit, consent, vocabulary

/** A page of the case's trail, newest first; `before` asks for the page older than an event. */
export function getAuditTrail(caseId: string, before?: number): Promise<AuditTrail> {
  const query = before === undefined ? "" : `?before=${encodeURIComponent(before)}`;
  return request(AuditTrail, `/api/cases/${id(caseId)}/audit${query}`);
}

export function listConsents(caseId: string): Promise<ConsentList> {
  return request(ConsentList, `/api/cases/${id(caseId)}/consents`);
}

export function recordConsent(caseId: string, body: RecordConsentBody): Promise<Consent> {
  return request(Consent, `/api/cases/${id(caseId)}/consents`, post(body));
}

export function withdrawConsent(consentId: string): Promise<Consent> {
  return request(Consent, `/api/consents/${id(consentId)}/withdraw`, { method: "POST" });
}

export function getVocabulary(): Promise<Vocabulary> {
  return request(Vocabulary, "/api/vocabulary");
}

export function addVocabulary(body: AddVocabularyBody): Promise<Vocabulary> {
  return request(Vocabulary, "/api/vocabulary", post(body));
}

// The record: closing, the minutes, approval and versions

/** Closes the meeting: the document becomes read-only for everyone and the minutes are frozen. */
export function closeMeeting(meetingId: string, nextMeetingAt: string | null): Promise<VersionSummary> {
  return request(VersionSummary, `/api/meetings/${id(meetingId)}/close`, post({ nextMeetingAt }));
}

/** Before approval a reopening; after approval a correction (the approved version stays). */
export function reopenMeeting(meetingId: string): Promise<VersionSummary> {
  return request(VersionSummary, `/api/meetings/${id(meetingId)}/reopen`, post({}));
}

export function approveMinutes(meetingId: string): Promise<VersionSummary> {
  return request(VersionSummary, `/api/meetings/${id(meetingId)}/approve`, post({}));
}

export function getMinutes(meetingId: string): Promise<MinutesAnswer> {
  return request(MinutesAnswer, `/api/meetings/${id(meetingId)}/minutes`);
}

export function listVersions(meetingId: string): Promise<VersionList> {
  return request(VersionList, `/api/meetings/${id(meetingId)}/versions`);
}

export function getVersion(meetingId: string, number: number): Promise<VersionDetail> {
  return request(VersionDetail, `/api/meetings/${id(meetingId)}/versions/${number}`);
}

/** Where the minutes download in each format (the browser follows these links with the cookie). */
export function minutesDownload(meetingId: string, format: "pdf" | "md" | "json" | "journal"): string {
  const base = `/api/meetings/${id(meetingId)}`;
  return format === "journal"
    ? `${base}/journal-note`
    : format === "json"
      ? `${base}/minutes`
      : `${base}/minutes.${format}`;
}

// The case file: filing metadata, the citizen's export, deletion

export function updateCase(caseId: string, body: UpdateCaseBody): Promise<Case> {
  return request(Case, `/api/cases/${id(caseId)}`, { method: "PATCH", body: JSON.stringify(body) });
}

/** Everything held about the citizen, as a JSON download (audited on the server). */
export function caseExportUrl(caseId: string): string {
  return `/api/cases/${id(caseId)}/export`;
}

export function deleteCase(caseId: string): Promise<void> {
  return requestEmpty(`/api/cases/${id(caseId)}`, { method: "DELETE" });
}
