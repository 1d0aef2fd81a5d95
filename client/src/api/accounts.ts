import {
  type Account,
  type AccountList,
  accountRoutes as api,
  type ChangePasswordBody,
  type CreateAccountBody,
  type PasswordResetIssued,
  type SessionsEnded,
  type SetAccountTeamBody,
  type Team,
  type TeamList,
} from "@samplan/shared/api";
import { call } from "./request.ts";

// Staff accounts, and the teams the coordinators who keep them keep too: the settings page.

/** The signed-in staff member's own account: whether it has a password to change, among others. */
export function getOwnAccount(): Promise<Account> {
  return call(api.ownAccount);
}

/** Changes the signed-in person's own password; their other sessions end. */
export async function changeOwnPassword(body: ChangePasswordBody): Promise<void> {
  await call(api.changeOwnPassword, { body });
}

export function listAccounts(): Promise<AccountList> {
  return call(api.accounts);
}

export function createAccount(body: CreateAccountBody): Promise<Account> {
  return call(api.createAccount, { body });
}

/** A coordinator deactivates a colleague's account: it is signed out everywhere at once. */
export function deactivateAccount(accountId: string): Promise<SessionsEnded> {
  return call(api.deactivateAccount, { params: { accountId } });
}

export function reactivateAccount(accountId: string): Promise<Account> {
  return call(api.reactivateAccount, { params: { accountId } });
}

export function endAccountSessions(accountId: string): Promise<SessionsEnded> {
  return call(api.endAccountSessions, { params: { accountId } });
}

/** A one-time link for a colleague to set a new password; shown this once. */
export function issuePasswordReset(accountId: string): Promise<PasswordResetIssued> {
  return call(api.issuePasswordReset, { params: { accountId } });
}

export function listTeams(): Promise<TeamList> {
  return call(api.teams);
}

export function createTeam(name: string): Promise<Team> {
  return call(api.createTeam, { body: { name } });
}

export async function setAccountTeam(accountId: string, body: SetAccountTeamBody): Promise<void> {
  await call(api.setAccountTeam, { params: { accountId }, body });
}
