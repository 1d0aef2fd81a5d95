import type Database from "better-sqlite3";
import type { SqliteDatabase, SqliteStatement } from "kysely";

/**
 * better-sqlite3 as Kysely's SQLite driver sees it, with prepared statements kept and reused.
 *
 * Kysely prepares every query anew, and preparing costs about as much as running a small insert;
 * yet the same few statements (appending a document update above all) run on every keystroke of
 * every meeting. Reusing one is safe because better-sqlite3 runs a statement to completion before
 * it returns; only an iterator left open (Kysely's stream()) keeps a statement busy, and then a
 * fresh one is prepared. SQLite re-prepares a kept statement by itself after a schema change.
 * Least recently used statements are dropped past `max`, since queries with lists of varying
 * length (`in (?, ?, …)`) each make a statement of their own.
 */
export function withStatementCache(sqlite: Database.Database, max = 500): SqliteDatabase {
  const statements = new Map<string, Database.Statement>();
  return {
    close: () => {
      statements.clear();
      sqlite.close();
    },
    prepare(sql: string): SqliteStatement {
      const kept = statements.get(sql);
      if (kept && !kept.busy) {
        // Re-inserted, so the map's order stays least recently used first.
        statements.delete(sql);
        statements.set(sql, kept);
        return kept;
      }
      const statement = sqlite.prepare(sql);
      if (kept) return statement;
      statements.set(sql, statement);
      if (statements.size > max) statements.delete(statements.keys().next().value!);
      return statement;
    },
  };
}
