import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { ApiError, apiRoutes, DeviceKey } from "@samplan/shared/api";
import type { AppEnv } from "../AppEnv.ts";
import type { Services } from "../Services.ts";
import { requirePrincipal, requireSessionId } from "../session.ts";
import { endpoint, json } from "./openapi.ts";

/**
 * The key this session's browser encrypts its copy of a meeting's plan with, so a copy left on a
 * shared tablet is unreadable once the session is gone (see auth/DeviceKeys.ts). Staff and guests
 * alike: whoever may open a meeting may keep it on the device.
 */
export function registerDeviceKeyRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.deviceKey),
      summary: "The key for this session's copy of a plan on the device",
      responses: {
        200: json(DeviceKey, "The same key for every call in this session, another in every other session"),
        401: json(ApiError, "Not signed in"),
      },
    }),
    (c) => {
      requirePrincipal(c);
      const key = s.deviceKeys.forSession(requireSessionId(c));
      // Neither the browser's cache nor a proxy may keep it past the session.
      c.header("Cache-Control", "no-store");
      return c.json({ key }, 200);
    },
  );
}
