import type { Case, CaseWithMeetings, Meeting, MeetingWithCase } from "@samplan/shared/api";
import { type CaseId, type MeetingId, meetingDocumentName, newId } from "@samplan/shared/vocabulary";
import type { Kysely, Selectable } from "kysely";
import type { CaseTable, DatabaseSchema, MeetingTable } from "./schema.ts";

/** Cases (forløb) and their meetings: the metadata around the live documents. */
export class CaseRepository {
  private readonly db: Kysely<DatabaseSchema>;

  constructor(db: Kysely<DatabaseSchema>) {
    this.db = db;
  }

  /** Creates the case with its coordinator as the first person on its roster, in one transaction. */
  async createCase(input: { citizenName: string }, coordinator: { name: string; accountId: string }): Promise<Case> {
    const row: Selectable<CaseTable> = {
      id: newId<CaseId>(),
      citizen_name: input.citizenName,
      created_at: new Date().toISOString(),
      case_reference: null,
      kle_number: null,
    };
    await this.db.transaction().execute(async (trx) => {
      await trx.insertInto("cases").values(row).execute();
      await trx
        .insertInto("case_members")
        .values({
          id: newId<string>(),
          case_id: row.id,
          name: coordinator.name,
          role: "koordinator",
          organisation: "",
          profession: "",
          account_id: coordinator.accountId,
          created_at: row.created_at,
          removed_at: null,
        })
        .execute();
    });
    return toCase(row);
  }

  async listCases(ids: string[]): Promise<Case[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .selectFrom("cases")
      .selectAll()
      .where("id", "in", ids)
      .orderBy("created_at", "desc")
      .execute();
    return rows.map(toCase);
  }

  async getCase(id: CaseId): Promise<CaseWithMeetings | null> {
    const row = await this.db.selectFrom("cases").selectAll().where("id", "=", id).executeTakeFirst();
    if (!row) return null;
    return { ...toCase(row), meetings: await this.meetingsOf(id) };
  }

  async updateCase(
    id: CaseId,
    patch: { caseReference?: string | null; kleNumber?: string | null },
  ): Promise<Case | null> {
    const set: Partial<Selectable<CaseTable>> = {};
    if (patch.caseReference !== undefined) set.case_reference = patch.caseReference || null;
    if (patch.kleNumber !== undefined) set.kle_number = patch.kleNumber || null;
    if (Object.keys(set).length > 0) await this.db.updateTable("cases").set(set).where("id", "=", id).execute();
    const row = await this.db.selectFrom("cases").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? toCase(row) : null;
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
  async latestMeeting(caseId: CaseId): Promise<Meeting | null> {
    const row = await this.db
      .selectFrom("meetings")
      .selectAll()
      .where("case_id", "=", caseId)
      .orderBy("starts_at", "desc")
      .limit(1)
      .executeTakeFirst();
    return row ? (await this.withParticipants([row]))[0]! : null;
  }

  async caseExists(id: CaseId): Promise<boolean> {
    return (await this.db.selectFrom("cases").select("id").where("id", "=", id).executeTakeFirst()) !== undefined;
  }

  /** Inserts a meeting row; the caller runs it in the transaction that also stores its documents. */
  static async insertMeeting(
    trx: Kysely<DatabaseSchema>,
    caseId: CaseId,
    input: { title: string; startsAt: string; idempotencyKey: string | null },
  ): Promise<Selectable<MeetingTable>> {
    const row: Selectable<MeetingTable> = {
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
    };
    await trx.insertInto("meetings").values(row).execute();
    return row;
  }

  async meetingsOf(caseId: CaseId): Promise<Meeting[]> {
    const rows = await this.db
      .selectFrom("meetings")
      .selectAll()
      .where("case_id", "=", caseId)
      .orderBy("starts_at", "desc")
      .execute();
    return this.withParticipants(rows);
  }

  /** Adds who takes part in each meeting: its invited roster members and the case's coordinators. */
  async withParticipants(rows: Selectable<MeetingTable>[]): Promise<Meeting[]> {
    if (rows.length === 0) return [];
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
      .where("case_id", "in", [...new Set(rows.map((row) => row.case_id))])
      .where("role", "=", "koordinator")
      .where("removed_at", "is", null)
      .execute();
    const laterMeetings = await this.db
      .selectFrom("meetings")
      .select(["case_id", "starts_at"])
      .where("case_id", "in", [...new Set(rows.map((row) => row.case_id))])
      .orderBy("starts_at")
      .execute();
    const nextAfter = (row: Selectable<MeetingTable>) =>
      row.next_meeting_at ??
      laterMeetings.find((later) => later.case_id === row.case_id && later.starts_at > row.starts_at)?.starts_at ??
      null;
    return rows.map((row) => {
      const names = [
        ...coordinators.filter((c) => c.case_id === row.case_id).map((c) => c.name),
        ...invited.filter((i) => i.meeting_id === row.id).map((i) => i.name),
      ];
      return toMeeting(row, [...new Set(names)], nextAfter(row));
    });
  }

  async getMeeting(id: MeetingId): Promise<MeetingWithCase | null> {
    const row = await this.db
      .selectFrom("meetings")
      .innerJoin("cases", "cases.id", "meetings.case_id")
      .selectAll("meetings")
      .select("cases.citizen_name")
      .where("meetings.id", "=", id)
      .executeTakeFirst();
    if (!row) return null;
    const { citizen_name, ...meeting } = row;
    return { ...(await this.withParticipants([meeting]))[0]!, citizenName: citizen_name };
  }

  /**
   * Which case a meeting is in and whether it is closed: all that access checks need, in one
   * small query, since they run on every connection and every token.
   */
  async meetingState(id: string): Promise<{ caseId: CaseId; closedAt: string | null } | null> {
    const row = await this.db
      .selectFrom("meetings")
      .select(["case_id", "closed_at"])
      .where("id", "=", id)
      .executeTakeFirst();
    return row ? { caseId: row.case_id as CaseId, closedAt: row.closed_at } : null;
  }

  async meetingExists(id: MeetingId): Promise<boolean> {
    const row = await this.db.selectFrom("meetings").select("id").where("id", "=", id).executeTakeFirst();
    return row !== undefined;
  }
}

function toCase(row: Selectable<CaseTable>): Case {
  return {
    id: row.id as CaseId,
    citizenName: row.citizen_name,
    createdAt: row.created_at,
    caseReference: row.case_reference,
    kleNumber: row.kle_number,
  };
}

function toMeeting(row: Selectable<MeetingTable>, participants: string[], nextMeetingAt: string | null): Meeting {
  const id = row.id as MeetingId;
  return {
    id,
    caseId: row.case_id as CaseId,
    title: row.title,
    startsAt: row.starts_at,
    createdAt: row.created_at,
    documentName: meetingDocumentName(id),
    status: row.closed_at ? "closed" : row.starts_at <= new Date().toISOString() ? "live" : "planned",
    closedAt: row.closed_at,
    approvedAt: row.approved_at,
    nextMeetingAt,
    participants,
  };
}
