import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { ApiError, apiRoutes, Preparation, PreparationBody } from "@samplan/shared/api";
import type { MeetingId } from "@samplan/shared/vocabulary";
import type { Context } from "hono";
import type { MeetingAccess } from "../../access/Access.ts";
import type { PreparationRefusal } from "../../preparation/CitizenPreparation.ts";
import type { AppEnv } from "../AppEnv.ts";
import { HttpRefusal, refuse } from "../errors.ts";
import type { Services } from "../Services.ts";
import { requirePrincipal } from "../session.ts";
import { requireOpenCaseFor } from "./guards.ts";
import { endpoint, json, refusals as refusalsFor } from "./openapi.ts";

const refusals = {
  ...refusalsFor(
    "Only the citizen herself, on her own link or code, reads and writes her preparation",
    "No such meeting",
  ),
  409: json(ApiError, "The meeting is closed, or she has shared her preparation already"),
};

function refusal(why: PreparationRefusal): HttpRefusal {
  switch (why) {
    case "meeting-gone":
      return refuse.notFound("meeting");
    case "meeting-closed":
      return new HttpRefusal(409, "meeting_closed", "The meeting is closed");
    case "already-shared":
      return new HttpRefusal(409, "conflict", "This preparation has been shared with the meeting already");
    case "unknown-goal":
      return new HttpRefusal(400, "bad_request", "A scale is for a goal that is not active in this meeting");
  }
}

/** The citizen herself, or a refusal: the rule is Access's, the same on every instance. */
async function requireTheCitizen(c: Context<AppEnv>, s: Services, meetingId: MeetingId): Promise<MeetingAccess> {
  const entry = await s.access.citizenOwnEntry(requirePrincipal(c), meetingId);
  if ("access" in entry) {
    requireOpenCaseFor(c, entry.access);
    return entry.access;
  }
  if (entry.refusal === "not-the-citizen") throw refuse.forbidden("read or write the citizen's preparation");
  if (entry.refusal === "consent-withdrawn") {
    throw new HttpRefusal(403, "consent_required", "The citizen's consent does not cover you in this case");
  }
  throw refuse.notFound("meeting");
}

/**
 * Before a meeting the citizen prepares (issue 18 part 3), and nobody else reads it until she
 * shares it: see CitizenPreparation.
 */
export function registerPreparationRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.preparation),
      summary: "The citizen's preparation for the meeting, as she left it, with the goals she can put her scale on",
      request: { params: apiRoutes.preparation.params },
      responses: { 200: json(Preparation, "Her preparation"), ...refusals },
    }),
    async (c) => {
      const { meetingId } = c.req.valid("param");
      const outcome = await s.preparation.read(await requireTheCitizen(c, s, meetingId));
      if ("refusal" in outcome) throw refusal(outcome.refusal);
      return c.json(outcome.preparation, 200);
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.savePreparation),
      summary: "Keeps the citizen's draft; nobody else sees it",
      request: {
        params: apiRoutes.savePreparation.params,
        body: { ...json(PreparationBody, "What went well, what she wants to talk about, her scales"), required: true },
      },
      responses: { 200: json(Preparation, "Her preparation as kept"), ...refusals },
    }),
    async (c) => {
      const { meetingId } = c.req.valid("param");
      const access = await requireTheCitizen(c, s, meetingId);
      const outcome = await s.preparation.save(access, c.req.valid("json"));
      if ("refusal" in outcome) throw refusal(outcome.refusal);
      return c.json(outcome.preparation, 200);
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.sharePreparation),
      summary: "Vis det til mødet: her points open the agenda, what went well and her scales go into the plan",
      request: { params: apiRoutes.sharePreparation.params },
      responses: { 200: json(Preparation, "Shared"), ...refusals },
    }),
    async (c) => {
      const { meetingId } = c.req.valid("param");
      const outcome = await s.preparation.share(await requireTheCitizen(c, s, meetingId));
      if ("refusal" in outcome) throw refusal(outcome.refusal);
      return c.json(outcome.preparation, 200);
    },
  );
}
