import type { Principal } from "@samplan/shared/api";
import type { Context, MiddlewareHandler } from "hono";
import type { Access } from "../access/Access.ts";
import { hashSecret } from "../auth/secrets.ts";
import type { AppEnv } from "./AppEnv.ts";
import { deleteServerCookie, getServerCookie, setServerCookie } from "./cookies.ts";
import { HttpRefusal, refuse } from "./errors.ts";

const COOKIE = "samplan_session";
export const SESSION_ENDS_HEADER = "Samplan-Session-Ends";

/** Reads the session cookie into `principal` for every request. */
export function sessionMiddleware(access: Access): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const secret = getServerCookie(c, COOKIE);
    const found = secret ? await access.principalForSession(secret) : null;
    c.set("principal", found?.principal ?? null);
    c.set("sessionEnded", found && found.principal === null ? found.ended : null);
    c.set("sessionId", secret && found?.principal ? hashSecret(secret) : null);
    // When this session ends, for the service worker: an answer it keeps for offline use is not
    // served past it, so a tablet left behind does not reopen the meeting (see client/vite.config.ts).
    if (found?.principal) c.header(SESSION_ENDS_HEADER, found.endsAt);
    await next();
  };
}

export function sessionSecret(c: Context<AppEnv>): string | undefined {
  return getServerCookie(c, COOKIE);
}

/** SameSite=Strict, HttpOnly, and `__Host-` and Secure behind an https SAMPLAN_PUBLIC_URL (cookies.ts). */
export function setSessionCookie(c: Context<AppEnv>, secret: string, expiresAt: Date): void {
  setServerCookie(c, COOKIE, secret, { sameSite: "Strict", path: "/", expires: expiresAt });
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteServerCookie(c, COOKIE, { sameSite: "Strict", path: "/" });
}

export function requirePrincipal(c: Context<AppEnv>): Principal {
  const principal = c.get("principal");
  if (principal) return principal;
  const ended = c.get("sessionEnded");
  if (ended === "invitation-revoked")
    throw new HttpRefusal(401, "invitation_revoked", "This invitation has been withdrawn");
  if (ended === "invitation-expired") throw new HttpRefusal(401, "invitation_expired", "This invitation has expired");
  throw refuse.unauthenticated();
}

/** The session a signed-in request came with (see AppEnv); only called after requirePrincipal. */
export function requireSessionId(c: Context<AppEnv>): string {
  const id = c.get("sessionId");
  if (!id) throw refuse.unauthenticated();
  return id;
}

export function requireStaff(c: Context<AppEnv>): Extract<Principal, { kind: "staff" }> {
  const principal = requirePrincipal(c);
  if (principal.kind !== "staff") throw refuse.forbidden("do this");
  return principal;
}
