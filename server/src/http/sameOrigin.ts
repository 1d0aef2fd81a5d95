import type { Context, MiddlewareHandler } from "hono";
import type { TrustProxy } from "../network/TrustProxy.ts";
import type { AppEnv } from "./AppEnv.ts";
import { HttpRefusal } from "./errors.ts";

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);
// `none`: the person typed the address or opened a bookmark, which no other site can cause.
const OWN_FETCH_SITES = new Set(["same-origin", "none"]);

/**
 * Refuses a state-changing API request that another site's page sent, even with a valid session
 * cookie. SameSite=Strict alone lets a sibling subdomain (same site, other origin) through; the
 * browser's own Sec-Fetch-Site and Origin headers tell the origins apart.
 *
 * A request with neither header is let through: every browser sends at least one of them on a
 * cross-origin POST, PUT, PATCH or DELETE, so their absence means no browser (curl, another
 * server, the tests), and those have no victim's cookie to ride on. SameSite=Strict still stands
 * behind this for a browser old enough to send neither.
 *
 * `ownOrigin` is SAMPLAN_PUBLIC_URL's origin when set; otherwise the origin the request itself
 * names (its scheme and Host), which is right when the browser talks to the server directly.
 */
export function sameOriginOnly(ownOrigin: (c: Context<AppEnv>) => string): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!STATE_CHANGING.has(c.req.method)) return next();
    const site = c.req.header("sec-fetch-site");
    const origin = c.req.header("origin");
    const refusal =
      site !== undefined && !OWN_FETCH_SITES.has(site)
        ? `Sec-Fetch-Site is ${site}`
        : origin !== undefined && origin !== ownOrigin(c)
          ? `Origin ${origin} is not this server's`
          : null;
    if (refusal) throw new HttpRefusal(403, "cross_origin", `Refused a request from another site (${refusal})`);
    await next();
  };
}

/**
 * The origin the request was addressed to: its Host, with the scheme it came over, or the one a
 * trusted proxy (SAMPLAN_TRUST_PROXY) says in X-Forwarded-Proto, so a proxy that terminates TLS
 * does not make every https page look foreign. Only the nearest proxy's word counts: it is the
 * one that wrote the header last.
 */
export function requestOrigin(c: Context<AppEnv>, trustProxy: TrustProxy): string {
  const url = new URL(c.req.url);
  const peer = c.env.incoming.socket.remoteAddress;
  const forwarded = c.req.header("x-forwarded-proto")?.split(",").at(-1)?.trim().toLowerCase();
  if (peer && trustProxy.trusts(peer, 0) && (forwarded === "https" || forwarded === "http")) {
    return `${forwarded}://${url.host}`;
  }
  return url.origin;
}
