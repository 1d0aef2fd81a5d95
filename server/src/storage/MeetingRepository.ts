import type { Meeting, MeetingWithCase } from "@samplan/shared/api";
import { type CaseId, type MeetingId, meetingDocumentName, newId } from "@samplan/shared/vocabulary";
import type { Kysely, Selectable } from "kysely";
import type { DatabaseSchema, MeetingTable } from "./schema.ts";

/** A meeting under way still counts for three hours after it began: a network meeting is rarely longer. */
export const UNDER_WAY_MS = 3 * 60 * 60_000;

export type MeetingRow = Selectable<MeetingTable>;

/**
 * The meetings table: the one place that writes it, and reads it for everyone else. Built on a
 * transaction, it writes within it (see `transact`).
 */
export class MeetingRepository {
  private readonly db: Kysely<DatabaseSchema>;

  constructor(db: Kysely<DatabaseSchema>) {
    this.db = db;
  }

  /** Inserts a meeting row; the caller runs it in the transaction that also stores its documents. */
  async insert(
    caseId: CaseId,
    input: {
      title: string;
      startsAt: string;
      remoteUrl?: string | null;
      place?: string | null;
      templateId?: string | null;
      idempotencyKey: string | null;
    },
  ): Promise<MeetingRow> {
    const row: MeetingRow = {
      id: newId<MeetingId>(),
      case_id: caseId,
      title: input.title,
      // Stored in UTC so meetings sort by time whatever offset the browser sent.
      starts_at: new Date(input.startsAt).toISOString(),
      created_at: new Date().toISOString(),
      idempotency_key: input.idempotencyKey,
      closed_at: null,
      approved_at: null,
      approved_by: null,
      next_meeting_at: null,
      remote_url: input.remoteUrl ?? null,
      calendar_sequence: 0,
      cancelled_at: null,
      place: input.place ?? null,
      template_id: input.templateId ?? null,
    };
    await this.db.insertInto("meetings").values(row).execute();
    return row;
  }

  row(id: MeetingId): Promise<MeetingRow | undefined> {
    return this.db.selectFrom("meetings").selectAll().where("id", "=", id).executeTakeFirst();
  }

  /** The case's meeting rows, oldest first: as the citizen's export lists them. */
  rowsOf(caseId: CaseId): Promise<MeetingRow[]> {
    return this.db.selectFrom("meetings").selectAll().where("case_id", "=", caseId).orderBy("starts_at").execute();
  }

  async idsOf(caseId: CaseId): Promise<MeetingId[]> {
    const rows = await this.db.selectFrom("meetings").select("id").where("case_id", "=", caseId).execute();
    return rows.map((row) => row.id);
  }

  /** The meeting a request with this idempotency key already created, if any. */
  async findByIdempotencyKey(caseId: CaseId, key: string): Promise<Meeting | null> {
    const row = await this.db
      .selectFrom("meetings")
      .selectAll()
      .where("case_id", "=", caseId)
      .where("idempotency_key", "=", key)
      .executeTakeFirst();
    return row ? (await this.withParticipants([row]))[0]! : null;
  }

  /** The case's most recent meeting: the one the next meeting builds on. */
  async latest(caseId: CaseId): Promise<Meeting | null> {
    const row = await this.db
      .selectFrom("meetings")
      .selectAll()
      .where("case_id", "=", caseId)
      .where("cancelled_at", "is", null)
      .orderBy("starts_at", "desc")
      .limit(1)
      .executeTakeFirst();
    return row ? (await this.withParticipants([row]))[0]! : null;
  }

  /** The case's meetings, newest first; a cancelled one is not among them. */
  async ofCase(caseId: CaseId): Promise<Meeting[]> {
    const rows = await this.db
      .selectFrom("meetings")
      .selectAll()
      .where("case_id", "=", caseId)
      .where("cancelled_at", "is", null)
      .orderBy("starts_at", "desc")
      .execute();
    return this.withParticipants(rows);
  }

  async get(id: MeetingId): Promise<MeetingWithCase | null> {
    const row = await this.db
      .selectFrom("meetings")
      .innerJoin("cases", "cases.id", "meetings.case_id")
      .selectAll("meetings")
      .select("cases.citizen_name")
      .where("meetings.id", "=", id)
      .where("meetings.cancelled_at", "is", null)
      .executeTakeFirst();
    if (!row) return null;
    const { citizen_name, ...meeting } = row;
    return { ...(await this.withParticipants([meeting]))[0]!, citizenName: citizen_name };
  }

  /**
   * Which case a meeting is in and whether it is closed: all that access checks need, in one
   * small query, since they run on every connection and every token.
   */
  async state(id: MeetingId): Promise<{ caseId: CaseId; closedAt: string | null } | null> {
    const row = await this.db
      .selectFrom("meetings")
      .select(["case_id", "closed_at"])
      .where("id", "=", id)
      // A cancelled meeting lets nobody in: to access checks it is gone.
      .where("cancelled_at", "is", null)
      .executeTakeFirst();
    return row ? { caseId: row.case_id, closedAt: row.closed_at } : null;
  }

  async exists(id: MeetingId): Promise<boolean> {
    return (await this.db.selectFrom("meetings").select("id").where("id", "=", id).executeTakeFirst()) !== undefined;
  }

  /** When the meeting after this one in its case starts, if one is planned. */
  async nextStartsAfter(row: MeetingRow): Promise<string | null> {
    const next = await this.db
      .selectFrom("meetings")
      .select("starts_at")
      .where("case_id", "=", row.case_id)
      .where("cancelled_at", "is", null)
      .where("starts_at", ">", row.starts_at)
      .orderBy("starts_at")
      .executeTakeFirst();
    return next?.starts_at ?? null;
  }

  /**
   * Moves, renames or links a meeting that is not closed. Each change is a new version of its
   * calendar invitation (RFC 5545 SEQUENCE), so calendars replace the old one rather than add one.
   * Undefined when there is no such open meeting.
   */
  async reschedule(
    id: MeetingId,
    patch: { title?: string; startsAt?: string; remoteUrl?: string | null; place?: string | null },
  ): Promise<MeetingRow | undefined> {
    const before = await this.row(id);
    if (!before || before.closed_at || before.cancelled_at) return undefined;
    const next = {
      title: patch.title ?? before.title,
      starts_at: patch.startsAt ? new Date(patch.startsAt).toISOString() : before.starts_at,
      remote_url: patch.remoteUrl === undefined ? before.remote_url : patch.remoteUrl,
      place: patch.place === undefined ? before.place : patch.place,
    };
    const changed =
      next.title !== before.title ||
      next.starts_at !== before.starts_at ||
      next.remote_url !== before.remote_url ||
      next.place !== before.place;
    if (!changed) return before;
    const calendar_sequence = before.calendar_sequence + 1;
    await this.db
      .updateTable("meetings")
      .set({ ...next, calendar_sequence })
      .where("id", "=", id)
      .execute();
    return { ...before, ...next, calendar_sequence };
  }

  /**
   * Cancels a meeting that has not begun. The row stays (its invitations are cancelled in every
   * calendar with the next SEQUENCE, and the case's export keeps it); everything else stops
   * seeing it. Undefined when there is no such meeting, or it has begun.
   */
  async cancel(id: MeetingId, now = new Date()): Promise<MeetingRow | undefined> {
    const before = await this.row(id);
    if (!before || before.closed_at || before.cancelled_at || before.starts_at <= now.toISOString()) return undefined;
    const changed = { cancelled_at: now.toISOString(), calendar_sequence: before.calendar_sequence + 1 };
    await this.db.updateTable("meetings").set(changed).where("id", "=", id).execute();
    return { ...before, ...changed };
  }

  async setClosed(id: MeetingId, closedAt: string, nextMeetingAt: string | null): Promise<void> {
    await this.db
      .updateTable("meetings")
      .set({ closed_at: closedAt, next_meeting_at: nextMeetingAt })
      .where("id", "=", id)
      .execute();
  }

  /** Open again; an approval it had is gone with the closing (its version stays). */
  async setReopened(id: MeetingId): Promise<void> {
    await this.db
      .updateTable("meetings")
      .set({ closed_at: null, approved_at: null, approved_by: null })
      .where("id", "=", id)
      .execute();
  }

  async setApproved(id: MeetingId, at: string, by: string): Promise<void> {
    await this.db.updateTable("meetings").set({ approved_at: at, approved_by: by }).where("id", "=", id).execute();
  }

  async deleteOf(caseId: CaseId): Promise<void> {
    await this.db.deleteFrom("meetings").where("case_id", "=", caseId).execute();
  }

  /** Adds who takes part in each meeting: its invited roster members and the case's coordinators. */
  async withParticipants(rows: MeetingRow[]): Promise<Meeting[]> {
    if (rows.length === 0) return [];
    const caseIds = [...new Set(rows.map((row) => row.case_id))];
    const invited = await this.db
      .selectFrom("invitations")
      .innerJoin("case_members", "case_members.id", "invitations.member_id")
      .select(["invitations.meeting_id", "case_members.name"])
      .where(
        "invitations.meeting_id",
        "in",
        rows.map((row) => row.id),
      )
      .where("invitations.revoked_at", "is", null)
      .where("case_members.removed_at", "is", null)
      .execute();
    const coordinators = await this.db
      .selectFrom("case_members")
      .select(["case_id", "name"])
      .where("case_id", "in", caseIds)
      .where("role", "=", "koordinator")
      .where("removed_at", "is", null)
      .execute();
    const laterMeetings = await this.db
      .selectFrom("meetings")
      .select(["case_id", "starts_at"])
      .where("case_id", "in", caseIds)
      .orderBy("starts_at")
      .execute();
    // The method each follows is named to everyone in the meeting, whoever may see the method itself.
    const templateIds = [...new Set(rows.flatMap((row) => (row.template_id ? [row.template_id] : [])))];
    const methods =
      templateIds.length === 0
        ? []
        : await this.db
            .selectFrom("meeting_templates")
            .select(["id", "name", "version"])
            .where("id", "in", templateIds)
            .execute();
    const methodOf = (row: MeetingRow) => {
      const method = methods.find((m) => m.id === row.template_id);
      return method ? { name: method.name, version: method.version } : null;
    };
    const nextAfter = (row: MeetingRow) =>
      row.next_meeting_at ??
      laterMeetings.find((later) => later.case_id === row.case_id && later.starts_at > row.starts_at)?.starts_at ??
      null;
    return rows.map((row) => {
      const names = [
        ...coordinators.filter((c) => c.case_id === row.case_id).map((c) => c.name),
        ...invited.filter((i) => i.meeting_id === row.id).map((i) => i.name),
      ];
      return toMeeting(row, [...new Set(names)], nextAfter(row), methodOf(row));
    });
  }
}

function toMeeting(
  row: MeetingRow,
  participants: string[],
  nextMeetingAt: string | null,
  method: Meeting["method"],
): Meeting {
  return {
    id: row.id,
    caseId: row.case_id,
    title: row.title,
    startsAt: row.starts_at,
    createdAt: row.created_at,
    documentName: meetingDocumentName(row.id),
    status: row.closed_at ? "closed" : row.starts_at <= new Date().toISOString() ? "live" : "planned",
    closedAt: row.closed_at,
    approvedAt: row.approved_at,
    nextMeetingAt,
    remoteUrl: row.remote_url,
    place: row.place,
    templateId: row.template_id,
    method,
    participants,
  };
}
