import type { Context, MiddlewareHandler } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { AppEnv } from "./AppEnv.ts";

export interface ServerCookieOptions {
  sameSite: "Strict" | "Lax";
  /** Where the browser sends it back; `/` whenever the cookie is `__Host-` (the prefix requires it). */
  path: string;
  expires?: Date;
  maxAge?: number;
}

/**
 * Whether this server's cookies are `__Host-` cookies: when SAMPLAN_PUBLIC_URL is https. Read
 * from the configuration, not from the request, so neither a missing X-Forwarded-Proto nor a
 * proxy that speaks plain http to us makes a cookie go out without Secure.
 */
export function cookiePolicy(publicOrigin: string | undefined): MiddlewareHandler<AppEnv> {
  const hostCookies = publicOrigin?.startsWith("https:") ?? false;
  return async (c, next) => {
    c.set("hostCookies", hostCookies);
    await next();
  };
}

/**
 * Every cookie Samplan sets goes through here: always HttpOnly, and when SAMPLAN_PUBLIC_URL is
 * https named `__Host-<name>`, Secure, Path=/ and without Domain, so neither plain http nor a
 * sibling subdomain can plant or overwrite it. Without an https public URL (development, tests)
 * it keeps its plain name and is Secure only when the request came over https.
 */
export function setServerCookie(c: Context<AppEnv>, name: string, value: string, options: ServerCookieOptions): void {
  if (c.get("hostCookies")) {
    setCookie(c, name, value, { ...options, httpOnly: true, prefix: "host" });
  } else {
    setCookie(c, name, value, { ...options, httpOnly: true, secure: cameOverHttps(c) });
  }
}

export function getServerCookie(c: Context<AppEnv>, name: string): string | undefined {
  return getCookie(c, name, c.get("hostCookies") ? "host" : undefined);
}

export function deleteServerCookie(
  c: Context<AppEnv>,
  name: string,
  options: Pick<ServerCookieOptions, "sameSite" | "path">,
) {
  if (c.get("hostCookies")) {
    deleteCookie(c, name, { ...options, httpOnly: true, prefix: "host" });
  } else {
    deleteCookie(c, name, { ...options, httpOnly: true, secure: cameOverHttps(c) });
  }
}

function cameOverHttps(c: Context<AppEnv>): boolean {
  return new URL(c.req.url).protocol === "https:" || c.req.header("x-forwarded-proto") === "https";
}
