import { createHash, timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { clientAddress, isLoopback } from "../network/clientAddress.ts";
import type { TrustProxy } from "../network/TrustProxy.ts";
import type { AppEnv } from "./AppEnv.ts";

/**
 * Who may read /metrics: a scraper on this machine (loopback, as clientAddress resolves it, so a
 * proxy on this machine does not make every outside request local), or anyone presenting
 * `Authorization: Bearer <SAMPLAN_METRICS_TOKEN>`. Anyone else gets the same 404 as a path that
 * does not exist, so the endpoint is not advertised.
 */
export function metricsAccess(options: {
  token: string | undefined;
  trustProxy: TrustProxy;
}): MiddlewareHandler<AppEnv> {
  const expected = options.token ? digest(options.token) : null;
  return async (c, next) => {
    const presented = /^Bearer (.+)$/.exec(c.req.header("authorization") ?? "")?.[1];
    // Compared as digests of equal length, in constant time: the time taken says nothing about
    // how much of a guess was right.
    const tokenFits = expected !== null && presented !== undefined && timingSafeEqual(digest(presented), expected);
    if (tokenFits || isLoopback(clientAddress(c.env.incoming, options.trustProxy))) return next();
    return c.text("Not Found", 404);
  };
}

function digest(text: string): Buffer {
  return createHash("sha256").update(text).digest();
}
