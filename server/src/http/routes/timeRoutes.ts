import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { apiRoutes } from "@samplan/shared/api";
import { z } from "zod";
import type { AppEnv } from "../AppEnv.ts";
import { endpoint, json } from "./openapi.ts";

/**
 * The server's clock, so a client can work out how far its own is off and show the chair's
 * timers (stamped by the server) the same as every other device.
 */
export function registerTimeRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.time),
      summary: "The server's clock, in milliseconds since 1970",
      responses: { 200: json(z.object({ now: z.number() }), "Now, by the server") },
    }),
    (c) => {
      c.header("Cache-Control", "no-store");
      return c.json({ now: Date.now() }, 200);
    },
  );
}
