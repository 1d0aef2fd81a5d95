import type { CaseId } from "@samplan/shared/vocabulary";
import { newId } from "@samplan/shared/vocabulary";
import type { Kysely, Selectable } from "kysely";
import { hashSecret, newSecret } from "../auth/secrets.ts";
import type { CalendarFeedTable, DatabaseSchema } from "./schema.ts";

export type CalendarFeedRow = Selectable<CalendarFeedTable>;

/** Secret calendar addresses, one in force per person on a case's roster. */
export class CalendarFeedRepository {
  private readonly db: Kysely<DatabaseSchema>;

  constructor(db: Kysely<DatabaseSchema>) {
    this.db = db;
  }

  /** A new address for the person; any earlier one stops working, so a lost one is replaced. */
  async replace(caseId: CaseId, memberId: string, now = new Date()): Promise<{ row: CalendarFeedRow; secret: string }> {
    const secret = newSecret();
    const row: CalendarFeedRow = {
      id: newId<string>(),
      case_id: caseId,
      member_id: memberId,
      secret_hash: hashSecret(secret),
      created_at: now.toISOString(),
      revoked_at: null,
    };
    await this.db
      .updateTable("calendar_feeds")
      .set({ revoked_at: now.toISOString() })
      .where("case_id", "=", caseId)
      .where("member_id", "=", memberId)
      .where("revoked_at", "is", null)
      .execute();
    await this.db.insertInto("calendar_feeds").values(row).execute();
    return { row, secret };
  }

  /** The address a secret belongs to while it is in force; null otherwise. */
  async findInForce(secret: string): Promise<CalendarFeedRow | null> {
    const row = await this.db
      .selectFrom("calendar_feeds")
      .selectAll()
      .where("secret_hash", "=", hashSecret(secret))
      .where("revoked_at", "is", null)
      .executeTakeFirst();
    return row ?? null;
  }

  /** Stops every deadline calendar of a case (the case was closed): its steps are no one's to do now. */
  async revokeAllOf(caseId: CaseId, now = new Date()): Promise<void> {
    await this.db
      .updateTable("calendar_feeds")
      .set({ revoked_at: now.toISOString() })
      .where("case_id", "=", caseId)
      .where("revoked_at", "is", null)
      .execute();
  }
}
