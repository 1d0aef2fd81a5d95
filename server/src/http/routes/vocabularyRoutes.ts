import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { AddVocabularyBody, ApiError, apiRoutes, Vocabulary } from "@samplan/shared/api";
import { actorOf } from "../../access/Access.ts";
import type { AppEnv } from "../AppEnv.ts";
import { refuse } from "../errors.ts";
import type { Services } from "../Services.ts";
import { requirePrincipal, requireStaff } from "../session.ts";
import { endpoint, json } from "./openapi.ts";

export function registerVocabularyRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.vocabulary),
      summary: "Professions, organisations and meeting types to choose from",
      responses: { 200: json(Vocabulary, "The words") },
    }),
    async (c) => {
      requirePrincipal(c);
      return c.json(await s.vocabulary.all(), 200);
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.addVocabulary),
      summary: "Add a profession, organisation or meeting type (a coordinator)",
      request: { body: { ...json(AddVocabularyBody, "The request"), required: true } },
      responses: {
        201: json(Vocabulary, "The words, with the new one"),
        400: json(ApiError, "Invalid body"),
        403: json(ApiError, "Not a coordinator"),
      },
    }),
    async (c) => {
      const staff = requireStaff(c);
      if (staff.role !== "koordinator") throw refuse.forbidden("extend the vocabulary");
      const { kind, label } = c.req.valid("json");
      await s.transaction(async (t) => {
        await t.vocabulary.add(kind, label);
        await t.audit.record({ ...actorOf(staff), action: "vocabulary-added", details: { kind, label } });
      });
      return c.json(await s.vocabulary.all(), 201);
    },
  );
}
