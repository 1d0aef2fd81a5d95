import { z } from "zod";
import { AccountId, CaseId, ConsentId, InvitationId, MeetingId, MemberId, StepLinkId } from "../vocabulary/index.ts";
import {
  ChangePasswordBody,
  CompletePasswordResetBody,
  PasswordResetIssued,
  SessionsEnded,
} from "./AccountLifecycle.ts";
import { AuditTrail, AuditTrailQuery, CaseExportQuery, CaseTombstone } from "./Audit.ts";
import { Case, CaseList, CaseWithMeetings, CloseCaseBody, CreateCaseBody } from "./Case.ts";
import { ClientErrorLogged, ClientErrorReport } from "./ClientError.ts";
import { Consent, ConsentList, RecordConsentBody } from "./Consent.ts";
import { DeskFollowUps } from "./Desk.ts";
import { DeviceKey } from "./DeviceKey.ts";
import { CoordinatorList, HandedOver, HandOverBody, HandoverNews } from "./Handover.ts";
import { JournalNote, UpdateCaseBody } from "./JournalNote.ts";
import { CreateMeetingBody, DeskMeetings, Meeting, MeetingWithCase, UpdateMeetingBody } from "./Meeting.ts";
import { CaseMeetingRatings, MeetingRatingBody, OwnMeetingRating } from "./MeetingRating.ts";
import {
  CopyMeetingTemplateBody,
  MeetingTemplate,
  MeetingTemplateId,
  MeetingTemplates,
  ReviseMeetingTemplateBody,
} from "./MeetingTemplate.ts";
import { CloseMeetingBody, MinutesAnswer, VersionDetail, VersionList, VersionSummary } from "./Minutes.ts";
import { Preparation, PreparationBody } from "./Preparation.ts";
import { CaseProgress, DeskSteps, StepsOverview } from "./Progress.ts";
import {
  AddMemberBody,
  CreatedInvitation,
  CreateInvitationBody,
  InvitationList,
  Member,
  MemberList,
  UpdateMemberBody,
} from "./Roster.ts";
import type { ApiRoute } from "./routePath.ts";
import {
  Account,
  AccountList,
  AuthStatus,
  ConnectionToken,
  CreateAccountBody,
  JoinBody,
  OwnLanguageBody,
  Session,
  SetupBody,
  SignedOut,
  SignInBody,
} from "./Session.ts";
import {
  CalendarFeed,
  CalendarFeedFile,
  ChooseRemindersBody,
  CreatedStepLink,
  CreateStepLinkBody,
  OwnReminders,
  StepAnswerBody,
  StepLinkSecret,
  StepLinkView,
  StepUpdate,
} from "./StepLink.ts";
import {
  AccountTeam,
  AssignCoverBody,
  Cover,
  CreateTeamBody,
  OpenAsTeamLeadBody,
  SetAccountTeamBody,
  Team,
  TeamList,
  TeamOverview,
} from "./Team.ts";
import { TeamFigures } from "./TeamFigures.ts";
import { AddVocabularyBody, Vocabulary } from "./Vocabulary.ts";

// Keeps each entry's literal method and path, and checks it is a route.
const route = <const R extends ApiRoute>(r: R): R => r;

// Described once, so every route's parameters read the same in the OpenAPI document.
const caseId = CaseId.describe("The case's id");
const meetingId = MeetingId.describe("The meeting's id");
const ofCase = z.object({ caseId });
const ofMeeting = z.object({ meetingId });
const ofAccount = z.object({ accountId: AccountId });
const ofCover = z.object({ coverId: z.uuid() });

/**
 * Every endpoint of the HTTP API, in one table: the server registers its routes from it, and the
 * client and the tests build their paths from it with `pathOf`, so a path is spelled once.
 */
export const apiRoutes = {
  // Who may enter
  authStatus: route({ method: "get", path: "/api/auth", answer: AuthStatus }),
  oidcStart: route({ method: "get", path: "/api/auth/oidc/start" }),
  oidcCallback: route({ method: "get", path: "/api/auth/oidc/callback" }),
  setup: route({ method: "post", path: "/api/setup", body: SetupBody, answer: Session }),
  session: route({ method: "get", path: "/api/session", answer: Session }),
  signIn: route({ method: "post", path: "/api/session", body: SignInBody, answer: Session }),
  signOut: route({ method: "delete", path: "/api/session", answer: SignedOut }),
  join: route({ method: "post", path: "/api/join", body: JoinBody, answer: Session }),
  deviceKey: route({ method: "get", path: "/api/session/device-key", answer: DeviceKey }),
  ownLanguage: route({ method: "post", path: "/api/session/language", body: OwnLanguageBody, answer: OwnLanguageBody }),
  changeOwnPassword: route({ method: "post", path: "/api/session/password", body: ChangePasswordBody }),
  completePasswordReset: route({ method: "post", path: "/api/password-reset", body: CompletePasswordResetBody }),
  // A part of a page that failed to draw in someone's browser, for the server's log
  reportClientError: route({
    method: "post",
    path: "/api/client-errors",
    body: ClientErrorReport,
    answer: ClientErrorLogged,
  }),

  // Staff accounts
  ownAccount: route({ method: "get", path: "/api/account", answer: Account }),
  accounts: route({ method: "get", path: "/api/accounts", answer: AccountList }),
  createAccount: route({ method: "post", path: "/api/accounts", body: CreateAccountBody, answer: Account }),
  deactivateAccount: route({
    method: "post",
    path: "/api/accounts/:accountId/deactivate",
    params: ofAccount,
    answer: SessionsEnded,
  }),
  reactivateAccount: route({
    method: "post",
    path: "/api/accounts/:accountId/reactivate",
    params: ofAccount,
    answer: Account,
  }),
  endAccountSessions: route({
    method: "delete",
    path: "/api/accounts/:accountId/sessions",
    params: ofAccount,
    answer: SessionsEnded,
  }),
  issuePasswordReset: route({
    method: "post",
    path: "/api/accounts/:accountId/password-reset",
    params: ofAccount,
    answer: PasswordResetIssued,
  }),

  // Cases
  cases: route({ method: "get", path: "/api/cases", answer: CaseList }),
  createCase: route({ method: "post", path: "/api/cases", body: CreateCaseBody, answer: Case }),
  case: route({ method: "get", path: "/api/cases/:caseId", params: ofCase, answer: CaseWithMeetings }),
  updateCase: route({
    method: "patch",
    path: "/api/cases/:caseId",
    params: ofCase,
    body: UpdateCaseBody,
    answer: Case,
  }),
  deleteCase: route({ method: "delete", path: "/api/cases/:caseId", params: ofCase }),
  closeCase: route({
    method: "post",
    path: "/api/cases/:caseId/close",
    params: ofCase,
    body: CloseCaseBody,
    answer: Case,
  }),
  caseExport: route({ method: "get", path: "/api/cases/:caseId/export", params: ofCase, query: CaseExportQuery }),
  caseTombstones: route({
    method: "get",
    path: "/api/case-tombstones",
    answer: z.object({ tombstones: z.array(CaseTombstone) }),
  }),
  auditTrail: route({
    method: "get",
    path: "/api/cases/:caseId/audit",
    params: ofCase,
    query: AuditTrailQuery,
    answer: AuditTrail,
  }),
  progress: route({ method: "get", path: "/api/cases/:caseId/progress", params: ofCase, answer: CaseProgress }),
  steps: route({ method: "get", path: "/api/cases/:caseId/steps", params: ofCase, answer: StepsOverview }),

  // A case changes hands: the coordinator gives it to a colleague with a note
  coordinators: route({ method: "get", path: "/api/coordinators", answer: CoordinatorList }),
  handOverCase: route({
    method: "post",
    path: "/api/cases/:caseId/handover",
    params: ofCase,
    body: HandOverBody,
    answer: HandedOver,
  }),
  handoverNews: route({ method: "get", path: "/api/cases/:caseId/handover", params: ofCase, answer: HandoverNews }),
  dismissHandoverNote: route({ method: "post", path: "/api/cases/:caseId/handover/dismiss", params: ofCase }),

  // Roster, consent and invitations
  members: route({ method: "get", path: "/api/cases/:caseId/members", params: ofCase, answer: MemberList }),
  addMember: route({
    method: "post",
    path: "/api/cases/:caseId/members",
    params: ofCase,
    body: AddMemberBody,
    answer: Member,
  }),
  updateMember: route({
    method: "patch",
    path: "/api/cases/:caseId/members/:memberId",
    params: z.object({ caseId, memberId: MemberId }),
    body: UpdateMemberBody,
    answer: Member,
  }),
  removeMember: route({
    method: "delete",
    path: "/api/cases/:caseId/members/:memberId",
    params: z.object({ caseId, memberId: MemberId }),
  }),
  consents: route({ method: "get", path: "/api/cases/:caseId/consents", params: ofCase, answer: ConsentList }),
  recordConsent: route({
    method: "post",
    path: "/api/cases/:caseId/consents",
    params: ofCase,
    body: RecordConsentBody,
    answer: Consent,
  }),
  withdrawConsent: route({
    method: "post",
    path: "/api/consents/:consentId/withdraw",
    params: z.object({ consentId: ConsentId }),
    answer: Consent,
  }),
  invitations: route({
    method: "get",
    path: "/api/meetings/:meetingId/invitations",
    params: ofMeeting,
    answer: InvitationList,
  }),
  createInvitation: route({
    method: "post",
    path: "/api/meetings/:meetingId/invitations",
    params: ofMeeting,
    body: CreateInvitationBody,
    answer: CreatedInvitation,
  }),
  revokeInvitation: route({
    method: "delete",
    path: "/api/invitations/:invitationId",
    params: z.object({ invitationId: InvitationId }),
  }),

  // Meetings
  createMeeting: route({
    method: "post",
    path: "/api/cases/:caseId/meetings",
    params: ofCase,
    body: CreateMeetingBody,
    answer: Meeting,
  }),
  meeting: route({ method: "get", path: "/api/meetings/:meetingId", params: ofMeeting, answer: MeetingWithCase }),
  updateMeeting: route({
    method: "patch",
    path: "/api/meetings/:meetingId",
    params: ofMeeting,
    body: UpdateMeetingBody,
    answer: MeetingWithCase,
  }),
  cancelMeeting: route({ method: "post", path: "/api/meetings/:meetingId/cancel", params: ofMeeting }),
  connectionToken: route({
    method: "post",
    path: "/api/meetings/:meetingId/connection-token",
    params: ofMeeting,
    answer: ConnectionToken,
  }),
  citizenTablet: route({
    method: "post",
    path: "/api/meetings/:meetingId/citizen-tablet",
    params: ofMeeting,
    answer: Session,
  }),

  // The record: closing, the minutes, approval and versions
  closeMeeting: route({
    method: "post",
    path: "/api/meetings/:meetingId/close",
    params: ofMeeting,
    body: CloseMeetingBody,
    answer: VersionSummary,
  }),
  reopenMeeting: route({
    method: "post",
    path: "/api/meetings/:meetingId/reopen",
    params: ofMeeting,
    body: CloseMeetingBody,
    answer: VersionSummary,
  }),
  approveMinutes: route({
    method: "post",
    path: "/api/meetings/:meetingId/approve",
    params: ofMeeting,
    body: CloseMeetingBody,
    answer: VersionSummary,
  }),
  minutes: route({ method: "get", path: "/api/meetings/:meetingId/minutes", params: ofMeeting, answer: MinutesAnswer }),
  minutesMarkdown: route({ method: "get", path: "/api/meetings/:meetingId/minutes.md", params: ofMeeting }),
  minutesPdf: route({ method: "get", path: "/api/meetings/:meetingId/minutes.pdf", params: ofMeeting }),
  journalNote: route({
    method: "get",
    path: "/api/meetings/:meetingId/journal-note",
    params: ofMeeting,
    answer: JournalNote,
  }),
  versions: route({ method: "get", path: "/api/meetings/:meetingId/versions", params: ofMeeting, answer: VersionList }),
  version: route({
    method: "get",
    path: "/api/meetings/:meetingId/versions/:number",
    params: z.object({ meetingId, number: z.coerce.number().int().min(1) }),
    answer: VersionDetail,
  }),

  // The coordinator's desk: what needs her across all her cases
  deskSteps: route({ method: "get", path: "/api/desk/steps", answer: DeskSteps }),
  deskMeetings: route({ method: "get", path: "/api/desk/meetings", answer: DeskMeetings }),
  deskFollowUps: route({ method: "get", path: "/api/desk/follow-ups", answer: DeskFollowUps }),

  // Teams: the coordinators keep them; the team lead sees the team's cases, assigns cover, reads a case
  teams: route({ method: "get", path: "/api/teams", answer: TeamList }),
  createTeam: route({ method: "post", path: "/api/teams", body: CreateTeamBody, answer: Team }),
  setAccountTeam: route({
    method: "post",
    path: "/api/accounts/:accountId/team",
    params: ofAccount,
    body: SetAccountTeamBody,
    answer: AccountTeam,
  }),
  team: route({ method: "get", path: "/api/team", answer: TeamOverview }),
  assignCover: route({ method: "post", path: "/api/team/covers", body: AssignCoverBody, answer: Cover }),
  endCover: route({ method: "post", path: "/api/team/covers/:coverId/end", params: ofCover }),
  teamFigures: route({ method: "get", path: "/api/team/figures", answer: TeamFigures }),
  handOverAsTeamLead: route({
    method: "post",
    path: "/api/team/cases/:caseId/handover",
    params: ofCase,
    body: HandOverBody,
    answer: HandedOver,
  }),
  openAsTeamLead: route({
    method: "post",
    path: "/api/team/cases/:caseId/open",
    params: ofCase,
    body: OpenAsTeamLeadBody,
  }),

  // Between meetings: a step's owner answers from a personal link (the secret goes in the body)
  createStepLink: route({
    method: "post",
    path: "/api/meetings/:meetingId/step-links",
    params: ofMeeting,
    body: CreateStepLinkBody,
    answer: CreatedStepLink,
  }),
  revokeStepLink: route({
    method: "delete",
    path: "/api/cases/:caseId/step-links/:linkId",
    params: z.object({ caseId, linkId: StepLinkId }),
  }),
  openStepLink: route({ method: "post", path: "/api/step-links/open", body: StepLinkSecret, answer: StepLinkView }),
  answerStep: route({ method: "post", path: "/api/step-links/answer", body: StepAnswerBody, answer: StepUpdate }),
  createCalendarFeed: route({
    method: "post",
    path: "/api/step-links/calendar",
    body: StepLinkSecret,
    answer: CalendarFeed,
  }),
  calendarFeed: route({ method: "get", path: "/api/calendar/:file", params: z.object({ file: CalendarFeedFile }) }),
  chooseReminders: route({
    method: "post",
    path: "/api/step-links/reminders",
    body: ChooseRemindersBody,
    answer: OwnReminders,
  }),

  // Before a meeting: the citizen prepares, privately, until she shares it with the meeting
  preparation: route({
    method: "get",
    path: "/api/meetings/:meetingId/preparation",
    params: ofMeeting,
    answer: Preparation,
  }),
  savePreparation: route({
    method: "post",
    path: "/api/meetings/:meetingId/preparation",
    params: ofMeeting,
    body: PreparationBody,
    answer: Preparation,
  }),
  sharePreparation: route({
    method: "post",
    path: "/api/meetings/:meetingId/preparation/share",
    params: ofMeeting,
    answer: Preparation,
  }),

  // After a meeting: the citizen says how it was for her; the coordinator reads it over time
  meetingRating: route({
    method: "get",
    path: "/api/meetings/:meetingId/rating",
    params: ofMeeting,
    answer: OwnMeetingRating,
  }),
  rateMeeting: route({
    method: "post",
    path: "/api/meetings/:meetingId/rating",
    params: ofMeeting,
    body: MeetingRatingBody,
    answer: OwnMeetingRating,
  }),
  meetingRatings: route({
    method: "get",
    path: "/api/cases/:caseId/meeting-ratings",
    params: ofCase,
    answer: CaseMeetingRatings,
  }),

  // Words and time
  vocabulary: route({ method: "get", path: "/api/vocabulary", answer: Vocabulary }),
  meetingTemplates: route({ method: "get", path: "/api/meeting-templates", answer: MeetingTemplates }),
  copyMeetingTemplate: route({
    method: "post",
    path: "/api/meeting-templates",
    body: CopyMeetingTemplateBody,
    answer: MeetingTemplate,
  }),
  reviseMeetingTemplate: route({
    method: "post",
    path: "/api/meeting-templates/:templateId/revisions",
    params: z.object({ templateId: MeetingTemplateId }),
    body: ReviseMeetingTemplateBody,
    answer: MeetingTemplate,
  }),
  addVocabulary: route({ method: "post", path: "/api/vocabulary", body: AddVocabularyBody, answer: Vocabulary }),
  time: route({ method: "get", path: "/api/time", answer: z.object({ now: z.number() }) }),
  openapi: route({ method: "get", path: "/api/openapi.json" }),
} as const;
