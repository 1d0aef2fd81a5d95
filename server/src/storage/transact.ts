import type { Kysely, Transaction } from "kysely";
import type { DatabaseSchema } from "./schema.ts";

/**
 * Runs `work` in one transaction: a new one, or the one `db` already is. A repository built on a
 * transaction (so that a route's change and its audit line commit together) must not open another:
 * Kysely does not nest them, and on SQLite a second one would wait for the first forever.
 */
export function transact<T>(
  db: Kysely<DatabaseSchema>,
  work: (trx: Transaction<DatabaseSchema>) => Promise<T>,
): Promise<T> {
  return db.isTransaction ? work(db as Transaction<DatabaseSchema>) : db.transaction().execute(work);
}
