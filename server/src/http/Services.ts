import type { Access } from "../access/Access.ts";
import type { LiveConnections } from "../access/LiveConnections.ts";
import type { AccessLimits } from "../auth/AccessLimits.ts";
import type { ConnectionTokens } from "../auth/ConnectionTokens.ts";
import type { DeviceKeys } from "../auth/DeviceKeys.ts";
import type { OidcSignIn } from "../auth/OidcSignIn.ts";
import type { SetupCode } from "../auth/SetupCode.ts";
import type { CaseData } from "../cases/CaseData.ts";
import type { Config } from "../config.ts";
import type { Logger } from "../logger.ts";
import type { MailSchedule } from "../mail/MailSchedule.ts";
import type { MeetingRatings } from "../meetingRating/MeetingRatings.ts";
import type { MeetingPlanner } from "../meetings/MeetingPlanner.ts";
import type { MeetingRecord } from "../meetings/MeetingRecord.ts";
import type { Metrics } from "../observability/Metrics.ts";
import type { CitizenPreparation } from "../preparation/CitizenPreparation.ts";
import type { StepFollowUp } from "../steps/StepFollowUp.ts";
import type { AccountRepository } from "../storage/AccountRepository.ts";
import type { AuditLog } from "../storage/AuditLog.ts";
import type { CalendarFeedRepository } from "../storage/CalendarFeedRepository.ts";
import type { CaseRepository } from "../storage/CaseRepository.ts";
import type { ConsentRepository } from "../storage/ConsentRepository.ts";
import type { DocumentStore } from "../storage/DocumentStore.ts";
import type { HandoverRepository } from "../storage/HandoverRepository.ts";
import type { InvitationRepository } from "../storage/InvitationRepository.ts";
import type { MeetingRatingRepository } from "../storage/MeetingRatingRepository.ts";
import type { MeetingRepository } from "../storage/MeetingRepository.ts";
import type { MeetingTemplateRepository } from "../storage/MeetingTemplateRepository.ts";
import type { OutboxRepository } from "../storage/OutboxRepository.ts";
import type { PreparationRepository } from "../storage/PreparationRepository.ts";
import type { RosterRepository } from "../storage/RosterRepository.ts";
import type { Repositories } from "../storage/repositories.ts";
import type { SessionRepository } from "../storage/SessionRepository.ts";
import type { StepLinkRepository } from "../storage/StepLinkRepository.ts";
import type { StepUpdateRepository } from "../storage/StepUpdateRepository.ts";
import type { TeamRepository } from "../storage/TeamRepository.ts";
import type { VocabularyRepository } from "../storage/VocabularyRepository.ts";
import type { Readiness } from "./routes/healthRoutes.ts";

/** Everything the HTTP routes use, built once in SamplanServer. */
export interface Services {
  config: Config;
  log: Logger;
  cases: CaseRepository;
  meetings: MeetingRepository;
  accounts: AccountRepository;
  sessions: SessionRepository;
  roster: RosterRepository;
  invitations: InvitationRepository;
  consents: ConsentRepository;
  vocabulary: VocabularyRepository;
  stepLinks: StepLinkRepository;
  stepUpdates: StepUpdateRepository;
  outbox: OutboxRepository;
  calendarFeeds: CalendarFeedRepository;
  preparations: PreparationRepository;
  meetingRatings: MeetingRatingRepository;
  /** Cases handed from one coordinator to another, with the note for the new one. */
  handovers: HandoverRepository;
  teams: TeamRepository;
  /** Meeting methods: the agendas a meeting can start from (issue 20 part 5). */
  templates: MeetingTemplateRepository;
  /** Between meetings: the steps' owners answer from personal links. */
  stepFollowUp: StepFollowUp;
  /** Before a meeting: the citizen prepares, hers alone until she shares it. */
  preparation: CitizenPreparation;
  /** After a meeting: how it was for the citizen, hers to say, the coordinator's to read. */
  meetingRating: MeetingRatings;
  audit: AuditLog;
  /**
   * Runs `work` with every repository on one transaction: what a route changes and the audit line
   * that records it commit together, or neither does.
   */
  transaction<T>(work: (t: Repositories) => Promise<T>): Promise<T>;
  documents: DocumentStore;
  /** Which e-mails a change causes, written in the change's transaction. */
  mailSchedule: MailSchedule;
  planner: MeetingPlanner;
  record: MeetingRecord;
  caseData: CaseData;
  access: Access;
  tokens: ConnectionTokens;
  /** The key each session's browser encrypts its copy of a plan with. */
  deviceKeys: DeviceKeys;
  live: LiveConnections;
  setup: SetupCode;
  oidc: OidcSignIn | null;
  metrics: Metrics;
  readiness: Readiness;
  /** Wrong guesses at passwords, setup and join codes and links, per account and per address. */
  limits: AccessLimits;
}
