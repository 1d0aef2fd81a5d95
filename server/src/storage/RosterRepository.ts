import type { Member } from "@samplan/shared/api";
import type { AccountId, MemberId } from "@samplan/shared/vocabulary";
import {
  type CaseGrant,
  type CaseId,
  LifeArea,
  type MailLanguage,
  newId,
  type RelationKind,
  type ReminderChannel,
  type Role,
} from "@samplan/shared/vocabulary";
import type { ExpressionBuilder, Kysely, Selectable } from "kysely";
import { z } from "zod";
import { type ConsentCoverage, ConsentRepository, isCovered } from "./ConsentRepository.ts";
import type { CaseMemberTable, DatabaseSchema } from "./schema.ts";
import { transact } from "./transact.ts";

export type MemberRow = Selectable<CaseMemberTable>;

/**
 * A roster row counts while it is no grant, or its grant has not run out: a cover or a team
 * lead's reading ends by itself at its time, on every instance, without anyone removing the row.
 */
function grantInForce(now = new Date()) {
  return (eb: ExpressionBuilder<DatabaseSchema, "case_members">) =>
    eb.or([eb("grant_until", "is", null), eb("grant_until", ">", now.toISOString())]);
}

/** The people on a case's roster. */
export class RosterRepository {
  private readonly db: Kysely<DatabaseSchema>;
  private readonly consents: ConsentRepository;

  constructor(db: Kysely<DatabaseSchema>) {
    this.db = db;
    this.consents = new ConsentRepository(db);
  }

  async list(caseId: CaseId): Promise<Member[]> {
    const rows = await this.db
      .selectFrom("case_members")
      .selectAll()
      .where("case_id", "=", caseId)
      .where("removed_at", "is", null)
      .where(grantInForce())
      .orderBy("created_at")
      .execute();
    const coverage = await this.consents.coverage(caseId);
    return rows.map((row) => toMember(row, coverage));
  }

  /**
   * Everyone ever on the case's roster, removed or not, with their staff account (null for
   * someone without one): whose scale keys are whose in the case's plans.
   */
  async accountsEverOn(caseId: CaseId): Promise<Map<string, string | null>> {
    const rows = await this.db
      .selectFrom("case_members")
      .select(["id", "account_id"])
      .where("case_id", "=", caseId)
      .execute();
    return new Map(rows.map((row) => [row.id, row.account_id]));
  }

  /** A current (not removed) member of the case. */
  find(caseId: CaseId, memberId: string): Promise<MemberRow | undefined> {
    return this.db
      .selectFrom("case_members")
      .selectAll()
      .where("case_id", "=", caseId)
      .where("id", "=", memberId)
      .where("removed_at", "is", null)
      .where(grantInForce())
      .executeTakeFirst();
  }

  /** The roster entry through which a signed-in account belongs to a case. */
  findForAccount(caseId: CaseId, accountId: string): Promise<MemberRow | undefined> {
    return this.db
      .selectFrom("case_members")
      .selectAll()
      .where("case_id", "=", caseId)
      .where("account_id", "=", accountId)
      .where("removed_at", "is", null)
      .where(grantInForce())
      .executeTakeFirst();
  }

  async caseIdsForAccount(accountId: string): Promise<CaseId[]> {
    const rows = await this.db
      .selectFrom("case_members")
      .select("case_id")
      .where("account_id", "=", accountId)
      .where("removed_at", "is", null)
      .where(grantInForce())
      .execute();
    return rows.map((row) => row.case_id);
  }

  /** Ends now an account's grants of one kind still in force; the cases they reached. */
  async endGrants(accountId: string, kind: CaseGrant, now = new Date()): Promise<CaseId[]> {
    const rows = await this.db
      .updateTable("case_members")
      .set({ grant_until: now.toISOString() })
      .where("account_id", "=", accountId)
      .where("grant_kind", "=", kind)
      .where("grant_until", ">", now.toISOString())
      .returning("case_id")
      .execute();
    return rows.map((row) => row.case_id);
  }

  /** The cases an account reaches by one grant (a cover, by its id) that is still in force. */
  async grantedCases(accountId: string, reason: string): Promise<CaseId[]> {
    const rows = await this.db
      .selectFrom("case_members")
      .select("case_id")
      .where("account_id", "=", accountId)
      .where("grant_reason", "=", reason)
      .where("removed_at", "is", null)
      .where(grantInForce())
      .execute();
    return rows.map((row) => row.case_id);
  }

  async add(
    caseId: CaseId,
    input: {
      name: string;
      role: Role;
      organisation: string;
      profession: string;
      accountId: string | null;
      email?: string | null;
      reminders?: ReminderChannel;
      language?: MailLanguage;
      /** A grant (cover, a team lead's reading) rather than a place in the network: why, and until when. */
      grant?: { kind: CaseGrant; until: Date; reason: string };
      /** One of the citizen's own people: how they are hers. */
      relation?: { kind: RelationKind; label: string } | undefined;
      /** An interpreter: the coordinator confirmed they are 18 or over, now. */
      adultConfirmed?: boolean | undefined;
      /** The life areas they work with, when the coordinator said; else read from their words. */
      areas?: LifeArea[] | null | undefined;
    },
  ): Promise<Member> {
    const row: MemberRow = {
      id: newId<MemberId>(),
      case_id: caseId,
      name: input.name,
      role: input.role,
      organisation: input.organisation,
      profession: input.profession,
      account_id: input.accountId,
      created_at: new Date().toISOString(),
      removed_at: null,
      email: input.email ?? null,
      reminders: input.reminders ?? "email",
      language: input.language ?? "da",
      grant_kind: input.grant?.kind ?? null,
      grant_until: input.grant?.until.toISOString() ?? null,
      grant_reason: input.grant?.reason ?? null,
      relation_kind: input.relation?.kind ?? null,
      relation_label: input.relation?.label ?? null,
      adult_confirmed_at: input.adultConfirmed ? new Date().toISOString() : null,
      areas: storedAreas(input.areas ?? null),
    };
    await this.db.insertInto("case_members").values(row).execute();
    return toMember(row, await this.consents.coverage(caseId));
  }

  async update(
    caseId: CaseId,
    memberId: string,
    patch: Partial<
      Pick<
        MemberRow,
        | "name"
        | "role"
        | "organisation"
        | "profession"
        | "email"
        | "reminders"
        | "language"
        | "relation_kind"
        | "relation_label"
        | "adult_confirmed_at"
        | "areas"
      >
    >,
  ): Promise<Member | undefined> {
    if (Object.keys(patch).length > 0) {
      await this.db
        .updateTable("case_members")
        .set(patch)
        .where("case_id", "=", caseId)
        .where("id", "=", memberId)
        .where("removed_at", "is", null)
        .execute();
    }
    const row = await this.find(caseId, memberId);
    return row ? toMember(row, await this.consents.coverage(caseId)) : undefined;
  }

  /** Takes a member off the roster and revokes their invitations, in one transaction. */
  async remove(caseId: CaseId, memberId: string): Promise<boolean> {
    return transact(this.db, async (trx) => {
      const now = new Date().toISOString();
      const result = await trx
        .updateTable("case_members")
        .set({ removed_at: now })
        .where("case_id", "=", caseId)
        .where("id", "=", memberId)
        .where("removed_at", "is", null)
        .executeTakeFirst();
      await trx
        .updateTable("invitations")
        .set({ revoked_at: now })
        .where("member_id", "=", memberId)
        .where("revoked_at", "is", null)
        .execute();
      return Number(result.numUpdatedRows) > 0;
    });
  }
}

export function toMember(row: MemberRow, coverage: ConsentCoverage): Member {
  return {
    id: row.id as MemberId,
    caseId: row.case_id,
    name: row.name,
    role: row.role,
    organisation: row.organisation,
    profession: row.profession,
    accountId: row.account_id as AccountId | null,
    email: row.email,
    reminders: row.reminders,
    language: row.language,
    // As they come in: through their staff account when they have one, otherwise by invitation.
    consentCovered: isCovered(row, coverage, row.account_id !== null),
    relation: row.relation_kind ? { kind: row.relation_kind, label: row.relation_label ?? "" } : null,
    adultConfirmedAt: row.adult_confirmed_at,
    areas: areasOf(row.areas),
    createdAt: row.created_at,
  };
}

/** The areas as the column keeps them: JSON, or null for "read them from their words". */
export function storedAreas(areas: readonly LifeArea[] | null): string | null {
  return areas === null ? null : JSON.stringify(areas);
}

function areasOf(stored: string | null): LifeArea[] | null {
  if (stored === null) return null;
  try {
    const areas = z.array(LifeArea).safeParse(JSON.parse(stored));
    return areas.success ? areas.data : null;
  } catch {
    return null;
  }
}
