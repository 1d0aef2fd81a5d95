import type { Context } from "hono";
import type { AppEnv } from "./AppEnv.ts";
import { deleteServerCookie, getServerCookie, setServerCookie } from "./cookies.ts";

const COOKIE = "samplan_reauthenticate";
// Where it is read: the OIDC start and callback only (`/` when it is a `__Host-` cookie).
const PATH = "/api/auth/oidc";

/**
 * Marks a device that was just handed to someone else (the coordinator's tablet given to the
 * citizen): its next OIDC sign-in makes the provider ask for the password again, rather than
 * signing in whoever holds it through the provider's own session. It lasts as long as the
 * tablet's session can, and ends at the next OIDC sign-in.
 */
export function markReauthenticate(c: Context<AppEnv>, hours: number): void {
  setServerCookie(c, COOKIE, "1", { sameSite: "Lax", path: PATH, maxAge: hours * 3600 });
}

export function mustReauthenticate(c: Context<AppEnv>): boolean {
  return getServerCookie(c, COOKIE) === "1";
}

export function clearReauthenticate(c: Context<AppEnv>): void {
  deleteServerCookie(c, COOKIE, { sameSite: "Lax", path: PATH });
}
