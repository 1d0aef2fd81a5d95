import type { AuditEvent, AuditTrail } from "@samplan/shared/api";
import type { AuditAction } from "@samplan/shared/vocabulary";
import type { Kysely, Selectable } from "kysely";
import type { AuditEventTable, DatabaseSchema } from "./schema.ts";

export interface AuditEntry {
  actor: string;
  actorRole: string;
  /** One of the shared list, so the trail's page has words for everything written here. */
  action: AuditAction;
  caseId?: string | null;
  meetingId?: string | null;
  /** Ids, counts and reasons; never document content. */
  details?: Record<string, unknown>;
}

/**
 * The append-only audit trail: who signed in, joined, left, edited, invited, revoked, changed the
 * roster. Built on a transaction (`repositoriesOn(trx)`), it records within it, so the line commits
 * with the change it records.
 */
export class AuditLog {
  private readonly db: Kysely<DatabaseSchema>;

  constructor(db: Kysely<DatabaseSchema>) {
    this.db = db;
  }

  async record(entry: AuditEntry): Promise<void> {
    await this.db
      .insertInto("audit_events")
      .values({
        at: new Date().toISOString(),
        actor: entry.actor,
        actor_role: entry.actorRole,
        action: entry.action,
        case_id: entry.caseId ?? null,
        meeting_id: entry.meetingId ?? null,
        details: JSON.stringify(entry.details ?? {}),
      })
      .execute();
  }

  /** One page of the case's trail, newest first, and where the next (older) page starts. */
  async forCase(caseId: string, page: { before?: number; limit: number }): Promise<AuditTrail> {
    let query = this.db.selectFrom("audit_events").selectAll().where("case_id", "=", caseId);
    if (page.before !== undefined) query = query.where("id", "<", page.before);
    // One more than asked: whether there is a next page, without counting the whole trail.
    const rows = await query
      .orderBy("id", "desc")
      .limit(page.limit + 1)
      .execute();
    const events = rows.slice(0, page.limit).map(toEvent);
    return { events, nextBefore: rows.length > page.limit ? (events.at(-1)?.id ?? null) : null };
  }

  /** The case's whole trail, newest first: for the citizen's export, which leaves nothing out. */
  async allForCase(caseId: string): Promise<AuditEvent[]> {
    const rows = await this.db
      .selectFrom("audit_events")
      .selectAll()
      .where("case_id", "=", caseId)
      .orderBy("id", "desc")
      .execute();
    return rows.map(toEvent);
  }

  /** Every event, oldest first: for tests and operators. */
  async all(): Promise<AuditEvent[]> {
    const rows = await this.db.selectFrom("audit_events").selectAll().orderBy("id").execute();
    return rows.map(toEvent);
  }
}

function toEvent(row: Selectable<AuditEventTable>): AuditEvent {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    actorRole: row.actor_role,
    action: row.action,
    caseId: row.case_id,
    meetingId: row.meeting_id,
    details: JSON.parse(row.details),
  };
}
