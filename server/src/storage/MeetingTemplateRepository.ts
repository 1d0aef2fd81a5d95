import { type MeetingTemplate, TemplatePhase } from "@samplan/shared/api";
import type { Kysely, Selectable } from "kysely";
import { z } from "zod";
import type { DatabaseSchema, MeetingTemplateTable } from "./schema.ts";

const Phases = z.array(TemplatePhase);

/** Meeting methods (issue 20 part 5): each version a row of its own, never changed once written. */
export class MeetingTemplateRepository {
  private readonly db: Kysely<DatabaseSchema>;

  constructor(db: Kysely<DatabaseSchema>) {
    this.db = db;
  }

  /** The latest version of every template, the built-in ones first, then by name. */
  async latest(): Promise<MeetingTemplate[]> {
    const rows = await this.db.selectFrom("meeting_templates").selectAll().execute();
    const newest = new Map<string, Selectable<MeetingTemplateTable>>();
    for (const row of rows) {
      const known = newest.get(row.family);
      if (!known || row.version > known.version) newest.set(row.family, row);
    }
    return [...newest.values()]
      .sort((a, b) => b.built_in - a.built_in || a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id))
      .map(toTemplate);
  }

  async get(id: string): Promise<MeetingTemplate | null> {
    const row = await this.db.selectFrom("meeting_templates").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? toTemplate(row) : null;
  }
}

function toTemplate(row: Selectable<MeetingTemplateTable>): MeetingTemplate {
  return {
    id: row.id,
    family: row.family,
    version: row.version,
    name: row.name,
    description: row.description,
    builtIn: row.built_in === 1,
    // Written through the same schema; a row that no longer parses gives an empty agenda, not a crash.
    phases: Phases.catch([]).parse(JSON.parse(row.phases)),
  };
}
