import type { Kysely } from "kysely";
import type { Migration } from "kysely/migration";
import { columnTypes } from "./columnTypes.ts";

/** The vocabulary table as this migration creates it (not as schema.ts may describe it later). */
interface VocabularyAt002 {
  vocabulary: { kind: string; label: string; created_at: string };
}

/** Accounts and sessions, the case roster, invitations, consent, vocabularies and the audit trail. */
export const peopleAndAccess: Migration = {
  async up(db: Kysely<unknown>) {
    const types = columnTypes(db);
    await db.schema
      .createTable("accounts")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("username", "text", (c) => c.notNull().unique())
      .addColumn("display_name", "text", (c) => c.notNull())
      .addColumn("role", "text", (c) => c.notNull())
      .addColumn("password_hash", "text")
      .addColumn("oidc_subject", "text", (c) => c.unique())
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();

    await db.schema
      .createTable("case_members")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("case_id", "text", (c) => c.notNull().references("cases.id").onDelete("cascade"))
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("role", "text", (c) => c.notNull())
      .addColumn("organisation", "text", (c) => c.notNull())
      .addColumn("profession", "text", (c) => c.notNull())
      .addColumn("account_id", "text", (c) => c.references("accounts.id").onDelete("set null"))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("removed_at", "text")
      .execute();
    await db.schema.createIndex("case_members_by_case").on("case_members").column("case_id").execute();
    await db.schema.createIndex("case_members_by_account").on("case_members").column("account_id").execute();

    await db.schema
      .createTable("invitations")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("case_id", "text", (c) => c.notNull().references("cases.id").onDelete("cascade"))
      .addColumn("meeting_id", "text", (c) => c.references("meetings.id").onDelete("cascade"))
      .addColumn("member_id", "text", (c) => c.notNull().references("case_members.id").onDelete("cascade"))
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("secret_hash", "text", (c) => c.unique())
      .addColumn("code_lookup", "text", (c) => c.unique())
      .addColumn("code_hash", "text")
      .addColumn("failed_attempts", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("without_consent", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("created_by", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("expires_at", "text", (c) => c.notNull())
      .addColumn("revoked_at", "text")
      .execute();
    await db.schema.createIndex("invitations_by_meeting").on("invitations").column("meeting_id").execute();

    await db.schema
      .createTable("sessions")
      .addColumn("id_hash", "text", (c) => c.primaryKey())
      .addColumn("account_id", "text", (c) => c.references("accounts.id").onDelete("cascade"))
      .addColumn("invitation_id", "text", (c) => c.references("invitations.id").onDelete("cascade"))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("expires_at", "text", (c) => c.notNull())
      .execute();

    await db.schema
      .createTable("consents")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("case_id", "text", (c) => c.notNull().references("cases.id").onDelete("cascade"))
      .addColumn("purpose", "text", (c) => c.notNull())
      .addColumn("member_ids", "text", (c) => c.notNull())
      .addColumn("organisations", "text", (c) => c.notNull())
      .addColumn("given_at", "text", (c) => c.notNull())
      .addColumn("withdrawn_at", "text")
      .addColumn("recorded_by", "text", (c) => c.notNull())
      .addColumn("recorded_at", "text", (c) => c.notNull())
      .execute();

    await db.schema
      .createTable("vocabulary")
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("label", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("vocabulary_pk", ["kind", "label"])
      .execute();

    // Append-only: the application inserts and reads, never updates or deletes.
    await db.schema
      .createTable("audit_events")
      .addColumn("id", types.serialId, (c) => (types.postgres ? c.primaryKey() : c.primaryKey().autoIncrement()))
      .addColumn("at", "text", (c) => c.notNull())
      .addColumn("actor", "text", (c) => c.notNull())
      .addColumn("actor_role", "text", (c) => c.notNull())
      .addColumn("action", "text", (c) => c.notNull())
      .addColumn("case_id", "text")
      .addColumn("meeting_id", "text")
      .addColumn("details", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("audit_events_by_case").on("audit_events").columns(["case_id", "id"]).execute();

    // A starting vocabulary, as data the coordinator extends; no code depends on these words.
    const now = new Date().toISOString();
    const seed = {
      profession: [
        "Psykolog",
        "Læge",
        "Jobkonsulent",
        "Praktikvært",
        "Misbrugsbehandler",
        "Bostøttemedarbejder",
        "Mentor",
      ],
      organisation: ["Kommunen", "Behandlingscenter", "Praktiserende læge", "Praktiksted"],
      meetingType: ["Netværksmøde", "Opfølgningsmøde"],
    };
    const rows = Object.entries(seed).flatMap(([kind, labels]) =>
      labels.map((label) => ({ kind, label, created_at: now })),
    );
    await (db as Kysely<VocabularyAt002>).insertInto("vocabulary").values(rows).execute();
  },
};
