import type { HandoverNote } from "@samplan/shared/api";
import { type CaseId, newId } from "@samplan/shared/vocabulary";
import type { Kysely, Selectable } from "kysely";
import type { CaseHandoverTable, DatabaseSchema } from "./schema.ts";

export type HandoverRow = Selectable<CaseHandoverTable>;

/** The hand-overs of cases from one coordinator to another, and the notes left for the new one. */
export class HandoverRepository {
  private readonly db: Kysely<DatabaseSchema>;

  constructor(db: Kysely<DatabaseSchema>) {
    this.db = db;
  }

  async record(input: {
    caseId: CaseId;
    from: { accountId: string; name: string };
    to: { accountId: string; name: string };
    note: string;
  }): Promise<HandoverRow> {
    const row: HandoverRow = {
      id: newId<string>(),
      case_id: input.caseId,
      from_account_id: input.from.accountId,
      from_name: input.from.name,
      to_account_id: input.to.accountId,
      to_name: input.to.name,
      note: input.note,
      created_at: new Date().toISOString(),
      dismissed_at: null,
    };
    await this.db.insertInto("case_handovers").values(row).execute();
    return row;
  }

  find(id: string): Promise<HandoverRow | undefined> {
    return this.db.selectFrom("case_handovers").selectAll().where("id", "=", id).executeTakeFirst();
  }

  /** The case's latest hand-over: who coordinates it since. */
  latest(caseId: CaseId): Promise<HandoverRow | undefined> {
    return this.db
      .selectFrom("case_handovers")
      .selectAll()
      .where("case_id", "=", caseId)
      .orderBy("created_at", "desc")
      .limit(1)
      .executeTakeFirst();
  }

  /** The note handed to this account with the case, until she dismisses it. */
  async noteFor(caseId: CaseId, accountId: string): Promise<HandoverNote | null> {
    const row = await this.db
      .selectFrom("case_handovers")
      .selectAll()
      .where("case_id", "=", caseId)
      .where("to_account_id", "=", accountId)
      .where("dismissed_at", "is", null)
      .orderBy("created_at", "desc")
      .limit(1)
      .executeTakeFirst();
    return row ? { id: row.id, fromName: row.from_name, note: row.note, handedOverAt: row.created_at } : null;
  }

  /** Puts away every note handed to this account with the case; false when there was none to put away. */
  async dismiss(caseId: CaseId, accountId: string, at = new Date()): Promise<boolean> {
    const result = await this.db
      .updateTable("case_handovers")
      .set({ dismissed_at: at.toISOString() })
      .where("case_id", "=", caseId)
      .where("to_account_id", "=", accountId)
      .where("dismissed_at", "is", null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }
}
