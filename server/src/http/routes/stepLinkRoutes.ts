import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import {
  ApiError,
  apiRoutes,
  CalendarFeed,
  ChooseRemindersBody,
  CreatedStepLink,
  CreateStepLinkBody,
  OwnReminders,
  StepAnswerBody,
  StepLinkSecret,
  StepLinkView,
  StepUpdate,
} from "@samplan/shared/api";
import type { Context } from "hono";
import { actorOf } from "../../access/Access.ts";
import { clientAddress } from "../../network/clientAddress.ts";
import { stepDeadlines } from "../../steps/StepCalendar.ts";
import type { StepLinkCreationRefusal, StepLinkRefusal } from "../../steps/StepFollowUp.ts";
import type { AppEnv } from "../AppEnv.ts";
import { HttpRefusal, refuse } from "../errors.ts";
import type { Services } from "../Services.ts";
import { requireCoordinatorOf, requireCoordinatorOfMeeting } from "./guards.ts";
import { endpoint, json, refusals as refusalsFor } from "./openapi.ts";

const refusals = refusalsFor("Only the case's coordinator makes step links", "No such meeting, step or link");

const linkRefusals = {
  403: json(ApiError, "The link has run out or was withdrawn, or the citizen's consent no longer covers its owner"),
  404: json(ApiError, "No such link, or its step is gone"),
  429: json(ApiError, "Too many wrong links from this address"),
};

function creationRefusal(why: StepLinkCreationRefusal): HttpRefusal {
  if (why === "step-not-found") return refuse.notFound("step");
  if (why === "consent-required")
    return new HttpRefusal(409, "consent_required", "The citizen's consent does not cover the step's owner");
  return new HttpRefusal(
    409,
    "conflict",
    "The step's owner is not on the case's roster: add them, or name them on the step",
  );
}

function linkRefusal(why: StepLinkRefusal): HttpRefusal {
  switch (why) {
    case "step-link-invalid":
      return new HttpRefusal(404, "step_link_invalid", "This link is not one of ours");
    case "step-link-expired":
      return new HttpRefusal(403, "step_link_expired", "This link has run out");
    case "step-link-revoked":
      return new HttpRefusal(403, "step_link_revoked", "This link was withdrawn");
    case "consent-withdrawn":
      return new HttpRefusal(403, "consent_required", "The citizen's consent no longer covers you");
    case "step-gone":
      return refuse.notFound("step");
  }
}

/**
 * Between meetings (issue 18): the coordinator makes a personal link to one next step for its
 * owner, who answers from it without signing in. The owner's requests carry the link's secret in
 * their body, never in a URL, and wrong secrets count against the address like wrong join links.
 */
export function registerStepLinkRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.createStepLink),
      summary: "Make a personal link for the owner of one of the meeting's next steps",
      request: {
        params: apiRoutes.createStepLink.params,
        body: { ...json(CreateStepLinkBody, "Which step, and for how many days"), required: true },
      },
      responses: {
        201: json(CreatedStepLink, "The link; its secret is shown only now"),
        ...refusals,
        409: json(ApiError, "The step's owner is not on the roster, or the consent does not cover them"),
      },
    }),
    async (c) => {
      const { meetingId } = c.req.valid("param");
      const { principal, access } = await requireCoordinatorOfMeeting(c, s, meetingId, "make step links");
      const { stepId, days } = c.req.valid("json");
      const outcome = await s.stepFollowUp.createLink({
        caseId: access.caseId,
        meetingId,
        stepId,
        days,
        by: actorOf(principal),
      });
      if ("refusal" in outcome) throw creationRefusal(outcome.refusal);
      return c.json(outcome.created, 201);
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.revokeStepLink),
      summary: "Withdraw a step's link: it opens nothing from now on",
      request: { params: apiRoutes.revokeStepLink.params },
      responses: { 204: { description: "Withdrawn (or it already was)" }, ...refusals },
    }),
    async (c) => {
      const { caseId, linkId } = c.req.valid("param");
      const principal = await requireCoordinatorOf(c, s, caseId, "withdraw step links");
      if (!(await s.stepFollowUp.revokeLink(caseId, linkId, actorOf(principal)))) throw refuse.notFound("link");
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.openStepLink),
      summary: "The step a personal link opens, for its owner (no sign-in: the secret is the key)",
      request: { body: { ...json(StepLinkSecret, "The secret after the link's #"), required: true } },
      responses: { 200: json(StepLinkView, "The step and the answers so far"), ...linkRefusals },
    }),
    async (c) => {
      const { secret } = c.req.valid("json");
      const outcome = await counted(c, s, () => s.stepFollowUp.open(secret));
      return c.json(outcome.view, 200);
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.answerStep),
      summary: "The owner's answer: Gjort, I gang, Det driller or Ikke endnu, with a sentence and a date if she likes",
      request: { body: { ...json(StepAnswerBody, "The answer"), required: true } },
      responses: {
        201: json(StepUpdate, "The answer as recorded"),
        400: json(ApiError, "Invalid body"),
        ...linkRefusals,
      },
    }),
    async (c) => {
      const body = c.req.valid("json");
      const outcome = await counted(c, s, () => s.stepFollowUp.answer(body));
      return c.json(outcome.update, 201);
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.createCalendarFeed),
      summary: "The owner makes the secret address of their step deadlines as a calendar; an earlier one stops working",
      request: { body: { ...json(StepLinkSecret, "The secret after the link's #"), required: true } },
      responses: { 201: json(CalendarFeed, "The calendar's address, shown only now"), ...linkRefusals },
    }),
    async (c) => {
      const { secret } = c.req.valid("json");
      const outcome = await counted(c, s, () => s.stepFollowUp.calendarFeed(secret));
      return c.json(outcome.feed, 201);
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.calendarFeed),
      summary:
        "A person's step deadlines as iCalendar, for their calendar to subscribe to (the secret is the file name; a calendar program sends no body)",
      request: { params: apiRoutes.calendarFeed.params },
      responses: {
        200: { description: "The deadlines (text/calendar)" },
        404: json(ApiError, "No such calendar, or it no longer opens anything"),
        429: json(ApiError, "Too many wrong addresses from here"),
      },
    }),
    async (c) => {
      const { file } = c.req.valid("param");
      const attempt = await s.limits.joinLink.attempt(clientAddress(c.env.incoming, s.config.trustProxy));
      const feed = await s.calendarFeeds.findInForce(file.slice(0, -".ics".length));
      if (!feed) {
        await attempt.failed();
        throw refuse.notFound("calendar");
      }
      await attempt.succeeded();
      const calendar = await stepDeadlines({ repos: s, documents: s.documents }, feed);
      if (calendar === null) throw refuse.notFound("calendar");
      return c.body(calendar, 200, { "Content-Type": "text/calendar; charset=utf-8" });
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.chooseReminders),
      summary: "The owner chooses from the link whether Samplan reminds them by e-mail",
      request: { body: { ...json(ChooseRemindersBody, "E-mail or none"), required: true } },
      responses: {
        200: json(OwnReminders, "How they are reminded now"),
        400: json(ApiError, "Invalid body"),
        ...linkRefusals,
      },
    }),
    async (c) => {
      const body = c.req.valid("json");
      const outcome = await counted(c, s, () => s.stepFollowUp.chooseReminders(body));
      return c.json(outcome.reminders, 200);
    },
  );
}

/** Runs `work` as one try of a link's secret: a secret that was never issued is a wrong guess. */
async function counted<T extends object>(
  c: Context<AppEnv>,
  s: Services,
  work: () => Promise<T | { refusal: StepLinkRefusal }>,
): Promise<T> {
  const attempt = await s.limits.joinLink.attempt(clientAddress(c.env.incoming, s.config.trustProxy));
  const outcome = await work();
  if ("refusal" in outcome) {
    await (outcome.refusal === "step-link-invalid" ? attempt.failed() : attempt.succeeded());
    throw linkRefusal(outcome.refusal);
  }
  await attempt.succeeded();
  return outcome as T;
}
