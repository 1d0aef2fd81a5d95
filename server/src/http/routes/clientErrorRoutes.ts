import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { ApiError, apiRoutes, ClientErrorLogged, ClientErrorReport } from "@samplan/shared/api";
import { clientAddress } from "../../network/clientAddress.ts";
import type { AppEnv } from "../AppEnv.ts";
import type { Services } from "../Services.ts";
import { endpoint, json } from "./openapi.ts";

/**
 * A part of a page that failed to draw in someone's browser (issue 19): the page shows "Prøv igen"
 * and the fault lands in the server's log under this request's id, which the page shows so a
 * support call can find it. Anyone may report, signed in or not (the sign-in page can fail too);
 * the report holds no text of the case (see ClientErrorReport), and each address is limited.
 */
export function registerClientErrorRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.reportClientError),
      summary: "Report a part of a page that failed to draw, for the server's log",
      request: { body: { ...json(ClientErrorReport, "Where and what kind of fault"), required: true } },
      responses: {
        202: json(ClientErrorLogged, "Logged under this request id"),
        400: json(ApiError, "Not a report this server understands; `issues` names each field"),
        429: json(ApiError, "Too many reports from this address; Retry-After says when to try again"),
      },
    }),
    async (c) => {
      await s.limits.clientErrors.take(clientAddress(c.env.incoming, s.config.trustProxy));
      const report = c.req.valid("json");
      const requestId = c.get("requestId");
      // A warning: the server is well, one browser's page is not.
      s.log.warn(
        {
          requestId,
          part: report.part,
          kind: report.kind,
          name: report.name,
          frames: report.frames,
          route: report.route,
          principal: c.get("principal")?.kind ?? "none",
        },
        "a page failed to draw in a browser",
      );
      return c.json({ requestId }, 202);
    },
  );
}
