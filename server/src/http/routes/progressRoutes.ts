import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { apiRoutes, CaseProgress, StepsOverview } from "@samplan/shared/api";
import {
  goalSeries,
  type MeetingSnapshot,
  progressTimeline,
  rememberedFutures,
  stepsOverview,
} from "@samplan/shared/model";
import type { CaseId } from "@samplan/shared/vocabulary";
import type { Context } from "hono";
import { loadCaseMeetings } from "../../meetings/loadCaseMeetings.ts";
import type { AppEnv } from "../AppEnv.ts";
import { refuse } from "../errors.ts";
import type { Services } from "../Services.ts";
import { requireMemberOf } from "./guards.ts";
import { endpoint, json, refusals as refusalsFor } from "./openapi.ts";

const refusals = refusalsFor("Your role may not do this", "No such case (or not yours)");

/** The case over time: the progress view and the next-steps overview, for everyone in the case. */
export function registerProgressRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  const withMeetings = async <T>(
    c: Context<AppEnv>,
    caseId: CaseId,
    use: (meetings: MeetingSnapshot[]) => T,
  ): Promise<T> => {
    const access = await requireMemberOf(c, s, caseId);
    // The view spans every meeting of the case: for those who see the case as a whole, not for
    // whoever was let into one meeting of it (see Access's reachesWholeCase).
    if (!access.wholeCase) throw refuse.notFound("case");
    const snapshots = await loadCaseMeetings(s.documents, await s.meetings.ofCase(caseId));
    try {
      return use(snapshots);
    } finally {
      for (const snapshot of snapshots) snapshot.doc.destroy();
    }
  };

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.progress),
      summary: "Each goal's scales across the case's meetings, and the observations of progress by date",
      request: { params: apiRoutes.progress.params },
      responses: { 200: json(CaseProgress, "The case's progress"), ...refusals },
    }),
    async (c) => {
      const { caseId } = c.req.valid("param");
      const progress = await withMeetings(c, caseId, (meetings) => ({
        meetings: [...meetings]
          .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
          .map(({ meetingId, title, startsAt }) => ({ id: meetingId, title, startsAt })),
        goals: goalSeries(meetings),
        timeline: progressTimeline(meetings),
        futures: rememberedFutures(meetings, copenhagenToday()),
      }));
      return c.json(progress, 200);
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.steps),
      summary: "Every next step agreed in the case, who owns it, when it is due, and how it stands",
      request: { params: apiRoutes.steps.params },
      responses: { 200: json(StepsOverview, "The steps"), ...refusals },
    }),
    async (c) => {
      const { caseId } = c.req.valid("param");
      const steps = await withMeetings(c, caseId, (meetings) => stepsOverview(meetings, copenhagenToday()));
      const updates = await s.stepUpdates.latestByStep(caseId);
      const undelivered = await s.outbox.undeliveredSteps(caseId);
      return c.json(
        {
          steps: steps.map((step) => ({
            ...step,
            latestUpdate: updates.get(step.stepId) ?? null,
            mailUndelivered: undelivered.has(step.stepId),
          })),
        },
        200,
      );
    },
  );
}

/** Due dates and "a year later" are Danish calendar days: today in Copenhagen, not in UTC. */
function copenhagenToday(): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" }).format(new Date());
}
