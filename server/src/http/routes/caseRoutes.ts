import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import {
  ApiError,
  Case,
  CaseList,
  CaseWithMeetings,
  CreateCaseBody,
  CreateMeetingBody,
  Meeting,
} from "@samplan/shared/api";
import { CaseId } from "@samplan/shared/model";
import { z } from "zod";
import type { CaseRepository } from "../../storage/CaseRepository.ts";
import { apiError } from "../errors.ts";

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { "application/json": { schema } },
  description,
});
const CaseParams = z.object({ caseId: CaseId.describe("The case's id") });

export function registerCaseRoutes(app: OpenAPIHono, cases: CaseRepository): void {
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/cases",
      summary: "List cases, newest first",
      responses: { 200: json(CaseList, "The cases") },
    }),
    async (c) => c.json({ cases: await cases.listCases() }, 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/cases",
      summary: "Create a case for a citizen",
      request: { body: { ...json(CreateCaseBody, "The citizen's display name"), required: true } },
      responses: { 201: json(Case, "The new case"), 400: json(ApiError, "Invalid body") },
    }),
    async (c) => c.json(await cases.createCase(c.req.valid("json")), 201),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/cases/{caseId}",
      summary: "A case with its meetings, newest first",
      request: { params: CaseParams },
      responses: {
        200: json(CaseWithMeetings, "The case"),
        400: json(ApiError, "Malformed id"),
        404: json(ApiError, "No such case"),
      },
    }),
    async (c) => {
      const found = await cases.getCase(c.req.valid("param").caseId);
      return found ? c.json(found, 200) : apiError(c, 404, "not_found", "No such case");
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/cases/{caseId}/meetings",
      summary: "Plan a meeting in a case",
      request: { params: CaseParams, body: { ...json(CreateMeetingBody, "Title and start"), required: true } },
      responses: {
        201: json(Meeting, "The new meeting"),
        400: json(ApiError, "Invalid body or id"),
        404: json(ApiError, "No such case"),
      },
    }),
    async (c) => {
      const meeting = await cases.createMeeting(c.req.valid("param").caseId, c.req.valid("json"));
      return meeting ? c.json(meeting, 201) : apiError(c, 404, "not_found", "No such case");
    },
  );
}
