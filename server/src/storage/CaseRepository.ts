import type { Case, CaseWithMeetings, Meeting, MeetingWithCase } from "@samplan/shared/api";
import { type CaseId, type MeetingId, meetingDocumentName, newId } from "@samplan/shared/model";
import type { Kysely, Selectable } from "kysely";
import type { DatabaseSchema, MeetingTable } from "./schema.ts";

/** Cases (forløb) and their meetings: the metadata around the live documents. */
export class CaseRepository {
  private readonly db: Kysely<DatabaseSchema>;

  constructor(db: Kysely<DatabaseSchema>) {
    this.db = db;
  }

  /** Creates the case with its coordinator as the first person on its roster, in one transaction. */
  async createCase(input: { citizenName: string }, coordinator: { name: string; accountId: string }): Promise<Case> {
    const row = { id: newId<CaseId>(), citizen_name: input.citizenName, created_at: new Date().toISOString() };
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
    return { id: row.id, citizenName: row.citizen_name, createdAt: row.created_at };
  }

  async listCases(ids: string[]): Promise<Case[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .selectFrom("cases")
      .selectAll()
      .where("id", "in", ids)
      .orderBy("created_at", "desc")
      .execute();
    return rows.map((row) => ({ id: row.id as CaseId, citizenName: row.citizen_name, createdAt: row.created_at }));
  }

  async getCase(id: CaseId): Promise<CaseWithMeetings | null> {
    const row = await this.db.selectFrom("cases").selectAll().where("id", "=", id).executeTakeFirst();
    if (!row) return null;
    const meetings = await this.db
      .selectFrom("meetings")
      .selectAll()
      .where("case_id", "=", id)
      .orderBy("starts_at", "desc")
      .execute();
    return { id, citizenName: row.citizen_name, createdAt: row.created_at, meetings: meetings.map(toMeeting) };
  }

  /** Null when the case does not exist; nothing is written then. */
  async createMeeting(caseId: CaseId, input: { title: string; startsAt: string }): Promise<Meeting | null> {
    const exists = await this.db.selectFrom("cases").select("id").where("id", "=", caseId).executeTakeFirst();
    if (!exists) return null;
    const row = {
      id: newId<MeetingId>(),
      case_id: caseId,
      title: input.title,
      // Stored in UTC so meetings sort by time whatever offset the browser sent.
      starts_at: new Date(input.startsAt).toISOString(),
      created_at: new Date().toISOString(),
    };
    await this.db.insertInto("meetings").values(row).execute();
    return toMeeting(row);
  }

  async getMeeting(id: MeetingId): Promise<MeetingWithCase | null> {
    const row = await this.db
      .selectFrom("meetings")
      .innerJoin("cases", "cases.id", "meetings.case_id")
      .selectAll("meetings")
      .select("cases.citizen_name")
      .where("meetings.id", "=", id)
      .executeTakeFirst();
    return row ? { ...toMeeting(row), citizenName: row.citizen_name } : null;
  }

  async meetingExists(id: MeetingId): Promise<boolean> {
    const row = await this.db.selectFrom("meetings").select("id").where("id", "=", id).executeTakeFirst();
    return row !== undefined;
  }
}

function toMeeting(row: Selectable<MeetingTable>): Meeting {
  const id = row.id as MeetingId;
  return {
    id,
    caseId: row.case_id as CaseId,
    title: row.title,
    startsAt: row.starts_at,
    createdAt: row.created_at,
    documentName: meetingDocumentName(id),
  };
}
