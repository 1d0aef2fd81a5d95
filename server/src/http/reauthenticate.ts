import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";

const COOKIE = "samplan_reauthenticate";
// Where it is read: the OIDC start and callback only.
const PATH = "/api/auth/oidc";

/**
 * Marks a device that was just handed to someone else (the coordinator's tablet given to the
 * citizen): its next OIDC sign-in makes the provider ask for the password again, rather than
 * signing in whoever holds it through the provider's own session. It lasts as long as the
 * tablet's session can, and ends at the next OIDC sign-in.
 */
export function markReauthenticate(c: Context, hours: number): void {
  setCookie(c, COOKIE, "1", { httpOnly: true, sameSite: "Lax", path: PATH, maxAge: hours * 3600 });
}

export function mustReauthenticate(c: Context): boolean {
  return getCookie(c, COOKIE) === "1";
}

export function clearReauthenticate(c: Context): void {
  deleteCookie(c, COOKIE, { path: PATH });
}
