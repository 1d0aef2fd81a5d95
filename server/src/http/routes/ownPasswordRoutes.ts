import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { ApiError, apiRoutes, ChangePasswordBody, CompletePasswordResetBody } from "@samplan/shared/api";
import { actorOf } from "../../access/Access.ts";
import { accountActor } from "../../auth/accountActor.ts";
import { hashPassword, verifyPassword } from "../../auth/passwords.ts";
import type { AppEnv } from "../AppEnv.ts";
import { apiError, HttpRefusal, refuse } from "../errors.ts";
import { refusedPassword } from "../passwordRefusal.ts";
import type { Services } from "../Services.ts";
import { requireStaff, sessionSecret } from "../session.ts";
import { endpoint, json } from "./openapi.ts";
import { closeConnectionsOf } from "./staffConnections.ts";

/** A staff member's own password: changed with the current one, or set with a coordinator's one-time link. */
export function registerOwnPasswordRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.changeOwnPassword),
      summary: "Change your own password; every other session of yours ends",
      request: { body: { ...json(ChangePasswordBody, "The current and the new password"), required: true } },
      responses: {
        204: { description: "Changed" },
        400: json(ApiError, "Invalid body, a wrong current password, or a new password the rules refuse"),
        401: json(ApiError, "Not signed in"),
        403: json(ApiError, "Not a staff account"),
        409: json(ApiError, "The account has no password: it signs in through the organisation's login"),
      },
    }),
    async (c) => {
      const staff = requireStaff(c);
      const body = c.req.valid("json");
      const account = await s.accounts.findById(staff.accountId);
      if (!account?.password_hash)
        throw new HttpRefusal(409, "conflict", "This account signs in through the organisation's login only");
      // A wrong current password is a wrong password: counted with the account's sign-in
      // failures, so a session left open on a shared device cannot be used to guess it.
      const attempt = await s.limits.signInAccount.attempt(account.username);
      if (!(await verifyPassword(body.currentPassword, account.password_hash))) {
        await attempt.failed();
        await s.audit.record({ ...actorOf(staff), action: "password-change-refused", details: { reason: "wrong" } });
        const message = "currentPassword is not right";
        return apiError(c, 400, "bad_request", message, [{ path: "currentPassword", message }]);
      }
      await attempt.succeeded();
      const weak = refusedPassword(
        c,
        body.newPassword,
        { username: account.username, displayName: account.display_name },
        "newPassword",
      );
      if (weak) return weak;
      await s.accounts.setPasswordHash(account.id, await hashPassword(body.newPassword));
      // Whoever may have known the old password is signed out everywhere but here.
      const sessionsEnded = await s.sessions.endAllOf(account.id, sessionSecret(c));
      // Their live connections go too; this browser's reconnect at once on its own session.
      const connectionsClosed = await closeConnectionsOf(s, account.id, "reconnect");
      await s.audit.record({
        ...actorOf(staff),
        action: "password-changed",
        details: { sessionsEnded, connectionsClosed },
      });
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.completePasswordReset),
      summary: "Set a new password with the one-time link a coordinator made; every session of the account ends",
      request: { body: { ...json(CompletePasswordResetBody, "The link's code and the new password"), required: true } },
      responses: {
        204: { description: "The password is set; sign in with it" },
        400: json(ApiError, "Invalid body, or a new password the rules refuse"),
        404: json(ApiError, "The link is unknown, used, expired, or its account deactivated"),
      },
    }),
    async (c) => {
      const body = c.req.valid("json");
      const accountId = await s.accounts.resets.accountFor(body.code);
      const account = accountId ? await s.accounts.findById(accountId) : undefined;
      if (!account || account.deactivated_at)
        throw refuse.notFound("password link (it may be used or expired); ask a coordinator for a new one");
      const weak = refusedPassword(c, body.password, { username: account.username, displayName: account.display_name });
      if (weak) return weak;
      const passwordHash = await hashPassword(body.password);
      if (!(await s.accounts.resets.use(body.code)))
        throw refuse.notFound("password link (it may be used or expired); ask a coordinator for a new one");
      await s.accounts.setPasswordHash(account.id, passwordHash);
      const sessionsEnded = await s.sessions.endAllOf(account.id);
      const connectionsClosed = await closeConnectionsOf(s, account.id, "reconnect");
      await s.audit.record({
        ...accountActor(account),
        action: "password-reset-used",
        details: { accountId: account.id, sessionsEnded, connectionsClosed },
      });
      return c.body(null, 204);
    },
  );
}
