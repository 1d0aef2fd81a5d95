import { createHash } from "node:crypto";
import type { VersionSummary } from "@samplan/shared/api";
import {
  attributeMeeting,
  canonicalJson,
  createMeetingDocument,
  listNextSteps,
  renderMinutes,
} from "@samplan/shared/model";
import type { MeetingAttribution, Minutes } from "@samplan/shared/record";
import { type MeetingId, meetingDocumentName } from "@samplan/shared/vocabulary";
import type { Kysely, Selectable, Transaction } from "kysely";
import * as Y from "yjs";
import type { MailSchedule } from "../mail/MailSchedule.ts";
import { AuditLog } from "../storage/AuditLog.ts";
import type { AuthorRepository } from "../storage/AuthorRepository.ts";
import type { DocumentStore } from "../storage/DocumentStore.ts";
import { MeetingRepository, type MeetingRow } from "../storage/MeetingRepository.ts";
import { repositoriesOn } from "../storage/repositories.ts";
import type { DatabaseSchema, MeetingVersionTable } from "../storage/schema.ts";

export type RecordRefusal = "not-found" | "already-closed" | "not-closed" | "already-approved";

/** Who takes a step: their name goes on the version, the rest on the audit trail. */
export interface RecordedBy {
  name: string;
  actor: string;
  actorRole: string;
}

/**
 * A meeting's record: closing it (the document becomes read-only, who was present is written
 * down, the minutes are generated), reopening it, and approving the minutes as an immutable
 * version with the SHA-256 of their canonical JSON. Every step leaves a version behind, and a line
 * in the audit trail written in the same transaction.
 */
export class MeetingRecord {
  private readonly db: Kysely<DatabaseSchema>;
  private readonly documents: DocumentStore;
  private readonly authors: AuthorRepository;
  private readonly meetings: MeetingRepository;
  private readonly mail: MailSchedule | null;

  constructor(db: Kysely<DatabaseSchema>, documents: DocumentStore, authors: AuthorRepository, mail?: MailSchedule) {
    this.db = db;
    this.meetings = new MeetingRepository(db);
    this.documents = documents;
    this.authors = authors;
    this.mail = mail ?? null;
  }

  async close(
    meetingId: MeetingId,
    by: RecordedBy,
    nextMeetingAt: string | null,
  ): Promise<RecordRefusal | VersionSummary> {
    return this.step(meetingId, by, "meeting-closed", async (trx, meeting) => {
      if (meeting.closed_at) return "already-closed";
      const present = await presentMemberIds(trx, meetingId);
      await new MeetingRepository(trx).setClosed(meetingId, new Date().toISOString(), nextMeetingAt);
      const roster = await trx
        .selectFrom("case_members")
        .selectAll()
        .where("case_id", "=", meeting.case_id)
        .where("removed_at", "is", null)
        .execute();
      const invited = new Set(
        (await trx.selectFrom("invitations").select("member_id").where("meeting_id", "=", meetingId).execute()).map(
          (row) => row.member_id,
        ),
      );
      // The roster as it stood: the coordinators, everyone invited, and anyone who joined.
      const attendance = roster
        .filter((member) => member.role === "koordinator" || invited.has(member.id) || present.has(member.id))
        .map((member) => ({
          meeting_id: meetingId,
          member_id: member.id,
          name: member.name,
          role: member.role,
          organisation: member.organisation,
          profession: member.profession,
          present: present.has(member.id) ? 1 : 0,
        }));
      if (attendance.length > 0) await trx.insertInto("meeting_attendance").values(attendance).execute();
      // The steps as agreed at the close get their reminders, in the close's own transaction and
      // from the same reading of the plan the minutes are made from.
      return this.freeze(trx, meetingId, "closed", by.name, async (doc) => {
        await this.mail?.stepsAgreed(repositoriesOn(trx), meeting, listNextSteps(doc));
      });
    });
  }

  async reopen(meetingId: MeetingId, by: RecordedBy): Promise<RecordRefusal | VersionSummary> {
    return this.step(meetingId, by, "meeting-reopened", async (trx, meeting) => {
      if (!meeting.closed_at) return "not-closed";
      // After approval this is a correction: the approved version stays; the next approval adds one.
      await new MeetingRepository(trx).setReopened(meetingId);
      await trx.deleteFrom("meeting_attendance").where("meeting_id", "=", meetingId).execute();
      return this.freeze(trx, meetingId, "reopened", by.name);
    });
  }

  async approve(meetingId: MeetingId, by: RecordedBy): Promise<RecordRefusal | VersionSummary> {
    return this.step(meetingId, by, "minutes-approved", async (trx, meeting) => {
      if (!meeting.closed_at) return "not-closed";
      if (meeting.approved_at) return "already-approved";
      const version = await this.freeze(trx, meetingId, "approved", by.name);
      await new MeetingRepository(trx).setApproved(meetingId, version.createdAt, by.name);
      return version;
    });
  }

  /**
   * One step of the record in one transaction: the meeting is read, changed, frozen as a version
   * and the step audited together, so no step stands without its line in the trail (or the reverse).
   */
  private step(
    meetingId: MeetingId,
    by: RecordedBy,
    action: "meeting-closed" | "meeting-reopened" | "minutes-approved",
    change: (trx: Transaction<DatabaseSchema>, meeting: MeetingRow) => Promise<RecordRefusal | VersionSummary>,
  ): Promise<RecordRefusal | VersionSummary> {
    return this.db.transaction().execute(async (trx) => {
      const meeting = await new MeetingRepository(trx).row(meetingId);
      if (!meeting) return "not-found";
      const result = await change(trx, meeting);
      if (typeof result === "string") return result;
      await new AuditLog(trx).record({
        actor: by.actor,
        actorRole: by.actorRole,
        action,
        caseId: meeting.case_id,
        meetingId,
        details: { version: result.number, hash: result.contentHash },
      });
      return result;
    });
  }

  /**
   * A version while the meeting runs, at most every `everyMs`, so the history shows how the plan
   * grew, not only how it ended. Called after each compaction; cheap when nothing is due.
   */
  async snapshotIfDue(meetingId: MeetingId, everyMs: number): Promise<VersionSummary | null> {
    const meeting = await this.meetings.row(meetingId);
    if (!meeting || meeting.closed_at) return null;
    const last = await this.db
      .selectFrom("meeting_versions")
      .select("created_at")
      .where("meeting_id", "=", meetingId)
      .orderBy("number", "desc")
      .executeTakeFirst();
    // Counted from the last version, or from when the meeting began: nothing before it starts.
    const since = Math.max(Date.parse(meeting.starts_at), last ? Date.parse(last.created_at) : 0);
    if (since + everyMs > Date.now()) return null;
    return this.db.transaction().execute(async (trx) => {
      // Closed meanwhile (the check above ran outside this transaction): no snapshot after the record.
      await holdMeeting(trx, meetingId);
      if ((await new MeetingRepository(trx).row(meetingId))?.closed_at) return null;
      return this.freeze(trx, meetingId, "snapshot", "Samplan");
    });
  }

  /** The minutes now: the approved version's if the meeting is approved, otherwise rendered afresh. */
  async minutes(meetingId: MeetingId): Promise<{ minutes: Minutes; approved: VersionSummary | null } | null> {
    const meeting = await this.meetings.row(meetingId);
    if (!meeting) return null;
    if (meeting.approved_at) {
      const approved = await this.db
        .selectFrom("meeting_versions")
        .selectAll()
        .where("meeting_id", "=", meetingId)
        .where("kind", "=", "approved")
        .orderBy("number", "desc")
        .executeTakeFirst();
      if (approved) return { minutes: JSON.parse(approved.minutes), approved: summary(approved) };
    }
    const { doc } = await this.documents.loadDoc(meetingDocumentName(meetingId), createMeetingDocument());
    const minutes = await this.render(this.db, meeting, doc);
    doc.destroy();
    return { minutes, approved: null };
  }

  async versions(meetingId: MeetingId): Promise<VersionSummary[]> {
    const rows = await this.db
      .selectFrom("meeting_versions")
      .selectAll()
      .where("meeting_id", "=", meetingId)
      .orderBy("number")
      .execute();
    return rows.map(summary);
  }

  async version(
    meetingId: MeetingId,
    number: number,
  ): Promise<{ summary: VersionSummary; minutes: Minutes; state: Uint8Array; attribution: MeetingAttribution } | null> {
    const row = await this.db
      .selectFrom("meeting_versions")
      .selectAll()
      .where("meeting_id", "=", meetingId)
      .where("number", "=", number)
      .executeTakeFirst();
    if (!row) return null;
    const state = new Uint8Array(row.state);
    // Who wrote what is read from the frozen state itself, with today's record of who each client
    // id was: a binding never changes, and a deletion counts only where the frozen state has it.
    const doc = createMeetingDocument();
    Y.applyUpdate(doc, state);
    const attribution = attributeMeeting(doc, await this.authors.record(meetingDocumentName(meetingId)));
    doc.destroy();
    return { summary: summary(row), minutes: JSON.parse(row.minutes), state, attribution };
  }

  private async freeze(
    trx: Kysely<DatabaseSchema>,
    meetingId: MeetingId,
    kind: MeetingVersionTable["kind"],
    by: string,
    /** Anything else the step does with the plan as frozen, before it is let go. */
    alsoWith?: (doc: Y.Doc) => Promise<void>,
  ): Promise<VersionSummary> {
    await holdMeeting(trx, meetingId);
    const meeting = (await new MeetingRepository(trx).row(meetingId))!;
    // Inside the transaction: on SQLite, a query outside it would wait for it forever.
    const { doc } = await this.documents.loadDoc(meetingDocumentName(meetingId), createMeetingDocument(), trx);
    const minutes = await this.render(trx, meeting, doc);
    const last = await trx
      .selectFrom("meeting_versions")
      .select((eb) => eb.fn.max("number").as("n"))
      .where("meeting_id", "=", meetingId)
      .executeTakeFirst();
    const canonical = canonicalJson(minutes);
    const row: Selectable<MeetingVersionTable> = {
      meeting_id: meetingId,
      number: Number(last?.n ?? 0) + 1,
      kind,
      state: Buffer.from(Y.encodeStateAsUpdate(doc)),
      minutes: canonical,
      content_hash: createHash("sha256").update(canonical).digest("hex"),
      created_by: by,
      created_at: new Date().toISOString(),
    };
    await alsoWith?.(doc);
    doc.destroy();
    await trx.insertInto("meeting_versions").values(row).execute();
    return summary(row);
  }

  private async render(db: Kysely<DatabaseSchema>, meeting: MeetingRow, doc: Y.Doc): Promise<Minutes> {
    const kase = await db.selectFrom("cases").selectAll().where("id", "=", meeting.case_id).executeTakeFirstOrThrow();
    const attendance = await db
      .selectFrom("meeting_attendance")
      .selectAll()
      .where("meeting_id", "=", meeting.id)
      .execute();
    const next = meeting.next_meeting_at ?? (await new MeetingRepository(db).nextStartsAfter(meeting));
    const method = meeting.template_id
      ? await db
          .selectFrom("meeting_templates")
          .select(["name", "version"])
          .where("id", "=", meeting.template_id)
          .executeTakeFirst()
      : undefined;
    return renderMinutes({
      meeting: {
        id: meeting.id,
        title: meeting.title,
        startsAt: meeting.starts_at,
        closedAt: meeting.closed_at,
        ...(method ? { method } : {}),
      },
      citizenName: kase.citizen_name,
      caseReference: kase.case_reference,
      participants: attendance.sort(byRoleThenName).map((row) => ({
        name: row.name,
        role: row.role,
        organisation: row.organisation,
        profession: row.profession,
        present: row.present === 1,
      })),
      nextMeetingAt: next,
      doc,
    });
  }
}

/**
 * Holds the meeting's row until the transaction ends. On PostgreSQL two freezes of one meeting
 * (a snapshot after a compaction, here or on another instance, and the coordinator closing or
 * approving) would otherwise both number their version one past the same highest, and one fail;
 * the second now waits, then sees the first's version. SQLite has one writer at a time anyway.
 */
async function holdMeeting(trx: Kysely<DatabaseSchema>, meetingId: MeetingId): Promise<void> {
  await trx
    .updateTable("meetings")
    .set((eb) => ({ title: eb.ref("title") }))
    .where("id", "=", meetingId)
    .execute();
}

/** Everyone who joined the meeting's document, from the audit trail. */
async function presentMemberIds(db: Kysely<DatabaseSchema>, meetingId: MeetingId): Promise<Set<string>> {
  const rows = await db
    .selectFrom("audit_events")
    .select("details")
    .where("meeting_id", "=", meetingId)
    .where("action", "=", "joined-meeting")
    .execute();
  return new Set(
    rows.map((row) => (JSON.parse(row.details) as { memberId?: string }).memberId).filter((id): id is string => !!id),
  );
}

const ROLE_ORDER: Record<string, number> = {
  koordinator: 0,
  borger: 1,
  netvaerk: 2,
  tolk: 3,
  fagperson: 4,
  observatoer: 5,
};

/**
 * The minutes list the chair first, then the citizen and her own people, the interpreter, then the
 * professionals and guests by name.
 */
function byRoleThenName(a: { role: string; name: string }, b: { role: string; name: string }): number {
  return (ROLE_ORDER[a.role] ?? 9) - (ROLE_ORDER[b.role] ?? 9) || a.name.localeCompare(b.name, "da");
}

function summary(row: Selectable<MeetingVersionTable>): VersionSummary {
  return {
    number: row.number,
    kind: row.kind,
    contentHash: row.content_hash,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}
