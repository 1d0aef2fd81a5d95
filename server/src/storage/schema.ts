import type {
  CaseClosingReason,
  CaseGrant,
  CaseId,
  CoverReason,
  MailLanguage,
  MeetingId,
  OutboxKind,
  OutboxStatus,
  RelationKind,
  ReminderChannel,
  Role,
  StepAnswer,
  StepLinkId,
} from "@samplan/shared/vocabulary";
import type { Generated } from "kysely";

// Ids and roles carry their shared types here, so rows come back typed and nobody casts them.

/** The tables as Kysely sees them. Times are ISO 8601 text, so both dialects store them alike. */
export interface DatabaseSchema {
  cases: CaseTable;
  meetings: MeetingTable;
  document_snapshots: DocumentSnapshotTable;
  document_updates: DocumentUpdateTable;
  accounts: AccountTable;
  sessions: SessionTable;
  password_resets: PasswordResetTable;
  case_members: CaseMemberTable;
  invitations: InvitationTable;
  consents: ConsentTable;
  vocabulary: VocabularyTable;
  audit_events: AuditEventTable;
  meeting_attendance: MeetingAttendanceTable;
  meeting_versions: MeetingVersionTable;
  document_authors: DocumentAuthorTable;
  document_deletions: DocumentDeletionTable;
  case_tombstones: CaseTombstoneTable;
  step_links: StepLinkTable;
  step_updates: StepUpdateTable;
  outbox: OutboxTable;
  calendar_feeds: CalendarFeedTable;
  citizen_preparations: CitizenPreparationTable;
  meeting_ratings: MeetingRatingTable;
  teams: TeamTable;
  covers: CoverTable;
  case_handovers: CaseHandoverTable;
  meeting_templates: MeetingTemplateTable;
}

/** A person's step deadlines as a calendar to subscribe to (migration 015). */
export interface CalendarFeedTable {
  id: string;
  case_id: CaseId;
  member_id: string;
  secret_hash: string;
  created_at: string;
  revoked_at: string | null;
}

/** A message to send when due: claimed by one instance at a time, retried until sent or refused (migration 012). */
export interface OutboxTable {
  id: string;
  kind: OutboxKind;
  case_id: CaseId;
  meeting_id: MeetingId;
  step_id: string | null;
  member_id: string;
  about: string;
  dedupe_key: string;
  status: OutboxStatus;
  due_at: string;
  attempts: number;
  claimed_by: string | null;
  claimed_until: string | null;
  sent_at: string | null;
  last_error: string | null;
  created_at: string;
}

/** A personal link to one next step, for its owner to answer from (migration 011). */
export interface StepLinkTable {
  id: StepLinkId;
  case_id: CaseId;
  meeting_id: MeetingId;
  step_id: string;
  member_id: string;
  secret_hash: string;
  created_by: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

/** How a step is going, as its owner answered from the link; the newest is the one shown. */
export interface StepUpdateTable {
  id: string;
  case_id: CaseId;
  meeting_id: MeetingId;
  step_id: string;
  link_id: StepLinkId;
  member_id: string;
  written_by: string;
  written_by_role: Role;
  answer: StepAnswer;
  note: string;
  happened_on: string | null;
  created_at: string;
}

/** What stays of a deleted case: nothing about the citizen (migration 010). Append-only. */
export interface CaseTombstoneTable {
  id: Generated<number>;
  case_id: string;
  case_reference: string | null;
  deleted_by: string;
  deleted_by_role: string;
  deleted_at: string;
  meetings: number;
  audit_events: number;
}

export interface CaseTable {
  id: CaseId;
  citizen_name: string;
  created_at: string;
  /** The municipality's case number and KLE classification, for filing the minutes. */
  case_reference: string | null;
  kle_number: string | null;
  /** When the case was closed (forløbet afsluttet), why and by whom; null while it runs. */
  closed_at: string | null;
  closed_reason: CaseClosingReason | null;
  closed_by: string | null;
}

export interface MeetingTable {
  id: MeetingId;
  case_id: CaseId;
  title: string;
  starts_at: string;
  created_at: string;
  idempotency_key: string | null;
  closed_at: string | null;
  approved_at: string | null;
  approved_by: string | null;
  next_meeting_at: string | null;
  remote_url: string | null;
  calendar_sequence: Generated<number>;
  cancelled_at: string | null;
  place: string | null;
  /** The meeting template's version it started from (migration 023); null before templates. */
  template_id: string | null;
}

/** One version of a meeting method (migration 023); never changed once written. */
export interface MeetingTemplateTable {
  id: string;
  family: string;
  version: number;
  name: string;
  description: string;
  /** The phases as JSON: TemplatePhase[]. */
  phases: string;
  built_in: Generated<number>;
  created_by: string | null;
  created_at: string;
  /** A copy's owners (migration 024): the coordinator's team, or her account when she has none; null for Samplan's own. */
  owner_team_id: string | null;
  owner_account_id: string | null;
}

/** The compacted state of a document: every update up to `updated_at`, merged. */
export interface DocumentSnapshotTable {
  document_name: string;
  state: Uint8Array;
  updated_at: string;
}

/** Each update as it arrived, kept until the next compaction folds it into the snapshot. */
export interface DocumentUpdateTable {
  id: Generated<number>;
  document_name: string;
  update: Uint8Array;
  received_at: string;
}

/** Staff who sign in. `password_hash` is null for accounts that only sign in through OIDC. */
export interface AccountTable {
  id: string;
  username: string;
  display_name: string;
  role: "koordinator" | "fagperson";
  /** The team (a unit in the jobcentre) the account belongs to, if any; and whether it leads it. */
  team_id: string | null;
  leads_team: Generated<number>;
  password_hash: string | null;
  oidc_subject: string | null;
  created_at: string;
  /** Set when a coordinator deactivated the account: it signs in by no route, but keeps its name in the trail. */
  deactivated_at: string | null;
}

/** A one-time link a coordinator made to set an account's password; only its SHA-256 is kept. */
export interface PasswordResetTable {
  code_hash: string;
  account_id: string;
  created_by: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

/** A browser's session: the cookie holds the secret, this row its SHA-256. Staff or guest. */
export interface SessionTable {
  id_hash: string;
  account_id: string | null;
  invitation_id: string | null;
  created_at: string;
  expires_at: string;
}

/** A person on a case's roster. Removed members stay, with `removed_at`, for the audit trail. */
export interface CaseMemberTable {
  id: string;
  case_id: CaseId;
  name: string;
  role: Role;
  organisation: string;
  profession: string;
  account_id: string | null;
  created_at: string;
  removed_at: string | null;
  email: string | null;
  reminders: Generated<ReminderChannel>;
  language: Generated<MailLanguage>;
  /**
   * A grant rather than a place in the network (migration 020): cover for an absent coordinator,
   * or a team lead reading the case; with why, and the moment it stops counting.
   */
  grant_kind: CaseGrant | null;
  grant_until: string | null;
  grant_reason: string | null;
  /** One of the citizen's own people (migration 021): how they are hers. */
  relation_kind: RelationKind | null;
  relation_label: string | null;
  /** An interpreter: when the coordinator confirmed they are 18 or over (migration 021). */
  adult_confirmed_at: string | null;
  /** The life areas the coordinator said they work with, JSON (migration 024); null: read from their words. */
  areas: string | null;
}

/** A team: a unit of coordinators in the jobcentre. */
export interface TeamTable {
  id: string;
  name: string;
  created_at: string;
}

/** A colleague covering for an absent coordinator until a day's end; `ended_at` if ended early. */
export interface CoverTable {
  id: string;
  team_id: string;
  absent_account_id: string;
  cover_account_id: string;
  until: string;
  reason: CoverReason;
  created_by: string;
  created_at: string;
  ended_at: string | null;
}

/**
 * One role for one member in one meeting (or the whole case, `meeting_id` null). A link stores the
 * hash of its secret; a join code is split in a public lookup half and a hashed secret half, so
 * wrong guesses can be counted against the code they aimed at.
 */
export interface InvitationTable {
  id: string;
  case_id: CaseId;
  meeting_id: MeetingId | null;
  member_id: string;
  kind: "link" | "code";
  secret_hash: string | null;
  code_lookup: string | null;
  code_hash: string | null;
  failed_attempts: Generated<number>;
  without_consent: Generated<number>;
  created_by: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
  /** When the invitation was first opened: until then its person has not answered. */
  first_used_at: string | null;
}

/** Member ids and organisations are JSON arrays. */
export interface ConsentTable {
  id: string;
  case_id: CaseId;
  purpose: string;
  member_ids: string;
  organisations: string;
  given_at: string;
  /** YYYY-MM-DD, the last day it holds; null: until withdrawn (every consent before migration 006). */
  valid_until: string | null;
  withdrawn_at: string | null;
  recorded_by: string;
  recorded_at: string;
}

export interface VocabularyTable {
  kind: "profession" | "organisation" | "meetingType";
  label: string;
  created_at: string;
}

export interface AuditEventTable {
  id: Generated<number>;
  at: string;
  actor: string;
  actor_role: string;
  action: string;
  case_id: string | null;
  meeting_id: string | null;
  details: string;
}

/** Who took part in a closed meeting, as it was recorded when the meeting was closed. */
export interface MeetingAttendanceTable {
  meeting_id: MeetingId;
  member_id: string;
  name: string;
  role: Role;
  organisation: string;
  profession: string;
  present: number;
}

/** A frozen version of a meeting: its Yjs state and its minutes, with the minutes' SHA-256. */
export interface MeetingVersionTable {
  meeting_id: MeetingId;
  number: number;
  kind: "closed" | "approved" | "reopened" | "snapshot";
  state: Uint8Array;
  minutes: string;
  content_hash: string;
  created_by: string;
  created_at: string;
}

/**
 * A Yjs client id in a document, bound to the roster member whose connection first sent content
 * under it, with their name and role as the roster had them then. Written only by the server.
 */
export interface DocumentAuthorTable {
  document_name: string;
  /** A number; PostgreSQL hands a `bigint` back as a string. */
  client_id: number | string;
  member_id: string;
  name: string;
  role: Role;
  first_seen_at: string;
}

/** What one member's update deleted: a JSON array of [client, clock, length] Yjs id ranges. */
export interface DocumentDeletionTable {
  document_name: string;
  member_id: string;
  name: string;
  role: Role;
  ranges: string;
  recorded_at: string;
}

/** The citizen's preparation for a meeting: hers alone until shared_at (migration 013). */
export interface CitizenPreparationTable {
  meeting_id: MeetingId;
  member_id: string;
  case_id: CaseId;
  went_well: string;
  talk_about: string;
  scales: string;
  updated_at: string;
  shared_at: string | null;
}

/** How the meeting was for the citizen: four answers 1–5 or null; network_may_see 0/1 (migration 022). */
export interface MeetingRatingTable {
  meeting_id: MeetingId;
  member_id: string;
  case_id: CaseId;
  heard: number | null;
  mattered: number | null;
  way_of_working: number | null;
  overall: number | null;
  network_may_see: number;
  answered_at: string;
  updated_at: string;
}

/**
 * A case handed from one coordinator to another, with the note for the new one; `dismissed_at` is
 * when she put the note away (migration 019).
 */
export interface CaseHandoverTable {
  id: string;
  case_id: CaseId;
  from_account_id: string;
  from_name: string;
  to_account_id: string;
  to_name: string;
  note: string;
  created_at: string;
  dismissed_at: string | null;
}
