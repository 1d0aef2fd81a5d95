import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import {
  ApiError,
  AuthStatus,
  apiRoutes,
  JoinBody,
  Session,
  SetupBody,
  SignedOut,
  SignInBody,
} from "@samplan/shared/api";
import { FirstCoordinatorSetup } from "../../auth/FirstCoordinatorSetup.ts";
import { InvitationJoin } from "../../auth/InvitationJoin.ts";
import { PasswordSignIn } from "../../auth/PasswordSignIn.ts";
import { SignOut } from "../../auth/SignOut.ts";
import { clientAddress } from "../../network/clientAddress.ts";
import type { AppEnv } from "../AppEnv.ts";
import { HttpRefusal, refuse } from "../errors.ts";
import { answerPasswordChoice, answerPasswordProblem } from "../passwordRefusal.ts";
import type { Services } from "../Services.ts";
import { clearSessionCookie, requirePrincipal, sessionSecret, setSessionCookie } from "../session.ts";
import { registerOidcRoutes } from "./oidcRoutes.ts";
import { endpoint, json } from "./openapi.ts";
import { closeConnectionsOfSession } from "./staffConnections.ts";

const refusals = {
  400: json(ApiError, "Invalid body"),
  401: json(ApiError, "Not signed in, wrong credentials, or an invitation that no longer works"),
  429: json(ApiError, "Too many attempts"),
};

/** Signing in and out, and the first coordinator's setup: the flows are in server/src/auth. */
export function registerAuthRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  const setup = new FirstCoordinatorSetup(s);
  const passwordSignIn = new PasswordSignIn(s);
  const join = new InvitationJoin({ ...s, principalOf: (id) => s.access.principalForSessionOfInvitation(id) });
  const signOut = new SignOut({ ...s, closeConnectionsOfSession: (p, id) => closeConnectionsOfSession(s, p, id) });
  const signInMethods = () => ({ passwordSignIn: s.config.passwordSignIn, oidc: s.oidc !== null });

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.authStatus),
      summary: "How one can sign in here, whether the first coordinator still has to be created, and who is signed in",
      responses: { 200: json(AuthStatus, "Sign-in options") },
    }),
    async (c) => {
      const setupRequired = (await s.accounts.count()) === 0;
      if (setupRequired) s.setup.ensure();
      return c.json(
        { setupRequired, ...signInMethods(), principal: c.get("principal"), idleSignOut: s.config.idleSignOut },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.setup),
      summary: "Create the first coordinator, with the setup code from the server's log",
      request: { body: { ...json(SetupBody, "The first coordinator"), required: true } },
      responses: {
        201: json(Session, "Signed in as the new coordinator"),
        ...refusals,
        409: json(ApiError, "Already set up"),
      },
    }),
    async (c) => {
      const address = clientAddress(c.env.incoming, s.config.trustProxy);
      const outcome = await setup.setUp(c.req.valid("json"), address, signInMethods());
      if (outcome.ok) {
        setSessionCookie(c, outcome.session.secret, outcome.session.expiresAt);
        return c.json({ principal: outcome.principal }, 201);
      }
      switch (outcome.reason) {
        case "wrong-code":
          throw new HttpRefusal(
            401,
            "unauthenticated",
            "The setup code is not right; it is in the server's log and data directory",
          );
        case "password-choice":
          return answerPasswordChoice(c, outcome.message);
        case "weak-password":
          return answerPasswordProblem(c, outcome.problem);
        case "already-set-up":
          throw new HttpRefusal(409, "conflict", "Samplan is already set up; sign in instead");
      }
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.session),
      summary: "Who is signed in",
      responses: { 200: json(Session, "The signed-in person"), 401: refusals[401] },
    }),
    async (c) => c.json({ principal: requirePrincipal(c) }, 200),
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.signIn),
      summary: "Sign in with a username and password",
      request: { body: { ...json(SignInBody, "Credentials"), required: true } },
      responses: { 200: json(Session, "Signed in"), ...refusals },
    }),
    async (c) => {
      const { username, password } = c.req.valid("json");
      if (!s.config.passwordSignIn) throw refuse.notFound("sign-in method");
      const address = clientAddress(c.env.incoming, s.config.trustProxy);
      const outcome = await passwordSignIn.signIn(username, password, address);
      if (!outcome.ok && outcome.reason === "deactivated")
        throw new HttpRefusal(401, "unauthenticated", "This account has been deactivated; ask a coordinator");
      if (!outcome.ok) throw new HttpRefusal(401, "unauthenticated", "Wrong username or password");
      setSessionCookie(c, outcome.session.secret, outcome.session.expiresAt);
      return c.json({ principal: outcome.principal }, 200);
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.signOut),
      summary: "Sign out; an account that signs in through the organisation's login is sent there to sign out too",
      responses: {
        200: json(SignedOut, "Signed out here; now sign out at the identity provider"),
        204: { description: "Signed out" },
      },
    }),
    async (c) => {
      const { providerLogout } = await signOut.signOut(sessionSecret(c), c.get("principal"), c.get("sessionId"));
      clearSessionCookie(c);
      if (providerLogout) return c.json({ providerLogout: providerLogout.toString() }, 200);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.join),
      summary: "Enter through an invitation: the secret of a personal link, or a join code",
      request: { body: { ...json(JoinBody, "Link secret or code"), required: true } },
      responses: { 200: json(Session, "Signed in as the invited person"), ...refusals },
    }),
    async (c) => {
      const address = clientAddress(c.env.incoming, s.config.trustProxy);
      const outcome = await join.join(c.req.valid("json"), address);
      if (outcome.ok) {
        setSessionCookie(c, outcome.session.secret, outcome.session.expiresAt);
        return c.json({ principal: outcome.principal }, 200);
      }
      if (outcome.reason === "invitation-expired")
        throw new HttpRefusal(401, "invitation_expired", "This invitation has expired");
      if (outcome.reason === "invitation-revoked")
        throw new HttpRefusal(401, "invitation_revoked", "This invitation has been withdrawn");
      throw new HttpRefusal(401, "invitation_invalid", "This invitation or code is not valid");
    },
  );

  registerOidcRoutes(app, s);
}
