import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { ApiError, apiRoutes, Case, CaseExportQuery, CloseCaseBody, UpdateCaseBody } from "@samplan/shared/api";
import { z } from "zod";
import { actorOf } from "../../access/Access.ts";
import { closeCase } from "../../cases/closeCase.ts";
import { readableCaseMarkdown } from "../../cases/readableCaseExport.ts";
import { readableCaseHtml } from "../../cases/readableCaseHtml.ts";
import { danishDate } from "../../minutes/minutesMarkdown.ts";
import { minutesPdf } from "../../minutes/minutesPdf.ts";
import type { AppEnv } from "../AppEnv.ts";
import { HttpRefusal, refuse } from "../errors.ts";
import type { Services } from "../Services.ts";
import { requireCoordinatorOf } from "./guards.ts";
import { endpoint, json, refusals as refusalsFor } from "./openapi.ts";

const refusals = refusalsFor("Only the case's coordinator", "No such case (or not yours)");

/** The case as a whole: its filing metadata, the citizen's data export, closing it and deleting it. */
export function registerCaseFileRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.updateCase),
      summary: "Set the case number and KLE classification the minutes are filed by",
      request: {
        params: apiRoutes.updateCase.params,
        body: { ...json(UpdateCaseBody, "What changes"), required: true },
      },
      responses: { 200: json(Case, "The case"), ...refusals },
    }),
    async (c) => {
      const { caseId } = c.req.valid("param");
      const principal = await requireCoordinatorOf(c, s, caseId, "change the case");
      const updated = await s.transaction(async (t) => {
        const kase = await t.cases.updateCase(caseId, c.req.valid("json"));
        if (!kase) throw refuse.notFound("case");
        await t.audit.record({
          ...actorOf(principal),
          action: "case-updated",
          caseId,
          details: { fields: Object.keys(c.req.valid("json")) },
        });
        return kase;
      });
      return c.json(updated, 200);
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.caseExport),
      summary:
        "Everything held about the citizen in this case, including who accessed their meetings and when: JSON for machines, or a PDF or HTML page in plain Danish for her to read",
      request: { params: apiRoutes.caseExport.params, query: CaseExportQuery },
      responses: {
        200: {
          description: "The export",
          content: {
            "application/json": { schema: z.record(z.string(), z.unknown()) },
            "application/pdf": { schema: z.string() },
            "text/html": { schema: z.string() },
          },
        },
        ...refusals,
      },
    }),
    async (c) => {
      const { caseId } = c.req.valid("param");
      const { format } = c.req.valid("query");
      const principal = await requireCoordinatorOf(c, s, caseId, "export the case");
      if (format === "json") {
        const data = await s.caseData.export(caseId);
        if (!data) throw refuse.notFound("case");
        await s.audit.record({ ...actorOf(principal), action: "case-exported", caseId, details: { format } });
        c.header("Content-Disposition", `attachment; filename="samplan-${caseId}.json"`);
        return c.json(data, 200);
      }
      const readable = await s.caseData.readable(caseId, s.record);
      if (!readable) throw refuse.notFound("case");
      const markdown = readableCaseMarkdown(readable);
      const body =
        format === "pdf"
          ? new Uint8Array(await minutesPdf(markdown, `UDTRÆK · ${danishDate(readable.exportedAt, true)}`))
          : new TextEncoder().encode(readableCaseHtml(markdown, `Det har Samplan om dig: ${readable.citizenName}`));
      await s.audit.record({ ...actorOf(principal), action: "case-exported", caseId, details: { format } });
      c.header("Content-Disposition", `attachment; filename="samplan-${caseId}.${format}"`);
      return c.body(body, 200, {
        "Content-Type": format === "pdf" ? "application/pdf" : "text/html; charset=utf-8",
      });
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.deleteCase),
      summary: "Delete the case and everything in it: documents, versions, invitations, consents, its audit trail",
      request: { params: apiRoutes.deleteCase.params },
      responses: { 204: { description: "Deleted" }, ...refusals },
    }),
    async (c) => {
      const { caseId } = c.req.valid("param");
      const principal = await requireCoordinatorOf(c, s, caseId, "delete the case", { whenClosed: "allow-changes" });
      const deleted = await s.caseData.delete(caseId, actorOf(principal));
      if (!deleted) throw refuse.notFound("case");
      await s.live.change({ scope: { caseId }, effect: "withdrawn" });
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.closeCase),
      summary:
        "Close the case (forløbet afsluttet): read-only from now on and kept until deleted; meetings not yet begun are cancelled, step links withdrawn",
      request: {
        params: apiRoutes.closeCase.params,
        body: { ...json(CloseCaseBody, "Why the case ends"), required: true },
      },
      responses: {
        200: json(Case, "The closed case"),
        ...refusals,
        409: json(ApiError, "Already closed, or a meeting has begun and is not closed yet"),
      },
    }),
    async (c) => {
      const { caseId } = c.req.valid("param");
      const principal = await requireCoordinatorOf(c, s, caseId, "close the case");
      const outcome = await closeCase({ ...s, repos: s }, caseId, c.req.valid("json").reason, actorOf(principal));
      if ("refusal" in outcome) {
        throw outcome.refusal === "already-closed"
          ? new HttpRefusal(409, "case_closed", "The case is closed already")
          : new HttpRefusal(409, "conflict", `Close the meeting "${outcome.title}" first: it has begun`);
      }
      const closed = await s.cases.find(caseId);
      if (!closed) throw refuse.notFound("case");
      return c.json(closed, 200);
    },
  );
}
