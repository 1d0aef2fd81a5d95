import type { CaseTombstone } from "@samplan/shared/api";
import { type CaseId, chairDocumentName, type MeetingId, meetingDocumentName } from "@samplan/shared/vocabulary";
import type { Kysely } from "kysely";
import type { MeetingRecord } from "../meetings/MeetingRecord.ts";
import { AuditLog } from "../storage/AuditLog.ts";
import type { AuthorRepository } from "../storage/AuthorRepository.ts";
import type { DocumentStore } from "../storage/DocumentStore.ts";
import { MeetingRepository } from "../storage/MeetingRepository.ts";
import type { DatabaseSchema } from "../storage/schema.ts";
import { readableCaseOf } from "./readableCase.ts";
import type { ReadableCase } from "./readableCaseExport.ts";

/**
 * Everything Samplan holds about one citizen's case, to hand to them (their right of access
 * includes who opened their meetings, and when) or to delete it all.
 */
export class CaseData {
  private readonly db: Kysely<DatabaseSchema>;
  private readonly documents: DocumentStore;
  private readonly audit: AuditLog;
  private readonly authors: AuthorRepository;
  private readonly meetings: MeetingRepository;

  constructor(db: Kysely<DatabaseSchema>, documents: DocumentStore, audit: AuditLog, authors: AuthorRepository) {
    this.db = db;
    this.documents = documents;
    this.audit = audit;
    this.authors = authors;
    this.meetings = new MeetingRepository(db);
  }

  /** Her readable copy's contents (readableCase.ts); the minutes come from the meeting record. */
  readable(caseId: CaseId, record: MeetingRecord): Promise<ReadableCase | null> {
    return readableCaseOf({ db: this.db, record, audit: this.audit }, caseId);
  }

  async export(caseId: CaseId): Promise<Record<string, unknown> | null> {
    const kase = await this.db.selectFrom("cases").selectAll().where("id", "=", caseId).executeTakeFirst();
    if (!kase) return null;
    const meetings = await this.meetings.rowsOf(caseId);
    const ids = meetings.map((m) => m.id);
    const inMeetings = <T>(rows: Promise<T[]>) => (ids.length ? rows : Promise.resolve([] as T[]));
    const [members, consents, invitations, stepUpdates, attendance, versions] = await Promise.all([
      this.db.selectFrom("case_members").selectAll().where("case_id", "=", caseId).execute(),
      this.db.selectFrom("consents").selectAll().where("case_id", "=", caseId).execute(),
      this.db
        .selectFrom("invitations")
        .select(["id", "meeting_id", "member_id", "kind", "created_at", "expires_at", "revoked_at", "without_consent"])
        .where("case_id", "=", caseId)
        .execute(),
      this.db
        .selectFrom("step_updates")
        .select([
          "meeting_id",
          "step_id",
          "written_by",
          "written_by_role",
          "answer",
          "note",
          "happened_on",
          "created_at",
        ])
        .where("case_id", "=", caseId)
        .orderBy("created_at")
        .execute(),
      inMeetings(this.db.selectFrom("meeting_attendance").selectAll().where("meeting_id", "in", ids).execute()),
      inMeetings(
        this.db
          .selectFrom("meeting_versions")
          .select(["meeting_id", "number", "kind", "minutes", "content_hash", "created_by", "created_at"])
          .where("meeting_id", "in", ids)
          .execute(),
      ),
    ]);
    const preparations = await this.preparationsOf(caseId);
    // How each meeting was for her, in full: her own answers, under her right of access.
    const meetingRatings = await this.db
      .selectFrom("meeting_ratings")
      .selectAll()
      .where("case_id", "=", caseId)
      .orderBy("answered_at")
      .execute();
    const handovers = await this.db
      .selectFrom("case_handovers")
      .selectAll()
      .where("case_id", "=", caseId)
      .orderBy("created_at")
      .execute();
    // Who wrote in each meeting's documents (names and roles as they were then, and when).
    const written = await this.authors.forDocuments(meetings.flatMap((m) => documentNamesOf(m.id)));
    const documents = await Promise.all(
      meetings.map(async (meeting) => ({
        meetingId: meeting.id,
        plan: Buffer.concat(await this.documents.load(meetingDocumentName(meeting.id))).length,
      })),
    );
    return {
      format: "samplan.case-export/1",
      exportedAt: new Date().toISOString(),
      case: kase,
      roster: members,
      consents: consents.map((c) => ({
        ...c,
        member_ids: JSON.parse(c.member_ids),
        organisations: JSON.parse(c.organisations),
      })),
      invitations,
      // What the steps' owners answered from their links between meetings.
      stepUpdates,
      // What the citizen prepared before each meeting; see preparationsOf.
      preparations,
      meetingRatings,
      // Each time the case changed hands, with the note: it is written about her, so her right of
      // access covers it (the audit trail names only who handed it to whom).
      handovers,
      meetings: meetings.map((meeting) => ({
        ...meeting,
        attendance: attendance.filter((a) => a.meeting_id === meeting.id),
        versions: versions
          .filter((v) => v.meeting_id === meeting.id)
          .map((v) => ({ ...v, minutes: JSON.parse(v.minutes) })),
        storedBytes: documents.find((d) => d.meetingId === meeting.id)?.plan ?? 0,
        authors: written.authors.filter((a) => documentNamesOf(meeting.id).includes(a.document_name)),
        deletions: written.deletions.filter((d) => documentNamesOf(meeting.id).includes(d.document_name)),
      })),
      // Who opened, changed, closed and exported what: the citizen's right of access covers it.
      accessLog: await this.audit.allForCase(caseId),
    };
  }

  /**
   * The citizen's preparations: what she shared in full (it is in the plan too), and of a draft
   * she has not shared only that it exists and when she last saved it. The export is downloaded by
   * the coordinator, and her draft is read by nobody but her until she shares it; she sees its
   * words on her own page.
   */
  private async preparationsOf(caseId: CaseId) {
    const rows = await this.db
      .selectFrom("citizen_preparations")
      .selectAll()
      .where("case_id", "=", caseId)
      .orderBy("updated_at")
      .execute();
    return rows.map((row) =>
      row.shared_at
        ? { ...row, scales: JSON.parse(row.scales) }
        : { meeting_id: row.meeting_id, member_id: row.member_id, updated_at: row.updated_at, shared_at: null },
    );
  }

  /**
   * Deletes the case and everything in it, in one transaction, leaving a tombstone (see
   * migration 010) in the same transaction: no case goes without one. The deletion itself is
   * audited, without names, in that transaction too.
   */
  async delete(caseId: CaseId, by: { actor: string; actorRole: string }): Promise<{ meetingIds: string[] } | null> {
    const exists = await this.db
      .selectFrom("cases")
      .select(["id", "case_reference"])
      .where("id", "=", caseId)
      .executeTakeFirst();
    if (!exists) return null;
    const meetingIds = await this.meetings.idsOf(caseId);
    const documentNames = meetingIds.flatMap(documentNamesOf);
    await this.db.transaction().execute(async (trx) => {
      await this.documents.remove(documentNames, trx);
      await this.authors.remove(documentNames, trx);
      const invitationIds = (
        await trx.selectFrom("invitations").select("id").where("case_id", "=", caseId).execute()
      ).map((i) => i.id);
      if (invitationIds.length) await trx.deleteFrom("sessions").where("invitation_id", "in", invitationIds).execute();
      if (meetingIds.length) {
        await trx.deleteFrom("meeting_versions").where("meeting_id", "in", meetingIds).execute();
        await trx.deleteFrom("meeting_attendance").where("meeting_id", "in", meetingIds).execute();
      }
      await trx.deleteFrom("invitations").where("case_id", "=", caseId).execute();
      await trx.deleteFrom("citizen_preparations").where("case_id", "=", caseId).execute();
      await trx.deleteFrom("meeting_ratings").where("case_id", "=", caseId).execute();
      await trx.deleteFrom("step_updates").where("case_id", "=", caseId).execute();
      await trx.deleteFrom("step_links").where("case_id", "=", caseId).execute();
      await trx.deleteFrom("consents").where("case_id", "=", caseId).execute();
      await new MeetingRepository(trx).deleteOf(caseId);
      await trx.deleteFrom("case_members").where("case_id", "=", caseId).execute();
      // The case's audit trail names people; it goes with the case. What stays is the tombstone.
      const removed = await trx.deleteFrom("audit_events").where("case_id", "=", caseId).executeTakeFirst();
      await trx.deleteFrom("cases").where("id", "=", caseId).execute();
      await trx
        .insertInto("case_tombstones")
        .values({
          case_id: caseId,
          case_reference: exists.case_reference,
          deleted_by: by.actor,
          deleted_by_role: by.actorRole,
          deleted_at: new Date().toISOString(),
          meetings: meetingIds.length,
          audit_events: Number(removed.numDeletedRows),
        })
        .execute();
      // Without a caseId: the case's trail has just gone with it.
      await new AuditLog(trx).record({
        ...by,
        action: "case-deleted",
        details: { caseId, meetings: meetingIds.length },
      });
    });
    return { meetingIds };
  }

  /** The tombstones of deleted cases, newest first: which case, who deleted it, when. */
  async tombstones(): Promise<CaseTombstone[]> {
    const rows = await this.db.selectFrom("case_tombstones").selectAll().orderBy("id", "desc").execute();
    return rows.map((row) => ({
      caseId: row.case_id,
      caseReference: row.case_reference,
      deletedBy: row.deleted_by,
      deletedByRole: row.deleted_by_role,
      deletedAt: row.deleted_at,
      meetings: row.meetings,
      auditEvents: row.audit_events,
    }));
  }
}

/** A meeting's two documents: its plan and its chair's. */
function documentNamesOf(meetingId: MeetingId): string[] {
  return [meetingDocumentName(meetingId), chairDocumentName(meetingId)];
}
