import type { Case, CaseWithMeetings } from "@samplan/shared/api";
import { type CaseId, newId } from "@samplan/shared/vocabulary";
import type { Kysely, Selectable } from "kysely";
import { MeetingRepository } from "./MeetingRepository.ts";
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
    return toCase(row);
  }

  async listCases(ids: CaseId[]): Promise<Case[]> {
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
    return { ...toCase(row), meetings: await this.meetings.ofCase(id) };
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

  async caseExists(id: CaseId): Promise<boolean> {
    return (await this.db.selectFrom("cases").select("id").where("id", "=", id).executeTakeFirst()) !== undefined;
  }
}

function toCase(row: Selectable<CaseTable>): Case {
  return {
    id: row.id,
    citizenName: row.citizen_name,
    createdAt: row.created_at,
    caseReference: row.case_reference,
    kleNumber: row.kle_number,
  };
}
