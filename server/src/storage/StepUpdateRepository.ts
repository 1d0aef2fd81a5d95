import type { StepUpdate } from "@samplan/shared/api";
import type { CaseId, MeetingId } from "@samplan/shared/vocabulary";
import { newId } from "@samplan/shared/vocabulary";
import type { Kysely, Selectable } from "kysely";
import type { DatabaseSchema, StepUpdateTable } from "./schema.ts";

export type StepUpdateRow = Selectable<StepUpdateTable>;

export type NewStepUpdate = Omit<StepUpdateRow, "id" | "created_at">;

export function toStepUpdate(row: StepUpdateRow): StepUpdate {
  return {
    answer: row.answer,
    note: row.note,
    happenedOn: row.happened_on,
    writtenBy: row.written_by,
    writtenByRole: row.written_by_role,
    at: row.created_at,
  };
}

/** The owners' answers on how their steps are going; appended, never changed. */
export class StepUpdateRepository {
  private readonly db: Kysely<DatabaseSchema>;

  constructor(db: Kysely<DatabaseSchema>) {
    this.db = db;
  }

  async addRow(update: NewStepUpdate): Promise<StepUpdateRow> {
    const row: StepUpdateRow = { ...update, id: newId(), created_at: new Date().toISOString() };
    await this.db.insertInto("step_updates").values(row).execute();
    return row;
  }

  /** One step's answers, oldest first. */
  async forStep(meetingId: MeetingId, stepId: string): Promise<StepUpdate[]> {
    const rows = await this.db
      .selectFrom("step_updates")
      .selectAll()
      .where("meeting_id", "=", meetingId)
      .where("step_id", "=", stepId)
      .orderBy("created_at")
      .orderBy("id")
      .execute();
    return rows.map(toStepUpdate);
  }

  /** The newest answer to each step of a case that has one, by step id. */
  async latestByStep(caseId: CaseId): Promise<Map<string, StepUpdate>> {
    const rows = await this.latestRowsByStep(caseId);
    return new Map([...rows].map(([stepId, row]) => [stepId, toStepUpdate(row)]));
  }

  /** The same, as stored: with the owner's roster id, for binding their words to them. */
  async latestRowsByStep(caseId: CaseId): Promise<Map<string, StepUpdateRow>> {
    const rows = await this.db
      .selectFrom("step_updates")
      .selectAll()
      .where("case_id", "=", caseId)
      .orderBy("created_at")
      .orderBy("id")
      .execute();
    return new Map(rows.map((row) => [row.step_id, row]));
  }
}
