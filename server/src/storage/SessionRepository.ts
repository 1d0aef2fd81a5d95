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

  /** The session behind a cookie, or undefined when unknown or expired. */
  async find(secret: string): Promise<Selectable<SessionTable> | undefined> {
    const row = await this.db
      .selectFrom("sessions")
      .selectAll()
      .where("id_hash", "=", hashSecret(secret))
      .executeTakeFirst();
    if (!row) return undefined;
    if (row.expires_at <= new Date().toISOString()) {
      await this.delete(secret);
      return undefined;
    }
    return row;
  }

  async delete(secret: string): Promise<void> {
    await this.db.deleteFrom("sessions").where("id_hash", "=", hashSecret(secret)).execute();
  }
}
