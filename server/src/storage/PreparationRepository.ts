import type { PreparationBody, PreparedScale } from "@samplan/shared/api";
import type { CaseId, MeetingId } from "@samplan/shared/vocabulary";
import type { Kysely, Selectable } from "kysely";
import { z } from "zod";
import type { CitizenPreparationTable, DatabaseSchema } from "./schema.ts";

export type PreparationRow = Selectable<CitizenPreparationTable>;

export interface StoredPreparation extends PreparationBody {
  updatedAt: string;
  sharedAt: string | null;
}

// What was stored passed PreparationBody on the way in; this only guards the JSON column.
const StoredScales = z.array(z.object({ goalId: z.string(), value: z.number() }));

function fromRow(row: PreparationRow): StoredPreparation {
  const scales = StoredScales.safeParse(JSON.parse(row.scales));
  return {
    wentWell: row.went_well,
    talkAbout: row.talk_about,
    scales: scales.success ? (scales.data as PreparedScale[]) : [],
    updatedAt: row.updated_at,
    sharedAt: row.shared_at,
  };
}

/** The citizen's preparation for each meeting: a draft she alone reads, until she shares it. */
export class PreparationRepository {
  private readonly db: Kysely<DatabaseSchema>;

  constructor(db: Kysely<DatabaseSchema>) {
    this.db = db;
  }

  async find(meetingId: MeetingId, memberId: string): Promise<StoredPreparation | null> {
    const row = await this.db
      .selectFrom("citizen_preparations")
      .selectAll()
      .where("meeting_id", "=", meetingId)
      .where("member_id", "=", memberId)
      .executeTakeFirst();
    return row ? fromRow(row) : null;
  }

  /** Whether the citizen has shared a preparation with the meeting (never what it says). */
  async sharedWith(meetingId: MeetingId): Promise<boolean> {
    const row = await this.db
      .selectFrom("citizen_preparations")
      .select("member_id")
      .where("meeting_id", "=", meetingId)
      .where("shared_at", "is not", null)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Keeps her draft as she left it; a preparation already shared is not changed (false). */
  async save(
    key: { caseId: CaseId; meetingId: MeetingId; memberId: string },
    draft: PreparationBody,
  ): Promise<boolean> {
    const values = {
      went_well: draft.wentWell,
      talk_about: draft.talkAbout,
      scales: JSON.stringify(draft.scales),
      updated_at: new Date().toISOString(),
    };
    const result = await this.db
      .insertInto("citizen_preparations")
      .values({ ...values, meeting_id: key.meetingId, member_id: key.memberId, case_id: key.caseId, shared_at: null })
      .onConflict((oc) =>
        oc.columns(["meeting_id", "member_id"]).doUpdateSet(values).where("citizen_preparations.shared_at", "is", null),
      )
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  /** Marks it shared, once: answers whether this call was the one that did (two taps share once). */
  async markShared(meetingId: MeetingId, memberId: string): Promise<string | null> {
    const at = new Date().toISOString();
    const result = await this.db
      .updateTable("citizen_preparations")
      .set({ shared_at: at })
      .where("meeting_id", "=", meetingId)
      .where("member_id", "=", memberId)
      .where("shared_at", "is", null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0 ? at : null;
  }

  /** Takes a share back that could not reach the plan, so she can try again. */
  async unmarkShared(meetingId: MeetingId, memberId: string): Promise<void> {
    await this.db
      .updateTable("citizen_preparations")
      .set({ shared_at: null })
      .where("meeting_id", "=", meetingId)
      .where("member_id", "=", memberId)
      .execute();
  }
}
