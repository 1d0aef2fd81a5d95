import type { Kysely, Transaction } from "kysely";
import { AccountRepository } from "./AccountRepository.ts";
import { AuditLog } from "./AuditLog.ts";
import { CalendarFeedRepository } from "./CalendarFeedRepository.ts";
import { CaseRepository } from "./CaseRepository.ts";
import { ConsentRepository } from "./ConsentRepository.ts";
import { HandoverRepository } from "./HandoverRepository.ts";
import { InvitationRepository } from "./InvitationRepository.ts";
import { MeetingRatingRepository } from "./MeetingRatingRepository.ts";
import { MeetingRepository } from "./MeetingRepository.ts";
import { MeetingTemplateRepository } from "./MeetingTemplateRepository.ts";
import { OutboxRepository } from "./OutboxRepository.ts";
import { PreparationRepository } from "./PreparationRepository.ts";
import { RosterRepository } from "./RosterRepository.ts";
import { SessionRepository } from "./SessionRepository.ts";
import { StepLinkRepository } from "./StepLinkRepository.ts";
import { StepUpdateRepository } from "./StepUpdateRepository.ts";
import type { DatabaseSchema } from "./schema.ts";
import { TeamRepository } from "./TeamRepository.ts";
import { VocabularyRepository } from "./VocabularyRepository.ts";

/** The repositories of the tables a route changes, and the audit trail that records the change. */
export interface Repositories {
  accounts: AccountRepository;
  sessions: SessionRepository;
  cases: CaseRepository;
  meetings: MeetingRepository;
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
  handovers: HandoverRepository;
  teams: TeamRepository;
  templates: MeetingTemplateRepository;
  audit: AuditLog;
}

/**
 * Every repository on one handle. On a transaction, they all write within it: a change and the
 * audit line that records it commit together, or neither does (a crash between two commits would
 * lose the line).
 */
export function repositoriesOn(db: Kysely<DatabaseSchema>): Repositories {
  return {
    accounts: new AccountRepository(db),
    sessions: new SessionRepository(db),
    cases: new CaseRepository(db),
    meetings: new MeetingRepository(db),
    roster: new RosterRepository(db),
    invitations: new InvitationRepository(db),
    consents: new ConsentRepository(db),
    vocabulary: new VocabularyRepository(db),
    stepLinks: new StepLinkRepository(db),
    stepUpdates: new StepUpdateRepository(db),
    outbox: new OutboxRepository(db),
    calendarFeeds: new CalendarFeedRepository(db),
    preparations: new PreparationRepository(db),
    meetingRatings: new MeetingRatingRepository(db),
    handovers: new HandoverRepository(db),
    templates: new MeetingTemplateRepository(db),
    teams: new TeamRepository(db),
    audit: new AuditLog(db),
  };
}

/** Runs `work` with every repository on one new transaction; see `repositoriesOn`. */
export function inTransaction<T>(db: Kysely<DatabaseSchema>, work: (t: Repositories) => Promise<T>): Promise<T> {
  return db.transaction().execute((trx: Transaction<DatabaseSchema>) => work(repositoriesOn(trx)));
}
