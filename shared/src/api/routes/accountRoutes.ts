import { z } from "zod";
import { AccountId } from "../../vocabulary/index.ts";
import { ChangePasswordBody, PasswordResetIssued, SessionsEnded } from "../AccountLifecycle.ts";
import { Account, AccountList, CreateAccountBody } from "../Session.ts";
import { AccountTeam, CreateTeamBody, SetAccountTeamBody, Team, TeamList } from "../Team.ts";
import { route } from "./route.ts";

const ofAccount = z.object({ accountId: AccountId });

/** Staff accounts, and the teams the coordinators who keep them keep too: the settings page. */
export const accountRoutes = {
  ownAccount: route({ method: "get", path: "/api/account", answer: Account }),
  changeOwnPassword: route({ method: "post", path: "/api/session/password", body: ChangePasswordBody }),
  accounts: route({ method: "get", path: "/api/accounts", answer: AccountList }),
  createAccount: route({ method: "post", path: "/api/accounts", body: CreateAccountBody, answer: Account }),
  deactivateAccount: route({
    method: "post",
    path: "/api/accounts/:accountId/deactivate",
    params: ofAccount,
    answer: SessionsEnded,
  }),
  reactivateAccount: route({
    method: "post",
    path: "/api/accounts/:accountId/reactivate",
    params: ofAccount,
    answer: Account,
  }),
  endAccountSessions: route({
    method: "delete",
    path: "/api/accounts/:accountId/sessions",
    params: ofAccount,
    answer: SessionsEnded,
  }),
  issuePasswordReset: route({
    method: "post",
    path: "/api/accounts/:accountId/password-reset",
    params: ofAccount,
    answer: PasswordResetIssued,
  }),
  teams: route({ method: "get", path: "/api/teams", answer: TeamList }),
  createTeam: route({ method: "post", path: "/api/teams", body: CreateTeamBody, answer: Team }),
  setAccountTeam: route({
    method: "post",
    path: "/api/accounts/:accountId/team",
    params: ofAccount,
    body: SetAccountTeamBody,
    answer: AccountTeam,
  }),
} as const;
