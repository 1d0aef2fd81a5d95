import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { ApiError, AuditTrail, AuditTrailQuery, apiRoutes, CaseTombstone } from "@samplan/shared/api";
import { z } from "zod";
import type { AppEnv } from "../AppEnv.ts";
import { refuse } from "../errors.ts";
import type { Services } from "../Services.ts";
import { requireStaff } from "../session.ts";
import { requireCoordinatorOf } from "./guards.ts";
import { endpoint, json } from "./openapi.ts";

export function registerAuditRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.auditTrail),
      summary: "The case's audit trail, newest first, a page at a time (the coordinator)",
      request: { params: apiRoutes.auditTrail.params, query: AuditTrailQuery },
      responses: {
        200: json(AuditTrail, "Events"),
        404: json(ApiError, "No such case (or not yours)"),
      },
    }),
    async (c) => {
      const { caseId } = c.req.valid("param");
      await requireCoordinatorOf(c, s, caseId, "read the audit trail");
      return c.json(await s.audit.forCase(caseId, c.req.valid("query")), 200);
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.caseTombstones),
      summary: "What stays of deleted cases: which case, who deleted it and when (coordinators)",
      responses: {
        200: json(z.object({ tombstones: z.array(CaseTombstone) }), "Newest first"),
        401: json(ApiError, "Not signed in"),
        403: json(ApiError, "Coordinators only"),
      },
    }),
    async (c) => {
      const staff = requireStaff(c);
      if (staff.role !== "koordinator") throw refuse.forbidden("read the deleted cases");
      return c.json({ tombstones: await s.caseData.tombstones() }, 200);
    },
  );
}
