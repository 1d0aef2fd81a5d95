import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./AppEnv.ts";

/**
 * `Cache-Control: no-store` on every API answer, refusals included, unless its route chose its
 * own: an answer names people and their cases, and no HTTP cache on the way (a municipal proxy,
 * the browser's disk cache on a shared PC) may keep it.
 *
 * The service worker's offline copies of /api/session, /api/auth and a meeting (client/vite.config.ts)
 * are not an HTTP cache: Workbox's NetworkFirst puts what its cacheableResponse plugin accepts
 * (status 200; it looks at no Cache-Control) into the Cache API, which ignores Cache-Control too.
 * Those copies are the app's own, deleted at sign-out and not served past the session's end.
 */
export function noStore(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    if (!c.res.headers.has("Cache-Control")) c.header("Cache-Control", "no-store");
  };
}
