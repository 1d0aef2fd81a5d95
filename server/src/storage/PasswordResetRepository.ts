import type { Kysely } from "kysely";
import { hashSecret, newSecret } from "../auth/secrets.ts";
import type { DatabaseSchema } from "./schema.ts";
import { transact } from "./transact.ts";

/**
 * One-time links a coordinator makes for a colleague to set a new password. The secret is shown
 * once and kept only as a hash; a link works once, until it expires, and a newer one for the same
 * account replaces it.
 */
export class PasswordResetRepository {
  private readonly db: Kysely<DatabaseSchema>;

  constructor(db: Kysely<DatabaseSchema>) {
    this.db = db;
  }

  async issue(accountId: string, createdBy: string, expiresAt: Date): Promise<string> {
    const secret = newSecret();
    await transact(this.db, async (trx) => {
      await trx.deleteFrom("password_resets").where("account_id", "=", accountId).execute();
      await trx
        .insertInto("password_resets")
        .values({
          code_hash: hashSecret(secret),
          account_id: accountId,
          created_by: createdBy,
          created_at: new Date().toISOString(),
          expires_at: expiresAt.toISOString(),
          used_at: null,
        })
        .execute();
    });
    return secret;
  }

  /** The account a link is for, while it is unused and unexpired; undefined otherwise. */
  async accountFor(secret: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom("password_resets")
      .select("account_id")
      .where("code_hash", "=", hashSecret(secret))
      .where("used_at", "is", null)
      .where("expires_at", ">", new Date().toISOString())
      .executeTakeFirst();
    return row?.account_id;
  }

  /** Marks a link used; false if it was used (or expired) in the meantime, so two tabs cannot both use it. */
  async use(secret: string): Promise<boolean> {
    const now = new Date().toISOString();
    const result = await this.db
      .updateTable("password_resets")
      .set({ used_at: now })
      .where("code_hash", "=", hashSecret(secret))
      .where("used_at", "is", null)
      .where("expires_at", ">", now)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Withdraws every unused link for an account (it was deactivated). */
  async withdrawAll(accountId: string): Promise<void> {
    await this.db.deleteFrom("password_resets").where("account_id", "=", accountId).execute();
  }
}
