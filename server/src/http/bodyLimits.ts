import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AppEnv } from "./AppEnv.ts";
import { apiError } from "./errors.ts";

/**
 * The largest body any route takes. The biggest JSON Samplan sends is a case or a roster, a few
 * kilobytes; a meeting's content goes over the websocket, with its own limit.
 */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Refuses a larger body while it is read, before anything parses it: a declared Content-Length
 * over the limit is answered 413 before a byte of the body is read, and a streamed body is cut off
 * at the limit. An upload route that needs more would get its own, larger limit on its path.
 */
export function bodyLimits(): MiddlewareHandler<AppEnv> {
  return bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => {
      // The rest of the upload is not wanted: the connection is closed once this answer is sent.
      c.header("Connection", "close");
      return apiError(c, 413, "payload_too_large", `The body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB`);
    },
  });
}
