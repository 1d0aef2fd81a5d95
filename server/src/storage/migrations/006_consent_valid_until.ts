import type { Kysely } from "kysely";
import type { Migration } from "kysely/migration";

/**
 * Consent is given for a period: the last calendar day it holds, or none. A column that may be
 * empty, so every consent already recorded keeps meaning what it meant: until withdrawn.
 */
export const consentValidUntil: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable("consents").addColumn("valid_until", "text").execute();
  },
};
