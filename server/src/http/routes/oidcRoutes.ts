import type { OpenAPIHono } from "@hono/zod-openapi";
import { apiRoutes } from "@samplan/shared/api";
import { OidcAccountSignIn } from "../../auth/OidcAccountSignIn.ts";
import type { AppEnv } from "../AppEnv.ts";
import { deleteServerCookie, getServerCookie, setServerCookie } from "../cookies.ts";
import { refuse } from "../errors.ts";
import { clearReauthenticate, mustReauthenticate } from "../reauthenticate.ts";
import type { Services } from "../Services.ts";
import { setSessionCookie } from "../session.ts";

const OIDC_STATE_COOKIE = "samplan_oidc";

/**
 * Sign-in through the organisation's provider: browser redirects, not JSON, so they are plain Hono
 * routes outside the OpenAPI description. Every failure lands on the sign-in page with a reason.
 */
export function registerOidcRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  const signIn = s.oidc ? new OidcAccountSignIn(s, s.oidc) : null;

  app.get(apiRoutes.oidcStart.path, async (c) => {
    if (!s.oidc) throw refuse.notFound("sign-in method");
    const { redirectTo, sealedState } = await s.oidc.start({ reauthenticate: mustReauthenticate(c) });
    // Lax, not Strict: the browser comes back from the provider by a cross-site redirect.
    setServerCookie(c, OIDC_STATE_COOKIE, sealedState, { sameSite: "Lax", path: "/api/auth/oidc", maxAge: 600 });
    return c.redirect(redirectTo.toString(), 302);
  });

  app.get(apiRoutes.oidcCallback.path, async (c) => {
    if (!signIn) throw refuse.notFound("sign-in method");
    const sealed = getServerCookie(c, OIDC_STATE_COOKIE);
    deleteServerCookie(c, OIDC_STATE_COOKIE, { sameSite: "Lax", path: "/api/auth/oidc" });
    try {
      if (!sealed) throw new Error("no sign-in in progress");
      const outcome = await signIn.finish(new URL(c.req.url), sealed);
      if (!outcome.ok) return c.redirect(`/sign-in?error=oidc-${outcome.reason}`, 302);
      setSessionCookie(c, outcome.session.secret, outcome.session.expiresAt);
      clearReauthenticate(c);
      return c.redirect("/", 302);
    } catch (error) {
      s.log.warn({ err: error }, "OIDC sign-in failed");
      return c.redirect("/sign-in?error=oidc", 302);
    }
  });
}
