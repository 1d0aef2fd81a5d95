import { type MeetingTemplate, TemplatePhase } from "@samplan/shared/api";
import type { Kysely, Selectable } from "kysely";
import { z } from "zod";
import type { DatabaseSchema, MeetingTemplateTable } from "./schema.ts";

const Phases = z.array(TemplatePhase);

/** A method with whose it is, for Access to decide who sees it; the owners never leave the server. */
export interface StoredTemplate extends MeetingTemplate {
  ownerTeamId: string | null;
  ownerAccountId: string | null;
}

/** A new version of a method: the first of a copy, or the next of one being changed. */
export interface NewTemplateVersion {
  family: string;
  version: number;
  name: string;
  description: string;
  phases: TemplatePhase[];
  createdBy: string;
  ownerTeamId: string | null;
  ownerAccountId: string | null;
}

/** Meeting methods (issue 20 part 5): each version a row of its own, never changed once written. */
export class MeetingTemplateRepository {
  private readonly db: Kysely<DatabaseSchema>;

  constructor(db: Kysely<DatabaseSchema>) {
    this.db = db;
  }

  /** The latest version of every template, the built-in ones first, then in the order they were made. */
  async latest(): Promise<StoredTemplate[]> {
    const rows = await this.db.selectFrom("meeting_templates").selectAll().execute();
    const newest = new Map<string, Selectable<MeetingTemplateTable>>();
    const first = new Map<string, string>();
    for (const row of rows) {
      const known = newest.get(row.family);
      if (!known || row.version > known.version) newest.set(row.family, row);
      const made = first.get(row.family);
      if (!made || row.created_at < made) first.set(row.family, row.created_at);
    }
    // A family keeps its place in the list when it gets a new version.
    const madeAt = (row: Selectable<MeetingTemplateTable>) => first.get(row.family) ?? row.created_at;
    return [...newest.values()]
      .sort((a, b) => b.built_in - a.built_in || madeAt(a).localeCompare(madeAt(b)) || a.id.localeCompare(b.id))
      .map(toTemplate);
  }

  async get(id: string): Promise<StoredTemplate | null> {
    const row = await this.db.selectFrom("meeting_templates").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? toTemplate(row) : null;
  }

  /** The newest version number of a family; 0 when there is none. */
  async latestVersion(family: string): Promise<number> {
    const row = await this.db
      .selectFrom("meeting_templates")
      .select((eb) => eb.fn.max("version").as("version"))
      .where("family", "=", family)
      .executeTakeFirst();
    return Number(row?.version ?? 0);
  }

  /** Writes a version; the unique (family, version) refuses a second writer of the same version. */
  async insert(input: NewTemplateVersion, now = new Date()): Promise<StoredTemplate> {
    const row = {
      id: `${input.family}-v${input.version}`,
      family: input.family,
      version: input.version,
      name: input.name,
      description: input.description,
      phases: JSON.stringify(input.phases),
      built_in: 0,
      created_by: input.createdBy,
      created_at: now.toISOString(),
      owner_team_id: input.ownerTeamId,
      owner_account_id: input.ownerAccountId,
    };
    await this.db.insertInto("meeting_templates").values(row).execute();
    return toTemplate(row);
  }
}

function toTemplate(row: Selectable<MeetingTemplateTable>): StoredTemplate {
  const builtIn = row.built_in === 1;
  return {
    id: row.id,
    family: row.family,
    version: row.version,
    name: row.name,
    description: row.description,
    builtIn,
    owner: builtIn ? "samplan" : row.owner_team_id ? "team" : "own",
    // Written through the same schema; a row that no longer parses gives an empty agenda, not a crash.
    phases: Phases.catch([]).parse(JSON.parse(row.phases)),
    ownerTeamId: row.owner_team_id,
    ownerAccountId: row.owner_account_id,
  };
}

/** What a client is told of a method: everything but whose account or team keeps it. */
export function publicTemplate({
  ownerTeamId: _team,
  ownerAccountId: _account,
  ...template
}: StoredTemplate): MeetingTemplate {
  return template;
}
