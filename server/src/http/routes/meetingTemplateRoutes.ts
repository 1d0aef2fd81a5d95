import { randomBytes } from "node:crypto";
import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { ApiError, apiRoutes, MeetingTemplate, MeetingTemplates } from "@samplan/shared/api";
import { actorOf, type TemplateRefusal } from "../../access/Access.ts";
import { publicTemplate } from "../../storage/MeetingTemplateRepository.ts";
import type { AppEnv } from "../AppEnv.ts";
import { HttpRefusal, refuse } from "../errors.ts";
import type { Services } from "../Services.ts";
import { requireStaff } from "../session.ts";
import { endpoint, json } from "./openapi.ts";

const refusals = {
  400: json(ApiError, "Invalid body or id"),
  401: json(ApiError, "Not signed in"),
  403: json(ApiError, "Not a coordinator, or a method of Samplan's own"),
  404: json(ApiError, "No such method that you may see"),
};

function refusal(why: TemplateRefusal): HttpRefusal {
  if (why === "built-in") {
    return new HttpRefusal(403, "forbidden", "Samplan's own meeting methods cannot be changed, only copied");
  }
  return why === "not-coordinator" ? refuse.forbidden("make meeting methods") : refuse.notFound("meeting method");
}

/**
 * A new family's name: readable from the method's name, with a random tail so two coordinators'
 * "Vores møde" never meet, and only [a-z0-9-], so the id never reads as an address.
 */
function newFamily(name: string): string {
  const readable = name
    .toLowerCase()
    .replaceAll("æ", "ae")
    .replaceAll("ø", "oe")
    .replaceAll("å", "aa")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
  return `${readable || "metode"}-${randomBytes(4).toString("hex")}`;
}

/** The meeting methods to plan a meeting from, and a coordinator's own copies of them (issue 20 part 5). */
export function registerMeetingTemplateRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.meetingTemplates),
      summary:
        "The meeting methods a meeting can start from, the latest version of each: Samplan's own, and the copies of your team (or your own, without a team) (staff)",
      responses: { 200: json(MeetingTemplates, "The templates") },
    }),
    async (c) => {
      const staff = requireStaff(c);
      return c.json({ templates: (await s.access.templatesFor(staff)).map(publicTemplate) }, 200);
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.copyMeetingTemplate),
      summary:
        "Copy a meeting method and adjust it: a new method of your team's (or your own), version 1 (coordinators)",
      request: {
        body: {
          ...json(apiRoutes.copyMeetingTemplate.body, "What it is copied from, and as adjusted"),
          required: true,
        },
      },
      responses: { 201: json(MeetingTemplate, "The new method"), ...refusals },
    }),
    async (c) => {
      const staff = requireStaff(c);
      const { copiedFrom, ...content } = c.req.valid("json");
      const entry = await s.access.templateToChange(staff, copiedFrom, "copy");
      if ("refusal" in entry) throw refusal(entry.refusal);
      const made = await s.transaction(async (t) => {
        const template = await t.templates.insert({
          ...content,
          family: newFamily(content.name),
          version: 1,
          createdBy: staff.name,
          ownerTeamId: entry.owner.teamId,
          ownerAccountId: entry.owner.accountId,
        });
        await t.audit.record({
          ...actorOf(staff),
          action: "meeting-template-created",
          details: { template: template.id, copiedFrom, phases: content.phases.length },
        });
        return template;
      });
      return c.json(publicTemplate(made), 201);
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.reviseMeetingTemplate),
      summary:
        "Change one of your (team's) meeting methods: a new version of it; the meetings that used the older ones keep them (coordinators)",
      request: {
        params: apiRoutes.reviseMeetingTemplate.params,
        body: { ...json(apiRoutes.reviseMeetingTemplate.body, "The method as changed"), required: true },
      },
      responses: {
        201: json(MeetingTemplate, "The new version"),
        ...refusals,
        409: json(ApiError, "Not the latest version: someone changed it since"),
      },
    }),
    async (c) => {
      const staff = requireStaff(c);
      const { templateId } = c.req.valid("param");
      const content = c.req.valid("json");
      const entry = await s.access.templateToChange(staff, templateId, "revise");
      if ("refusal" in entry) throw refusal(entry.refusal);
      const { template } = entry;
      const made = await s.transaction(async (t) => {
        // Changed from a version that is no longer the latest would undo a colleague's change unseen.
        if ((await t.templates.latestVersion(template.family)) !== template.version) return null;
        const next = await t.templates.insert({
          ...content,
          family: template.family,
          version: template.version + 1,
          createdBy: staff.name,
          ownerTeamId: entry.owner.teamId,
          ownerAccountId: entry.owner.accountId,
        });
        await t.audit.record({
          ...actorOf(staff),
          action: "meeting-template-changed",
          details: { template: next.id, previous: template.id, phases: content.phases.length },
        });
        return next;
      });
      if (!made) {
        throw new HttpRefusal(
          409,
          "conflict",
          "This method has been changed since; open it again and make your change there",
        );
      }
      return c.json(publicTemplate(made), 201);
    },
  );
}
