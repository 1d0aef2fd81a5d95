import type { Invitation } from "@samplan/shared/api";
import type { CaseId, InvitationId, MeetingId, MemberId, Role } from "@samplan/shared/vocabulary";
import { newId } from "@samplan/shared/vocabulary";
import type { Kysely, Selectable } from "kysely";
import { hashSecret, newJoinCode, newSecret } from "../auth/secrets.ts";
import type { DatabaseSchema, InvitationTable } from "./schema.ts";

export type InvitationRow = Selectable<InvitationTable>;

/** Wrong guesses a join code survives before it is burnt. */
export const MAX_CODE_ATTEMPTS = 5;

export type InvitationState = "valid" | "invitation-revoked" | "invitation-expired";

export function invitationState(row: InvitationRow, now = new Date()): InvitationState {
  if (row.revoked_at) return "invitation-revoked";
  if (row.expires_at <= now.toISOString()) return "invitation-expired";
  return "valid";
}

interface NewInvitation {
  caseId: CaseId;
  meetingId: MeetingId | null;
  memberId: string;
  createdBy: string;
  expiresAt: Date;
  withoutConsent: boolean;
}

/** Invitations: a personal link or a join code, each for one member in one meeting. */
export class InvitationRepository {
  private readonly db: Kysely<DatabaseSchema>;

  constructor(db: Kysely<DatabaseSchema>) {
    this.db = db;
  }

  async createLink(input: NewInvitation): Promise<{ row: InvitationRow; secret: string }> {
    const secret = newSecret();
    const row = await this.insert(input, { kind: "link", secret_hash: hashSecret(secret) });
    return { row, secret };
  }

  async createCode(input: NewInvitation): Promise<{ row: InvitationRow; code: string }> {
    // The lookup half must be unique among codes; with 27^4 lookups and few live codes a clash is
    // rare, and the unique index turns one into a retry rather than a wrong match.
    for (let attempt = 0; ; attempt++) {
      const { code, lookup, secret } = newJoinCode();
      try {
        const row = await this.insert(input, { kind: "code", code_lookup: lookup, code_hash: hashSecret(secret) });
        return { row, code };
      } catch (error) {
        if (attempt >= 5) throw error;
      }
    }
  }

  private async insert(input: NewInvitation, secretPart: Partial<InvitationRow>): Promise<InvitationRow> {
    const row: InvitationRow = {
      id: newId<InvitationId>(),
      case_id: input.caseId,
      meeting_id: input.meetingId,
      member_id: input.memberId,
      kind: "link",
      secret_hash: null,
      code_lookup: null,
      code_hash: null,
      failed_attempts: 0,
      without_consent: input.withoutConsent ? 1 : 0,
      created_by: input.createdBy,
      created_at: new Date().toISOString(),
      expires_at: input.expiresAt.toISOString(),
      revoked_at: null,
      first_used_at: null,
      ...secretPart,
    };
    await this.db.insertInto("invitations").values(row).execute();
    return row;
  }

  find(id: string): Promise<InvitationRow | undefined> {
    return this.db.selectFrom("invitations").selectAll().where("id", "=", id).executeTakeFirst();
  }

  /** The invitations that reach a meeting: those naming it, and those to the whole case. */
  forMeeting(caseId: CaseId, meetingId: MeetingId): Promise<InvitationRow[]> {
    return this.db
      .selectFrom("invitations")
      .selectAll()
      .where("case_id", "=", caseId)
      .where((eb) => eb.or([eb("meeting_id", "=", meetingId), eb("meeting_id", "is", null)]))
      .execute();
  }

  findBySecret(secret: string): Promise<InvitationRow | undefined> {
    return this.db
      .selectFrom("invitations")
      .selectAll()
      .where("secret_hash", "=", hashSecret(secret))
      .executeTakeFirst();
  }

  /**
   * The invitation a typed code belongs to. A wrong secret half counts against its code, and the
   * code is revoked after MAX_CODE_ATTEMPTS wrong guesses.
   *
   * Every guess is counted in one UPDATE before its secret is compared, and a right one gives its
   * count back: guesses sent in parallel cannot all be compared before the first is counted.
   */
  async findByCode(code: string): Promise<InvitationRow | undefined> {
    const row = await this.db
      .updateTable("invitations")
      .set((eb) => ({ failed_attempts: eb("failed_attempts", "+", 1) }))
      .where("code_lookup", "=", code.slice(0, 4))
      .returningAll()
      .executeTakeFirst();
    if (!row) return undefined;
    const burnt = row.failed_attempts > MAX_CODE_ATTEMPTS;
    if (row.code_hash === hashSecret(code.slice(4))) {
      if (burnt) return { ...row, revoked_at: row.revoked_at ?? new Date().toISOString() };
      await this.db
        .updateTable("invitations")
        .set((eb) => ({ failed_attempts: eb("failed_attempts", "-", 1) }))
        .where("id", "=", row.id)
        .execute();
      return { ...row, failed_attempts: row.failed_attempts - 1 };
    }
    if (row.failed_attempts >= MAX_CODE_ATTEMPTS) await this.revoke(row.id);
    return undefined;
  }

  /**
   * A used join code cannot let in a second device: its code is forgotten, and the invitation
   * now lasts as long as the tablet's session (a meeting day), revocable like any other.
   * False when another device used it first, even a moment ago on another instance.
   */
  async consumeCode(id: string, validUntil: Date): Promise<boolean> {
    const result = await this.db
      .updateTable("invitations")
      .set({ code_lookup: null, code_hash: null, expires_at: validUntil.toISOString() })
      .where("id", "=", id)
      .where("code_hash", "is not", null)
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  }

  /** Marks the invitation opened, the first time only: the desk's "has answered". */
  async markUsed(id: string, at = new Date()): Promise<void> {
    await this.db
      .updateTable("invitations")
      .set({ first_used_at: at.toISOString() })
      .where("id", "=", id)
      .where("first_used_at", "is", null)
      .execute();
  }

  async revoke(id: string): Promise<void> {
    await this.db
      .updateTable("invitations")
      .set({ revoked_at: new Date().toISOString() })
      .where("id", "=", id)
      .where("revoked_at", "is", null)
      .execute();
  }

  /** Invitations the coordinator made knowingly without consent: those stand when consent changes. */
  async withoutConsentIds(caseId: CaseId): Promise<Set<string>> {
    const rows = await this.db
      .selectFrom("invitations")
      .select("id")
      .where("case_id", "=", caseId)
      .where("without_consent", "=", 1)
      .execute();
    return new Set(rows.map((row) => row.id));
  }

  async listForMeeting(meetingId: MeetingId): Promise<Invitation[]> {
    const rows = await this.db
      .selectFrom("invitations")
      .innerJoin("case_members", "case_members.id", "invitations.member_id")
      .selectAll("invitations")
      .select("case_members.role")
      .where("invitations.meeting_id", "=", meetingId)
      .orderBy("invitations.created_at", "desc")
      .execute();
    return rows.map((row) => toInvitation(row, row.role));
  }
}

export function toInvitation(row: InvitationRow, role: Role): Invitation {
  return {
    id: row.id as InvitationId,
    caseId: row.case_id,
    meetingId: row.meeting_id,
    memberId: row.member_id as MemberId,
    role,
    kind: row.kind,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    createdAt: row.created_at,
    withoutConsent: row.without_consent === 1,
    // consumeCode forgets a code once a device has used it.
    inUse: row.kind === "code" && row.code_lookup === null,
  };
}
