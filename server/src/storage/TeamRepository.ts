import type { Team } from "@samplan/shared/api";
import { type CaseId, type CoverReason, newId } from "@samplan/shared/vocabulary";
import type { Kysely, Selectable } from "kysely";
import type { AccountRow } from "./AccountRepository.ts";
import type { CoverTable, DatabaseSchema } from "./schema.ts";

export type CoverRow = Selectable<CoverTable>;

/** Teams, who is in which and who leads it, and the covers the team lead assigns. */
export class TeamRepository {
  private readonly db: Kysely<DatabaseSchema>;

  constructor(db: Kysely<DatabaseSchema>) {
    this.db = db;
  }

  async create(name: string, now = new Date()): Promise<Team> {
    const team = { id: newId<string>(), name };
    await this.db
      .insertInto("teams")
      .values({ ...team, created_at: now.toISOString() })
      .execute();
    return team;
  }

  list(): Promise<Team[]> {
    return this.db.selectFrom("teams").select(["id", "name"]).orderBy("name").execute();
  }

  async find(id: string): Promise<Team | null> {
    return (await this.db.selectFrom("teams").select(["id", "name"]).where("id", "=", id).executeTakeFirst()) ?? null;
  }

  async setAccountTeam(accountId: string, teamId: string | null, leadsTeam: boolean): Promise<boolean> {
    const result = await this.db
      .updateTable("accounts")
      .set({ team_id: teamId, leads_team: teamId !== null && leadsTeam ? 1 : 0 })
      .where("id", "=", accountId)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** The team's active accounts. */
  members(teamId: string): Promise<AccountRow[]> {
    return this.db
      .selectFrom("accounts")
      .selectAll()
      .where("team_id", "=", teamId)
      .where("deactivated_at", "is", null)
      .orderBy("display_name")
      .execute();
  }

  /**
   * The cases the team's coordinators coordinate: where one of them is on the roster as the
   * coordinator in her own right (not by a grant).
   */
  async caseIds(teamId: string): Promise<{ caseId: CaseId; coordinatorName: string; accountId: string }[]> {
    const rows = await this.db
      .selectFrom("case_members")
      .innerJoin("accounts", "accounts.id", "case_members.account_id")
      .select(["case_members.case_id", "accounts.display_name", "accounts.id"])
      .where("accounts.team_id", "=", teamId)
      .where("case_members.role", "=", "koordinator")
      .where("case_members.removed_at", "is", null)
      .where("case_members.grant_kind", "is", null)
      .execute();
    return rows.map((row) => ({ caseId: row.case_id, coordinatorName: row.display_name, accountId: row.id }));
  }

  async addCover(input: {
    teamId: string;
    absentAccountId: string;
    coverAccountId: string;
    until: string;
    reason: CoverReason;
    createdBy: string;
  }): Promise<CoverRow> {
    const row: CoverRow = {
      id: newId<string>(),
      team_id: input.teamId,
      absent_account_id: input.absentAccountId,
      cover_account_id: input.coverAccountId,
      until: input.until,
      reason: input.reason,
      created_by: input.createdBy,
      created_at: new Date().toISOString(),
      ended_at: null,
    };
    await this.db.insertInto("covers").values(row).execute();
    return row;
  }

  covers(teamId: string): Promise<CoverRow[]> {
    return this.db
      .selectFrom("covers")
      .selectAll()
      .where("team_id", "=", teamId)
      .orderBy("created_at", "desc")
      .execute();
  }

  async findCover(teamId: string, id: string): Promise<CoverRow | null> {
    return (
      (await this.db
        .selectFrom("covers")
        .selectAll()
        .where("team_id", "=", teamId)
        .where("id", "=", id)
        .executeTakeFirst()) ?? null
    );
  }

  async coverById(id: string): Promise<CoverRow | null> {
    return (await this.db.selectFrom("covers").selectAll().where("id", "=", id).executeTakeFirst()) ?? null;
  }

  /** Ends a cover early: its grants stop counting now. False if it had ended already. */
  async endCover(cover: CoverRow, now = new Date()): Promise<boolean> {
    const ended = await this.db
      .updateTable("covers")
      .set({ ended_at: now.toISOString() })
      .where("id", "=", cover.id)
      .where("ended_at", "is", null)
      .executeTakeFirst();
    if (Number(ended.numUpdatedRows) === 0) return false;
    await this.db
      .updateTable("case_members")
      .set({ grant_until: now.toISOString() })
      .where("account_id", "=", cover.cover_account_id)
      .where("grant_kind", "=", "cover")
      .where("grant_reason", "=", cover.id)
      .where("grant_until", ">", now.toISOString())
      .execute();
    return true;
  }
}
