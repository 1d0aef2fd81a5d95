import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { ApiError, AuditTrail } from "@samplan/shared/api";
import { CaseId } from "@samplan/shared/model";
import { z } from "zod";
import type { AppEnv } from "../AppEnv.ts";
import type { Services } from "../Services.ts";
import { requireCoordinatorOf } from "./guards.ts";
import { json } from "./openapi.ts";

export function registerAuditRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/cases/{caseId}/audit",
      summary: "The case's audit trail, newest first (the coordinator)",
      request: { params: z.object({ caseId: CaseId }) },
      responses: {
        200: json(AuditTrail, "Events"),
        404: json(ApiError, "No such case (or not yours)"),
      },
    }),
    async (c) => {
      const { caseId } = c.req.valid("param");
      await requireCoordinatorOf(c, s, caseId, "read the audit trail");
      return c.json({ events: await s.audit.forCase(caseId) }, 200);
    },
  );
}
