import type { Consent, ConsentId, MemberId } from "@samplan/shared/api";
import type { CaseId } from "@samplan/shared/model";
import { newId } from "@samplan/shared/model";
import type { Kysely, Selectable } from "kysely";
import type { ConsentTable, DatabaseSchema } from "./schema.ts";

/** Who the citizen's consents, not withdrawn, cover now. */
export interface ConsentCoverage {
  memberIds: Set<string>;
  organisations: Set<string>;
}

/** Samtykke recorded on a case. Withdrawn consents stay, with the time of withdrawal. */
export class ConsentRepository {
  private readonly db: Kysely<DatabaseSchema>;

  constructor(db: Kysely<DatabaseSchema>) {
    this.db = db;
  }

  async list(caseId: CaseId): Promise<Consent[]> {
    const rows = await this.db
      .selectFrom("consents")
      .selectAll()
      .where("case_id", "=", caseId)
      .orderBy("recorded_at", "desc")
      .execute();
    return rows.map(toConsent);
  }

  async record(
    caseId: CaseId,
    input: { purpose: string; memberIds: string[]; organisations: string[]; givenAt: string },
    recordedBy: string,
  ): Promise<Consent> {
    const row: Selectable<ConsentTable> = {
      id: newId<ConsentId>(),
      case_id: caseId,
      purpose: input.purpose,
      member_ids: JSON.stringify(input.memberIds),
      organisations: JSON.stringify(input.organisations),
      given_at: input.givenAt,
      withdrawn_at: null,
      recorded_by: recordedBy,
      recorded_at: new Date().toISOString(),
    };
    await this.db.insertInto("consents").values(row).execute();
    return toConsent(row);
  }

  async find(id: string): Promise<Consent | undefined> {
    const row = await this.db.selectFrom("consents").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? toConsent(row) : undefined;
  }

  async withdraw(id: string): Promise<Consent | undefined> {
    await this.db
      .updateTable("consents")
      .set({ withdrawn_at: new Date().toISOString() })
      .where("id", "=", id)
      .where("withdrawn_at", "is", null)
      .execute();
    return this.find(id);
  }

  async coverage(caseId: string): Promise<ConsentCoverage> {
    const rows = await this.db
      .selectFrom("consents")
      .select(["member_ids", "organisations"])
      .where("case_id", "=", caseId)
      .where("withdrawn_at", "is", null)
      .execute();
    const coverage: ConsentCoverage = { memberIds: new Set(), organisations: new Set() };
    for (const row of rows) {
      for (const id of JSON.parse(row.member_ids) as string[]) coverage.memberIds.add(id);
      for (const org of JSON.parse(row.organisations) as string[]) coverage.organisations.add(org.toLowerCase());
    }
    return coverage;
  }
}

/**
 * Whether the citizen's consent lets this person see the case. The citizen herself needs none:
 * she is the subject of the information, and the consent is hers to give. The case's coordinator
 * needs none either, but only signed in with her staff account: the case is her service's. Anyone
 * else given the coordinator's role on the roster (a guest let in by an invitation) is held to the
 * consent like every other participant, since a role on the roster is only a label the coordinator
 * chose, while a staff account is who someone is.
 */
export function isCovered(
  member: { id: string; role: string; organisation: string },
  coverage: ConsentCoverage,
  viaStaffAccount: boolean,
): boolean {
  if (member.role === "borger" || (member.role === "koordinator" && viaStaffAccount)) return true;
  return (
    coverage.memberIds.has(member.id) ||
    (member.organisation !== "" && coverage.organisations.has(member.organisation.toLowerCase()))
  );
}

function toConsent(row: Selectable<ConsentTable>): Consent {
  return {
    id: row.id as ConsentId,
    caseId: row.case_id as CaseId,
    purpose: row.purpose,
    memberIds: JSON.parse(row.member_ids) as MemberId[],
    organisations: JSON.parse(row.organisations) as string[],
    givenAt: row.given_at,
    withdrawnAt: row.withdrawn_at,
    recordedAt: row.recorded_at,
  };
}
