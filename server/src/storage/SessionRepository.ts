import type { Kysely, Selectable } from "kysely";
import { hashSecret, newSecret } from "../auth/secrets.ts";
import type { DatabaseSchema, SessionTable } from "./schema.ts";

/** Browser sessions. Only the hash of the cookie's secret is stored. */
export class SessionRepository {
  private readonly db: Kysely<DatabaseSchema>;

  constructor(db: Kysely<DatabaseSchema>) {
    this.db = db;
  }

  async create(owner: { accountId: string } | { invitationId: string }, expiresAt: Date): Promise<string> {
    const secret = newSecret();
    await this.db
      .insertInto("sessions")
      .values({
        id_hash: hashSecret(secret),
        account_id: "accountId" in owner ? owner.accountId : null,
        invitation_id: "invitationId" in owner ? owner.invitationId : null,
        created_at: new Date().toISOString(),
        expires_at: expiresAt.toISOString(),
      })
      .execute();
    return secret;
  }

  /**
   * The session behind a cookie, or undefined when unknown, expired, or its account deactivated
   * (deactivating ends the sessions too; this holds even for one that slipped past).
   */
  async find(secret: string): Promise<Selectable<SessionTable> | undefined> {
    const row = await this.db
      .selectFrom("sessions")
      .leftJoin("accounts", "accounts.id", "sessions.account_id")
      .selectAll("sessions")
      .select("accounts.deactivated_at")
      .where("id_hash", "=", hashSecret(secret))
      .executeTakeFirst();
    if (!row || row.deactivated_at) return undefined;
    if (row.expires_at <= new Date().toISOString()) {
      await this.delete(secret);
      return undefined;
    }
    const { deactivated_at: _, ...session } = row;
    return session;
  }

  /**
   * When a session, known by its stored id rather than its secret, ends; undefined when it has
   * ended already (signed out, expired, ended by a coordinator, its account deactivated). What a
   * connection token bound to the session is re-checked against.
   */
  async endOf(id: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom("sessions")
      .leftJoin("accounts", "accounts.id", "sessions.account_id")
      .select(["sessions.expires_at", "accounts.deactivated_at"])
      .where("id_hash", "=", id)
      .executeTakeFirst();
    if (!row || row.deactivated_at || row.expires_at <= new Date().toISOString()) return undefined;
    return row.expires_at;
  }

  /** Ends every session of an account, but the one given (the browser that asked); how many ended. */
  async endAllOf(accountId: string, except?: string): Promise<number> {
    let query = this.db.deleteFrom("sessions").where("account_id", "=", accountId);
    if (except) query = query.where("id_hash", "!=", hashSecret(except));
    const result = await query.executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async delete(secret: string): Promise<void> {
    await this.db.deleteFrom("sessions").where("id_hash", "=", hashSecret(secret)).execute();
  }
}
