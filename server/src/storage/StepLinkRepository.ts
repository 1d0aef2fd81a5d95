import type { CaseId, MeetingId, StepLinkId } from "@samplan/shared/vocabulary";
import { newId } from "@samplan/shared/vocabulary";
import type { Kysely, Selectable } from "kysely";
import { hashSecret, newSecret } from "../auth/secrets.ts";
import type { DatabaseSchema, StepLinkTable } from "./schema.ts";

export type StepLinkRow = Selectable<StepLinkTable>;

export type StepLinkState = "valid" | "step-link-revoked" | "step-link-expired";

export function stepLinkState(row: StepLinkRow, now = new Date()): StepLinkState {
  if (row.revoked_at) return "step-link-revoked";
  if (row.expires_at <= now.toISOString()) return "step-link-expired";
  return "valid";
}

interface NewStepLink {
  caseId: CaseId;
  meetingId: MeetingId;
  stepId: string;
  memberId: string;
  createdBy: string;
  expiresAt: Date;
}

/** Personal links to one next step each, for its owner to answer from between meetings. */
export class StepLinkRepository {
  private readonly db: Kysely<DatabaseSchema>;

  constructor(db: Kysely<DatabaseSchema>) {
    this.db = db;
  }

  async create(input: NewStepLink): Promise<{ row: StepLinkRow; secret: string }> {
    const secret = newSecret();
    const row: StepLinkRow = {
      id: newId<StepLinkId>(),
      case_id: input.caseId,
      meeting_id: input.meetingId,
      step_id: input.stepId,
      member_id: input.memberId,
      secret_hash: hashSecret(secret),
      created_by: input.createdBy,
      created_at: new Date().toISOString(),
      expires_at: input.expiresAt.toISOString(),
      revoked_at: null,
    };
    await this.db.insertInto("step_links").values(row).execute();
    return { row, secret };
  }

  /** The link a secret belongs to, in whatever state; null for a secret that was never issued. */
  async findBySecret(secret: string): Promise<StepLinkRow | null> {
    const row = await this.db
      .selectFrom("step_links")
      .selectAll()
      .where("secret_hash", "=", hashSecret(secret))
      .executeTakeFirst();
    return row ?? null;
  }

  async find(caseId: CaseId, id: StepLinkId): Promise<StepLinkRow | null> {
    const row = await this.db
      .selectFrom("step_links")
      .selectAll()
      .where("case_id", "=", caseId)
      .where("id", "=", id)
      .executeTakeFirst();
    return row ?? null;
  }

  /** True when it was in force until now; revoking twice changes nothing. */
  async revoke(id: StepLinkId): Promise<boolean> {
    const result = await this.db
      .updateTable("step_links")
      .set({ revoked_at: new Date().toISOString() })
      .where("id", "=", id)
      .where("revoked_at", "is", null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Withdraws every link of a case still in force (the case was closed); how many were. */
  async revokeAllOf(caseId: CaseId, now = new Date()): Promise<number> {
    const result = await this.db
      .updateTable("step_links")
      .set({ revoked_at: now.toISOString() })
      .where("case_id", "=", caseId)
      .where("revoked_at", "is", null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }
}
