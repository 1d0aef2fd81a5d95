import type { Kysely } from "kysely";
import type { Migration } from "kysely/migration";
import { BUILT_IN_TEMPLATES } from "../../meetings/builtInTemplates.ts";

/**
 * Meeting methods as data (issue 20 part 5): one row per version of a template, never changed
 * once written, and the built-in ones written here. A meeting records the version it started from.
 */
export const meetingTemplates: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("meeting_templates")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("family", "text", (c) => c.notNull())
      .addColumn("version", "integer", (c) => c.notNull())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("description", "text", (c) => c.notNull())
      .addColumn("phases", "text", (c) => c.notNull())
      .addColumn("built_in", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("created_by", "text")
      .addColumn("created_at", "text", (c) => c.notNull())
      .addUniqueConstraint("meeting_templates_family_version", ["family", "version"])
      .execute();
    // A millisecond apart, so the built-in methods list in the order they are written in.
    const writtenAt = Date.now();
    await (db as Kysely<Record<string, Record<string, unknown>>>)
      .insertInto("meeting_templates")
      .values(
        BUILT_IN_TEMPLATES.map((template, index) => ({
          id: `${template.family}-v${template.version}`,
          family: template.family,
          version: template.version,
          name: template.name,
          description: template.description,
          phases: JSON.stringify(template.phases),
          built_in: 1,
          created_by: null,
          created_at: new Date(writtenAt + index).toISOString(),
        })),
      )
      .execute();
    await db.schema.alterTable("meetings").addColumn("template_id", "text").execute();
  },
};
