import type { Account } from "@samplan/shared/api";
import type { AccountId } from "@samplan/shared/vocabulary";
import { newId } from "@samplan/shared/vocabulary";
import type { Kysely, Selectable } from "kysely";
import { PasswordResetRepository } from "./PasswordResetRepository.ts";
import type { AccountTable, DatabaseSchema } from "./schema.ts";
import { transact } from "./transact.ts";

export type AccountRow = Selectable<AccountTable>;

/** Staff accounts: the people who sign in rather than come in by invitation. */
export class AccountRepository {
  private readonly db: Kysely<DatabaseSchema>;
  /** One-time links that set an account's password. */
  readonly resets: PasswordResetRepository;

  constructor(db: Kysely<DatabaseSchema>) {
    this.db = db;
    this.resets = new PasswordResetRepository(db);
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom("accounts")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  async create(input: {
    username: string;
    displayName: string;
    role: AccountTable["role"];
    passwordHash: string | null;
  }): Promise<AccountRow> {
    const row: AccountRow = {
      id: newId<AccountId>(),
      username: input.username,
      display_name: input.displayName,
      role: input.role,
      password_hash: input.passwordHash,
      oidc_subject: null,
      created_at: new Date().toISOString(),
      deactivated_at: null,
      team_id: null,
      leads_team: 0,
    };
    await this.db.insertInto("accounts").values(row).execute();
    return row;
  }

  /** Creates the first account only while there is none, atomically: two racing set-ups cannot both win. */
  async createFirst(input: Parameters<AccountRepository["create"]>[0]): Promise<AccountRow | null> {
    return transact(this.db, async (trx) => {
      const existing = await trx.selectFrom("accounts").select("id").limit(1).executeTakeFirst();
      if (existing) return null;
      return new AccountRepository(trx).create(input);
    });
  }

  findByUsername(username: string): Promise<AccountRow | undefined> {
    return this.db.selectFrom("accounts").selectAll().where("username", "=", username).executeTakeFirst();
  }

  findById(id: string): Promise<AccountRow | undefined> {
    return this.db.selectFrom("accounts").selectAll().where("id", "=", id).executeTakeFirst();
  }

  findByOidcSubject(subject: string): Promise<AccountRow | undefined> {
    return this.db.selectFrom("accounts").selectAll().where("oidc_subject", "=", subject).executeTakeFirst();
  }

  async linkOidcSubject(id: string, subject: string): Promise<void> {
    await this.db.updateTable("accounts").set({ oidc_subject: subject }).where("id", "=", id).execute();
  }

  async setPasswordHash(id: string, passwordHash: string): Promise<void> {
    await this.db.updateTable("accounts").set({ password_hash: passwordHash }).where("id", "=", id).execute();
  }

  /** Deactivates (a time) or reactivates (null) an account; false when there is no such account. */
  async setDeactivated(id: string, at: Date | null): Promise<boolean> {
    const result = await this.db
      .updateTable("accounts")
      .set({ deactivated_at: at ? at.toISOString() : null })
      .where("id", "=", id)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async list(): Promise<Account[]> {
    const rows = await this.db.selectFrom("accounts").selectAll().orderBy("display_name").execute();
    return rows.map(toAccount);
  }
}

export function toAccount(row: AccountRow): Account {
  return {
    id: row.id as AccountId,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    createdAt: row.created_at,
    active: row.deactivated_at === null,
    passwordSignIn: row.password_hash !== null,
    oidcLinked: row.oidc_subject !== null,
    teamId: row.team_id,
    leadsTeam: row.team_id !== null && row.leads_team === 1,
  };
}
