import type { Vocabulary, VocabularyKind } from "@samplan/shared/api";
import type { Kysely } from "kysely";
import type { DatabaseSchema } from "./schema.ts";

/** Professions, organisations and meeting types: words the coordinator extends. */
export class VocabularyRepository {
  private readonly db: Kysely<DatabaseSchema>;

  constructor(db: Kysely<DatabaseSchema>) {
    this.db = db;
  }

  async all(): Promise<Vocabulary> {
    const rows = await this.db.selectFrom("vocabulary").select(["kind", "label"]).orderBy("label").execute();
    const vocabulary: Vocabulary = { profession: [], organisation: [], meetingType: [] };
    for (const row of rows) vocabulary[row.kind].push(row.label);
    return vocabulary;
  }

  /** Adds a word; adding one that is already there changes nothing. */
  async add(kind: VocabularyKind, label: string): Promise<void> {
    await this.db
      .insertInto("vocabulary")
      .values({ kind, label, created_at: new Date().toISOString() })
      .onConflict((oc) => oc.columns(["kind", "label"]).doNothing())
      .execute();
  }
}
