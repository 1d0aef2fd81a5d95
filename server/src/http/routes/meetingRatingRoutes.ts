import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { ApiError, apiRoutes, CaseMeetingRatings, MeetingRatingBody, OwnMeetingRating } from "@samplan/shared/api";
import type { MeetingId } from "@samplan/shared/vocabulary";
import type { Context } from "hono";
import type { MeetingAccess } from "../../access/Access.ts";
import type { RatingRefusal } from "../../meetingRating/MeetingRatings.ts";
import type { AppEnv } from "../AppEnv.ts";
import { HttpRefusal, refuse } from "../errors.ts";
import type { Services } from "../Services.ts";
import { requirePrincipal } from "../session.ts";
import { requireMemberOf, requireOpenCaseFor } from "./guards.ts";
import { endpoint, json, refusals as refusalsFor } from "./openapi.ts";

const refusals = {
  ...refusalsFor("Only the citizen herself, on her own link or code, answers how the meeting was", "No such meeting"),
  409: json(ApiError, "The meeting has not started, or its minutes are approved"),
};

function refusal(why: RatingRefusal): HttpRefusal {
  switch (why) {
    case "meeting-gone":
      return refuse.notFound("meeting");
    case "not-started":
      return new HttpRefusal(409, "conflict", "The meeting has not started: it is rated as it ends");
    case "record-approved":
      return new HttpRefusal(409, "conflict", "The minutes are approved: the answers are part of the record now");
  }
}

/** The citizen herself, or a refusal: the rule is Access's, the same on every instance. */
async function requireTheCitizen(c: Context<AppEnv>, s: Services, meetingId: MeetingId): Promise<MeetingAccess> {
  const entry = await s.access.citizenOwnEntry(requirePrincipal(c), meetingId);
  if ("access" in entry) {
    requireOpenCaseFor(c, entry.access);
    return entry.access;
  }
  if (entry.refusal === "not-the-citizen") throw refuse.forbidden("answer how the meeting was for the citizen");
  if (entry.refusal === "consent-withdrawn") {
    throw new HttpRefusal(403, "consent_required", "The citizen's consent does not cover you in this case");
  }
  throw refuse.notFound("meeting");
}

/** How the meeting was for the citizen (issue 20): see MeetingRatings. */
export function registerMeetingRatingRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.meetingRating),
      summary: "The citizen's own answers on how the meeting was for her, and whether she may still change them",
      request: { params: apiRoutes.meetingRating.params },
      responses: { 200: json(OwnMeetingRating, "Her answers, or none yet"), ...refusals },
    }),
    async (c) => {
      const { meetingId } = c.req.valid("param");
      const outcome = await s.meetingRating.own(await requireTheCitizen(c, s, meetingId));
      if ("refusal" in outcome) throw refusal(outcome.refusal);
      return c.json(outcome.own, 200);
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.rateMeeting),
      summary: "Keeps her answers (1–5 each, or none) and whether the network may see them; again replaces them",
      request: {
        params: apiRoutes.rateMeeting.params,
        body: { ...json(MeetingRatingBody, "Her four answers and whether the network may see them"), required: true },
      },
      responses: { 200: json(OwnMeetingRating, "Her answers as kept"), ...refusals },
    }),
    async (c) => {
      const { meetingId } = c.req.valid("param");
      const access = await requireTheCitizen(c, s, meetingId);
      const outcome = await s.meetingRating.rate(access, c.req.valid("json"));
      if ("refusal" in outcome) throw refusal(outcome.refusal);
      return c.json(outcome.own, 200);
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.meetingRatings),
      summary:
        "How the citizen rated the case's meetings, oldest first: all for the coordinator and her, the ones she shared for the rest",
      request: { params: apiRoutes.meetingRatings.params },
      responses: {
        200: json(CaseMeetingRatings, "Her rated meetings"),
        ...refusalsFor("Your role may not do this", "No such case (or not yours)"),
      },
    }),
    async (c) => {
      const { caseId } = c.req.valid("param");
      const access = await requireMemberOf(c, s, caseId);
      // Across meetings, as the progress view it is shown in: not for a guest let into one meeting.
      if (!access.wholeCase) throw refuse.notFound("case");
      return c.json(await s.meetingRating.ofCase(requirePrincipal(c), access), 200);
    },
  );
}
