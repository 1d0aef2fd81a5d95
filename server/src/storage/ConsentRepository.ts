import { CONSENT_REMINDER_DAYS, type Consent } from "@samplan/shared/api";
import type { CaseId } from "@samplan/shared/vocabulary";
import { type ConsentId, type MemberId, newId } from "@samplan/shared/vocabulary";
import type { Kysely, Selectable } from "kysely";
import { copenhagenDay, daysBetween } from "./calendarDay.ts";
import type { ConsentTable, DatabaseSchema } from "./schema.ts";

/** Who the citizen's consents cover now: those neither withdrawn nor past their last day. */
export interface ConsentCoverage {
  memberIds: Set<string>;
  organisations: Set<string>;
}

/**
 * Samtykke recorded on a case. Withdrawn and run-out consents stay, with the time of withdrawal
 * or their last day. `now` is the clock every "today" is read from, so tests can move it.
 */
export class ConsentRepository {
  private readonly db: Kysely<DatabaseSchema>;
  private readonly now: () => Date;

  constructor(db: Kysely<DatabaseSchema>, now: () => Date = () => new Date()) {
    this.db = db;
    this.now = now;
  }

  private today(): string {
    return copenhagenDay(this.now());
  }

  async list(caseId: CaseId): Promise<Consent[]> {
    const rows = await this.db
      .selectFrom("consents")
      .selectAll()
      .where("case_id", "=", caseId)
      .orderBy("recorded_at", "desc")
      .execute();
    const today = this.today();
    return rows.map((row) => toConsent(row, today));
  }

  async record(
    caseId: CaseId,
    input: {
      purpose: string;
      memberIds: string[];
      organisations: string[];
      givenAt: string;
      validUntil?: string | null;
    },
    recordedBy: string,
  ): Promise<Consent> {
    const row: Selectable<ConsentTable> = {
      id: newId<ConsentId>(),
      case_id: caseId,
      purpose: input.purpose,
      member_ids: JSON.stringify(input.memberIds),
      organisations: JSON.stringify(input.organisations),
      given_at: input.givenAt,
      valid_until: input.validUntil ?? null,
      withdrawn_at: null,
      recorded_by: recordedBy,
      recorded_at: this.now().toISOString(),
    };
    await this.db.insertInto("consents").values(row).execute();
    return toConsent(row, this.today());
  }

  async find(id: string): Promise<Consent | undefined> {
    const row = await this.db.selectFrom("consents").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? toConsent(row, this.today()) : undefined;
  }

  async withdraw(id: string): Promise<Consent | undefined> {
    await this.db
      .updateTable("consents")
      .set({ withdrawn_at: this.now().toISOString() })
      .where("id", "=", id)
      .where("withdrawn_at", "is", null)
      .execute();
    return this.find(id);
  }

  async coverage(caseId: CaseId): Promise<ConsentCoverage> {
    const rows = await this.db
      .selectFrom("consents")
      .select(["member_ids", "organisations"])
      .where("case_id", "=", caseId)
      .where("withdrawn_at", "is", null)
      // The last day counts in full; YYYY-MM-DD compares as text in SQLite and PostgreSQL alike.
      .where((eb) => eb.or([eb("valid_until", "is", null), eb("valid_until", ">=", this.today())]))
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
 * needs none either, but only signed in with her staff account: the case is her service's. So do
 * her own service's colleagues given a grant by the team lead (a cover, the team lead reading),
 * again only through their staff accounts: consent governs sharing with other services, and the
 * grant is audited. Anyone else given the coordinator's role on the roster (a guest let in by an
 * invitation) is held to the consent like every other participant, since a role on the roster is
 * only a label the coordinator chose, while a staff account is who someone is.
 */
export function isCovered(
  member: { id: string; role: string; organisation: string; grant_kind?: string | null },
  coverage: ConsentCoverage,
  viaStaffAccount: boolean,
): boolean {
  if (member.role === "borger") return true;
  if ((member.role === "koordinator" || member.grant_kind != null) && viaStaffAccount) return true;
  return (
    coverage.memberIds.has(member.id) ||
    (member.organisation !== "" && coverage.organisations.has(member.organisation.toLowerCase()))
  );
}

function toConsent(row: Selectable<ConsentTable>, today: string): Consent {
  const daysLeft = row.valid_until === null ? null : daysBetween(today, row.valid_until);
  const inForce = row.withdrawn_at === null && (daysLeft === null || daysLeft >= 0);
  return {
    id: row.id as ConsentId,
    caseId: row.case_id,
    purpose: row.purpose,
    memberIds: JSON.parse(row.member_ids) as MemberId[],
    organisations: JSON.parse(row.organisations) as string[],
    givenAt: row.given_at,
    validUntil: row.valid_until,
    withdrawnAt: row.withdrawn_at,
    recordedAt: row.recorded_at,
    daysLeft,
    endsSoon: inForce && daysLeft !== null && daysLeft <= CONSENT_REMINDER_DAYS,
    expired: daysLeft !== null && daysLeft < 0,
  };
}
