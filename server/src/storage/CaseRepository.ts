import type { Case, CaseWithMeetings } from "@samplan/shared/api";
import { type CaseClosingReason, type CaseId, newId } from "@samplan/shared/vocabulary";
import type { Kysely, Selectable } from "kysely";
import { MeetingRepository, UNDER_WAY_MS } from "./MeetingRepository.ts";
import type { CaseTable, DatabaseSchema } from "./schema.ts";
import { transact } from "./transact.ts";

/** Cases (forløb): the metadata around the live documents. Their meetings are MeetingRepository's. */
export class CaseRepository {
  private readonly db: Kysely<DatabaseSchema>;
  private readonly meetings: MeetingRepository;

  constructor(db: Kysely<DatabaseSchema>) {
    this.db = db;
    this.meetings = new MeetingRepository(db);
  }

  /** Creates the case with its coordinator as the first person on its roster, in one transaction. */
  async createCase(input: { citizenName: string }, coordinator: { name: string; accountId: string }): Promise<Case> {
    const row: Selectable<CaseTable> = {
      id: newId<CaseId>(),
      citizen_name: input.citizenName,
      created_at: new Date().toISOString(),
      case_reference: null,
      kle_number: null,
      closed_at: null,
      closed_reason: null,
      closed_by: null,
    };
    await transact(this.db, async (trx) => {
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
    return toCase(row, null);
  }

  async listCases(ids: CaseId[]): Promise<Case[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .selectFrom("cases")
      .selectAll()
      .where("id", "in", ids)
      .orderBy("created_at", "desc")
      .execute();
    const next = await this.nextMeetings(ids);
    return rows.map((row) => toCase(row, next.get(row.id) ?? null));
  }

  async getCase(id: CaseId): Promise<CaseWithMeetings | null> {
    const row = await this.db.selectFrom("cases").selectAll().where("id", "=", id).executeTakeFirst();
    if (!row) return null;
    const next = await this.nextMeetings([id]);
    return { ...toCase(row, next.get(id) ?? null), meetings: await this.meetings.ofCase(id) };
  }

  /**
   * Each case's next meeting: the soonest not closed or cancelled that has not begun, or began
   * less than UNDER_WAY_MS ago. Compared as instants in code, not as text: a start may be written
   * with any offset.
   */
  private async nextMeetings(ids: CaseId[], now = new Date()): Promise<Map<CaseId, string>> {
    const rows = await this.db
      .selectFrom("meetings")
      .select(["case_id", "starts_at"])
      .where("case_id", "in", ids)
      .where("closed_at", "is", null)
      .where("cancelled_at", "is", null)
      .execute();
    const from = now.getTime() - UNDER_WAY_MS;
    const next = new Map<CaseId, string>();
    for (const row of rows) {
      const at = Date.parse(row.starts_at);
      if (at < from) continue;
      const current = next.get(row.case_id);
      if (current === undefined || at < Date.parse(current)) next.set(row.case_id, row.starts_at);
    }
    return next;
  }

  /** Closes a case that is still running; false if it was already closed (or is gone). */
  async close(id: CaseId, reason: CaseClosingReason, by: string, at = new Date()): Promise<boolean> {
    const result = await this.db
      .updateTable("cases")
      .set({ closed_at: at.toISOString(), closed_reason: reason, closed_by: by })
      .where("id", "=", id)
      .where("closed_at", "is", null)
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  }

  /** Whether the case is closed: read-only to everyone from then on. */
  async isClosed(id: CaseId): Promise<boolean> {
    const row = await this.db.selectFrom("cases").select("closed_at").where("id", "=", id).executeTakeFirst();
    return row?.closed_at != null;
  }

  async updateCase(
    id: CaseId,
    patch: { caseReference?: string | null; kleNumber?: string | null },
  ): Promise<Case | null> {
    const set: Partial<Selectable<CaseTable>> = {};
    if (patch.caseReference !== undefined) set.case_reference = patch.caseReference || null;
    if (patch.kleNumber !== undefined) set.kle_number = patch.kleNumber || null;
    if (Object.keys(set).length > 0) await this.db.updateTable("cases").set(set).where("id", "=", id).execute();
    return this.find(id);
  }

  /** The case without its meetings. */
  async find(id: CaseId): Promise<Case | null> {
    const row = await this.db.selectFrom("cases").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? toCase(row, (await this.nextMeetings([id])).get(id) ?? null) : null;
  }

  async caseExists(id: CaseId): Promise<boolean> {
    return (await this.db.selectFrom("cases").select("id").where("id", "=", id).executeTakeFirst()) !== undefined;
  }
}

function toCase(row: Selectable<CaseTable>, nextMeetingAt: string | null): Case {
  return {
    id: row.id,
    citizenName: row.citizen_name,
    createdAt: row.created_at,
    caseReference: row.case_reference,
    kleNumber: row.kle_number,
    closedAt: row.closed_at,
    closedReason: row.closed_reason,
    nextMeetingAt,
  };
}
