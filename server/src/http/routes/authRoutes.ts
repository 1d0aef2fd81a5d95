import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import {
  ApiError,
  AuthStatus,
  JoinBody,
  type Principal,
  Session,
  SetupBody,
  SignedOut,
  SignInBody,
} from "@samplan/shared/api";
import type { Context } from "hono";
import { actorOf } from "../../access/Access.ts";
import { attemptAll, TooManyAttempts } from "../../auth/FailureLimit.ts";
import { hashPassword, needsRehash, verifyAgainstNothing, verifyPassword } from "../../auth/passwords.ts";
import { clientAddress } from "../../network/clientAddress.ts";
import { toAccount } from "../../storage/AccountRepository.ts";
import { invitationState } from "../../storage/InvitationRepository.ts";
import type { AppEnv } from "../AppEnv.ts";
import { deleteServerCookie, getServerCookie, setServerCookie } from "../cookies.ts";
import { HttpRefusal, refuse } from "../errors.ts";
import { refusedPassword, refusedPasswordChoice } from "../passwordRefusal.ts";
import { clearReauthenticate, mustReauthenticate } from "../reauthenticate.ts";
import type { Services } from "../Services.ts";
import { clearSessionCookie, requirePrincipal, sessionSecret, setSessionCookie } from "../session.ts";
import { json } from "./openapi.ts";
import { closeConnectionsOfSession } from "./staffConnections.ts";

const STAFF_SESSION_HOURS = 12;
const OIDC_STATE_COOKIE = "samplan_oidc";
const refusals = {
  400: json(ApiError, "Invalid body"),
  401: json(ApiError, "Not signed in, wrong credentials, or an invitation that no longer works"),
  429: json(ApiError, "Too many attempts"),
};

function hoursFromNow(hours: number): Date {
  return new Date(Date.now() + hours * 3600_000);
}

export function registerAuthRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  const startStaffSession = async (c: Context<AppEnv>, account: { id: string }) => {
    const expiresAt = hoursFromNow(STAFF_SESSION_HOURS);
    setSessionCookie(c, await s.sessions.create({ accountId: account.id }, expiresAt), expiresAt);
  };

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/auth",
      summary: "How one can sign in here, and whether the first coordinator still has to be created",
      responses: { 200: json(AuthStatus, "Sign-in options") },
    }),
    async (c) => {
      const setupRequired = (await s.accounts.count()) === 0;
      if (setupRequired) s.setup.ensure();
      return c.json({ setupRequired, oidc: s.oidc !== null, passwordSignIn: s.config.passwordSignIn }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/setup",
      summary: "Create the first coordinator, with the setup code from the server's log",
      request: { body: { ...json(SetupBody, "The first coordinator"), required: true } },
      responses: {
        201: json(Session, "Signed in as the new coordinator"),
        ...refusals,
        409: json(ApiError, "Already set up"),
      },
    }),
    async (c) => {
      const body = c.req.valid("json");
      const attempt = await s.limits.setup.attempt(clientAddress(c.env.incoming, s.config.trustProxy));
      if (!s.setup.matches(body.setupCode)) {
        await attempt.failed();
        throw new HttpRefusal(
          401,
          "unauthenticated",
          "The setup code is not right; it is in the server's log and data directory",
        );
      }
      const methods = { passwordSignIn: s.config.passwordSignIn, oidc: s.oidc !== null };
      const weak =
        refusedPasswordChoice(c, body.password, methods) ??
        (body.password === undefined ? null : refusedPassword(c, body.password, body));
      if (weak) return weak;
      const account = await s.accounts.createFirst({
        username: body.username,
        displayName: body.displayName,
        role: "koordinator",
        passwordHash: body.password === undefined ? null : await hashPassword(body.password),
      });
      await attempt.succeeded();
      if (!account) throw new HttpRefusal(409, "conflict", "Samplan is already set up; sign in instead");
      s.setup.consume();
      await s.audit.record({
        actor: `${account.display_name} (${account.username})`,
        actorRole: "koordinator",
        action: "setup-completed",
      });
      await startStaffSession(c, account);
      const principal: Principal = {
        kind: "staff",
        accountId: toAccount(account).id,
        username: account.username,
        name: account.display_name,
        role: account.role,
      };
      return c.json({ principal }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/session",
      summary: "Who is signed in",
      responses: { 200: json(Session, "The signed-in person"), 401: refusals[401] },
    }),
    async (c) => c.json({ principal: requirePrincipal(c) }, 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/session",
      summary: "Sign in with a username and password",
      request: { body: { ...json(SignInBody, "Credentials"), required: true } },
      responses: { 200: json(Session, "Signed in"), ...refusals },
    }),
    async (c) => {
      const { username, password } = c.req.valid("json");
      if (!s.config.passwordSignIn) throw refuse.notFound("sign-in method");
      const address = clientAddress(c.env.incoming, s.config.trustProxy);
      const attempt = await attemptAll([
        [s.limits.signInAccount, username],
        [s.limits.signInAddress, address],
      ]).catch(async (error) => {
        if (error instanceof TooManyAttempts)
          await s.audit.record({
            actor: username,
            actorRole: "unknown",
            action: "sign-in-refused",
            details: { reason: "rate-limited" },
          });
        throw error;
      });
      const account = await s.accounts.findByUsername(username);
      const ok = account?.password_hash
        ? await verifyPassword(password, account.password_hash)
        : await verifyAgainstNothing(password);
      if (!account || !ok) {
        await attempt.failed();
        await s.audit.record({ actor: username, actorRole: "unknown", action: "sign-in-failed" });
        s.log.warn({ reason: account ? "wrong-password" : "unknown-user" }, "refused a sign-in");
        throw new HttpRefusal(401, "unauthenticated", "Wrong username or password");
      }
      await attempt.succeeded();
      // Told only to whoever knows the password; anyone else hears "wrong username or password".
      if (account.deactivated_at) {
        await s.audit.record({
          actor: `${account.display_name} (${account.username})`,
          actorRole: account.role,
          action: "sign-in-refused",
          details: { reason: "deactivated" },
        });
        throw new HttpRefusal(401, "unauthenticated", "This account has been deactivated; ask a coordinator");
      }
      // The one moment the password is at hand: a hash made with older parameters is made anew.
      if (account.password_hash && needsRehash(account.password_hash))
        await s.accounts.setPasswordHash(account.id, await hashPassword(password));
      await s.audit.record({
        actor: `${account.display_name} (${account.username})`,
        actorRole: account.role,
        action: "signed-in",
      });
      await startStaffSession(c, account);
      return c.json(
        {
          principal: {
            kind: "staff" as const,
            accountId: toAccount(account).id,
            username: account.username,
            name: account.display_name,
            role: account.role,
          },
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/api/session",
      summary: "Sign out; an account that signs in through the organisation's login is sent there to sign out too",
      responses: {
        200: json(SignedOut, "Signed out here; now sign out at the identity provider"),
        204: { description: "Signed out" },
      },
    }),
    async (c) => {
      const secret = sessionSecret(c);
      const principal = c.get("principal");
      const sessionId = c.get("sessionId");
      if (secret) await s.sessions.delete(secret);
      if (principal && sessionId) await closeConnectionsOfSession(s, principal, sessionId);
      if (principal)
        await s.audit.record({
          ...actorOf(principal),
          action: "signed-out",
          caseId: principal.kind === "guest" ? principal.caseId : null,
        });
      clearSessionCookie(c);
      // Signed in through the provider: its session would sign the next person on this device
      // straight back in, so the browser is sent to end that one too.
      const account = principal?.kind === "staff" ? await s.accounts.findById(principal.accountId) : undefined;
      const providerLogout = account?.oidc_subject && s.oidc ? await s.oidc.logoutUrl().catch(() => null) : null;
      if (providerLogout) return c.json({ providerLogout: providerLogout.toString() }, 200);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/join",
      summary: "Enter through an invitation: the secret of a personal link, or a join code",
      request: { body: { ...json(JoinBody, "Link secret or code"), required: true } },
      responses: { 200: json(Session, "Signed in as the invited person"), ...refusals },
    }),
    async (c) => {
      const body = c.req.valid("json");
      const address = clientAddress(c.env.incoming, s.config.trustProxy);
      const attempt = await ("secret" in body ? s.limits.joinLink : s.limits.joinCode)
        .attempt(address)
        .catch(async (error) => {
          if (error instanceof TooManyAttempts)
            await s.audit.record({
              actor: address,
              actorRole: "unknown",
              action: "join-refused",
              details: { reason: "rate-limited" },
            });
          throw error;
        });
      const invitation =
        "secret" in body ? await s.invitations.findBySecret(body.secret) : await s.invitations.findByCode(body.code);
      if (!invitation) {
        await attempt.failed();
        throw new HttpRefusal(401, "invitation_invalid", "This invitation or code is not valid");
      }
      // A real invitation, even a withdrawn one, is no guess.
      await attempt.succeeded();
      const state = invitationState(invitation);
      const member = await s.roster.find(invitation.case_id, invitation.member_id);
      if (state !== "valid" || !member) {
        await s.audit.record({
          actor: member?.name ?? "unknown",
          actorRole: member?.role ?? "unknown",
          action: "join-refused",
          caseId: invitation.case_id,
          meetingId: invitation.meeting_id,
          details: { reason: member ? state : "no-longer-on-roster", invitationId: invitation.id },
        });
        if (state === "invitation-expired")
          throw new HttpRefusal(401, "invitation_expired", "This invitation has expired");
        throw new HttpRefusal(401, "invitation_revoked", "This invitation has been withdrawn");
      }
      const sessionEnds =
        invitation.kind === "code"
          ? hoursFromNow(STAFF_SESSION_HOURS)
          : new Date(Math.min(Date.parse(invitation.expires_at), hoursFromNow(STAFF_SESSION_HOURS).getTime()));
      // Two devices typing the same code at once: only the first gets in.
      if (invitation.kind === "code" && !(await s.invitations.consumeCode(invitation.id, sessionEnds)))
        throw new HttpRefusal(401, "invitation_invalid", "This invitation or code is not valid");
      setSessionCookie(c, await s.sessions.create({ invitationId: invitation.id }, sessionEnds), sessionEnds);
      await s.audit.record({
        actor: member.name,
        actorRole: member.role,
        action: "invitation-used",
        caseId: invitation.case_id,
        meetingId: invitation.meeting_id,
        details: { invitationId: invitation.id, kind: invitation.kind },
      });
      const principal = await s.access.principalForSessionOfInvitation(invitation.id);
      if (!principal) throw new HttpRefusal(401, "invitation_revoked", "This invitation has been withdrawn");
      return c.json({ principal }, 200);
    },
  );

  registerOidcRoutes(app, s, startStaffSession);
}

function registerOidcRoutes(
  app: OpenAPIHono<AppEnv>,
  s: Services,
  startStaffSession: (c: Context<AppEnv>, account: { id: string }) => Promise<void>,
) {
  app.get("/api/auth/oidc/start", async (c) => {
    if (!s.oidc) throw refuse.notFound("sign-in method");
    const { redirectTo, sealedState } = await s.oidc.start({ reauthenticate: mustReauthenticate(c) });
    // Lax, not Strict: the browser comes back from the provider by a cross-site redirect.
    setServerCookie(c, OIDC_STATE_COOKIE, sealedState, { sameSite: "Lax", path: "/api/auth/oidc", maxAge: 600 });
    return c.redirect(redirectTo.toString(), 302);
  });

  app.get("/api/auth/oidc/callback", async (c) => {
    if (!s.oidc) throw refuse.notFound("sign-in method");
    const sealed = getServerCookie(c, OIDC_STATE_COOKIE);
    deleteServerCookie(c, OIDC_STATE_COOKIE, { sameSite: "Lax", path: "/api/auth/oidc" });
    try {
      if (!sealed) throw new Error("no sign-in in progress");
      const identity = await s.oidc.finish(new URL(c.req.url), sealed);
      let account = await s.accounts.findByOidcSubject(identity.subject);
      if (!account) {
        for (const username of identity.usernames) {
          const candidate = await s.accounts.findByUsername(username);
          // Only an account made for OIDC: one with a password is someone's already, and a
          // matching name at the provider must not take it over.
          if (candidate && !candidate.oidc_subject && !candidate.password_hash) {
            await s.accounts.linkOidcSubject(candidate.id, identity.subject);
            account = candidate;
            break;
          }
        }
      }
      if (!account) {
        await s.audit.record({
          actor: identity.usernames[0] ?? "unknown",
          actorRole: "unknown",
          action: "sign-in-failed",
          details: { method: "oidc", reason: "no-account" },
        });
        return c.redirect("/sign-in?error=oidc-no-account", 302);
      }
      if (account.deactivated_at) {
        await s.audit.record({
          actor: `${account.display_name} (${account.username})`,
          actorRole: account.role,
          action: "sign-in-refused",
          details: { method: "oidc", reason: "deactivated" },
        });
        return c.redirect("/sign-in?error=oidc-deactivated", 302);
      }
      await s.audit.record({
        actor: `${account.display_name} (${account.username})`,
        actorRole: account.role,
        action: "signed-in",
        details: { method: "oidc" },
      });
      await startStaffSession(c, account);
      clearReauthenticate(c);
      return c.redirect("/", 302);
    } catch (error) {
      s.log.warn({ err: error }, "OIDC sign-in failed");
      return c.redirect("/sign-in?error=oidc", 302);
    }
  });
}
