import type { MeetingRating, MeetingRatingBody, RatedMeeting } from "@samplan/shared/api";
import type { CaseId, MeetingId } from "@samplan/shared/vocabulary";
import type { Kysely, Selectable } from "kysely";
import type { DatabaseSchema, MeetingRatingTable } from "./schema.ts";

type MeetingRatingRow = Selectable<MeetingRatingTable>;

function fromRow(row: MeetingRatingRow): MeetingRating {
  return {
    heard: row.heard,
    mattered: row.mattered,
    wayOfWorking: row.way_of_working,
    overall: row.overall,
    networkMaySee: row.network_may_see === 1,
    answeredAt: row.answered_at,
    updatedAt: row.updated_at,
  };
}

/** The citizen's answers to how each meeting was for her: one row per meeting, changed in place. */
export class MeetingRatingRepository {
  private readonly db: Kysely<DatabaseSchema>;

  constructor(db: Kysely<DatabaseSchema>) {
    this.db = db;
  }

  async find(meetingId: MeetingId, memberId: string): Promise<MeetingRating | null> {
    const row = await this.db
      .selectFrom("meeting_ratings")
      .selectAll()
      .where("meeting_id", "=", meetingId)
      .where("member_id", "=", memberId)
      .executeTakeFirst();
    return row ? fromRow(row) : null;
  }

  /** Her answers as she gave them now; the first time she answered stays as it was. */
  async save(key: { caseId: CaseId; meetingId: MeetingId; memberId: string }, body: MeetingRatingBody): Promise<void> {
    const now = new Date().toISOString();
    const values = {
      heard: body.heard,
      mattered: body.mattered,
      way_of_working: body.wayOfWorking,
      overall: body.overall,
      network_may_see: body.networkMaySee ? 1 : 0,
      updated_at: now,
    };
    await this.db
      .insertInto("meeting_ratings")
      .values({ ...values, meeting_id: key.meetingId, member_id: key.memberId, case_id: key.caseId, answered_at: now })
      .onConflict((oc) => oc.columns(["meeting_id", "member_id"]).doUpdateSet(values))
      .execute();
  }

  /** The case's rated meetings, oldest first; only those she let the network see, unless `all`. */
  async ofCase(caseId: CaseId, which: "all" | "shared"): Promise<RatedMeeting[]> {
    let query = this.db
      .selectFrom("meeting_ratings")
      .innerJoin("meetings", "meetings.id", "meeting_ratings.meeting_id")
      .selectAll("meeting_ratings")
      .select(["meetings.title", "meetings.starts_at"])
      .where("meeting_ratings.case_id", "=", caseId);
    if (which === "shared") query = query.where("meeting_ratings.network_may_see", "=", 1);
    const rows = await query.orderBy("meetings.starts_at").orderBy("meeting_ratings.updated_at").execute();
    return rows.map((row) => ({
      ...fromRow(row),
      meetingId: row.meeting_id,
      title: row.title,
      startsAt: row.starts_at,
    }));
  }
}
