import { type Kysely, PostgresAdapter } from "kysely";

/**
 * The few column types SQLite and PostgreSQL spell differently. Everything else in the migrations
 * is the same text for both.
 */
export function columnTypes(db: Kysely<unknown>) {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  return {
    postgres,
    binary: postgres ? ("bytea" as const) : ("blob" as const),
    /** An integer key the database counts up: `serial` in PostgreSQL, autoincrement in SQLite. */
    serialId: postgres ? ("serial" as const) : ("integer" as const),
  };
}
