import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { Account, ApiError, apiRoutes, PasswordResetIssued, SessionsEnded } from "@samplan/shared/api";
import { actorOf } from "../../access/Access.ts";
import { type AccountRow, toAccount } from "../../storage/AccountRepository.ts";
import type { AppEnv } from "../AppEnv.ts";
import { HttpRefusal, refuse } from "../errors.ts";
import type { Services } from "../Services.ts";
import { requireStaff } from "../session.ts";
import { endpoint, json } from "./openapi.ts";
import { closeConnectionsOf } from "./staffConnections.ts";

/** How long a password link works: a working day and a night, time to pass it on safely. */
const RESET_HOURS = 24;

const refusals = {
  400: json(ApiError, "Invalid account id"),
  401: json(ApiError, "Not signed in"),
  403: json(ApiError, "Not a coordinator"),
  404: json(ApiError, "No such account"),
  409: json(ApiError, "Not while the account is like this (your own, or deactivated)"),
};

/**
 * A coordinator keeps colleagues' accounts: deactivates one (it stays, named in the audit trail,
 * and signs in by no route), reactivates it, signs it out everywhere, or makes a one-time link to
 * set a new password. Coordinators do this rather than a separate administrator: they already
 * create the accounts, and a municipality's team is a handful of caseworkers who know each other.
 */
export function registerAccountLifecycleRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  const target = async (c: Parameters<typeof requireStaff>[0], what: string, accountId: string) => {
    const staff = requireStaff(c);
    if (staff.role !== "koordinator") throw refuse.forbidden(what);
    const account = await s.accounts.findById(accountId);
    if (!account) throw refuse.notFound("account");
    return { staff, account };
  };
  const named = (account: AccountRow) => ({
    accountId: account.id,
    name: account.display_name,
    username: account.username,
  });

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.deactivateAccount),
      summary: "Deactivate a staff account: its sessions, links and live connections end at once",
      request: { params: apiRoutes.deactivateAccount.params },
      responses: { 200: json(SessionsEnded, "Deactivated"), ...refusals },
    }),
    async (c) => {
      const { staff, account } = await target(c, "deactivate accounts", c.req.valid("param").accountId);
      if (account.id === staff.accountId)
        throw new HttpRefusal(409, "conflict", "You cannot deactivate your own account; ask another coordinator");
      await s.accounts.setDeactivated(account.id, new Date());
      await s.accounts.resets.withdrawAll(account.id);
      const sessionsEnded = await s.sessions.endAllOf(account.id);
      const connectionsClosed = await closeConnectionsOf(s, account.id, "withdrawn");
      await s.audit.record({
        ...actorOf(staff),
        action: "account-deactivated",
        details: { ...named(account), sessionsEnded, connectionsClosed },
      });
      return c.json({ sessionsEnded, connectionsClosed }, 200);
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.reactivateAccount),
      summary: "Let a deactivated staff account sign in again",
      request: { params: apiRoutes.reactivateAccount.params },
      responses: { 200: json(Account, "Reactivated"), ...refusals },
    }),
    async (c) => {
      const { staff, account } = await target(c, "reactivate accounts", c.req.valid("param").accountId);
      await s.accounts.setDeactivated(account.id, null);
      await s.audit.record({ ...actorOf(staff), action: "account-reactivated", details: named(account) });
      return c.json(toAccount({ ...account, deactivated_at: null }), 200);
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.endAccountSessions),
      summary: "Sign a staff account out everywhere, on every device and every instance",
      request: { params: apiRoutes.endAccountSessions.params },
      responses: { 200: json(SessionsEnded, "Signed out everywhere"), ...refusals },
    }),
    async (c) => {
      const { staff, account } = await target(c, "sign colleagues out", c.req.valid("param").accountId);
      const sessionsEnded = await s.sessions.endAllOf(account.id);
      const connectionsClosed = await closeConnectionsOf(s, account.id, "reconnect");
      await s.audit.record({
        ...actorOf(staff),
        action: "sessions-ended",
        details: { ...named(account), sessionsEnded, connectionsClosed },
      });
      return c.json({ sessionsEnded, connectionsClosed }, 200);
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.issuePasswordReset),
      summary: "Make a one-time link (24 hours) for a colleague to set a new password; their sessions end",
      request: { params: apiRoutes.issuePasswordReset.params },
      responses: { 201: json(PasswordResetIssued, "The link, shown this once"), ...refusals },
    }),
    async (c) => {
      const { staff, account } = await target(c, "reset passwords", c.req.valid("param").accountId);
      if (account.deactivated_at)
        throw new HttpRefusal(409, "conflict", "The account is deactivated; reactivate it first");
      if (!s.config.passwordSignIn)
        throw new HttpRefusal(409, "conflict", "Staff sign in here only through the organisation's login");
      const expiresAt = new Date(Date.now() + RESET_HOURS * 3600_000);
      const code = await s.accounts.resets.issue(account.id, staff.accountId, expiresAt);
      // A reset is asked for when a password is forgotten or may be known to someone else.
      const sessionsEnded = await s.sessions.endAllOf(account.id);
      const connectionsClosed = await closeConnectionsOf(s, account.id, "reconnect");
      await s.audit.record({
        ...actorOf(staff),
        action: "password-reset-issued",
        details: { ...named(account), expiresAt: expiresAt.toISOString(), sessionsEnded, connectionsClosed },
      });
      return c.json({ resetPath: `/reset-password#code=${code}`, expiresAt: expiresAt.toISOString() }, 201);
    },
  );
}
