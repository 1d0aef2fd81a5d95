import { accountRoutes } from "./routes/accountRoutes.ts";
import { caseRoutes } from "./routes/caseRoutes.ts";
import { consentRoutes } from "./routes/consentRoutes.ts";
import { deskRoutes } from "./routes/deskRoutes.ts";
import { handoverRoutes } from "./routes/handoverRoutes.ts";
import { meetingRatingRoutes } from "./routes/meetingRatingRoutes.ts";
import { meetingRoutes } from "./routes/meetingRoutes.ts";
import { methodRoutes } from "./routes/methodRoutes.ts";
import { preparationRoutes } from "./routes/preparationRoutes.ts";
import { progressRoutes } from "./routes/progressRoutes.ts";
import { recordRoutes } from "./routes/recordRoutes.ts";
import { rosterRoutes } from "./routes/rosterRoutes.ts";
import { serverRoutes } from "./routes/serverRoutes.ts";
import { sessionRoutes } from "./routes/sessionRoutes.ts";
import { stepLinkRoutes } from "./routes/stepLinkRoutes.ts";
import { teamRoutes } from "./routes/teamRoutes.ts";

/**
 * The route table by area, one file each in routes/. The client calls through the areas a page
 * uses, so a page loads the schemas of the routes it calls and no others (issue 25: the whole
 * table was on every first load); the server and the tests use the whole table below.
 */
export const apiRouteAreas = {
  sessionRoutes,
  accountRoutes,
  deskRoutes,
  caseRoutes,
  progressRoutes,
  handoverRoutes,
  rosterRoutes,
  consentRoutes,
  meetingRoutes,
  recordRoutes,
  teamRoutes,
  stepLinkRoutes,
  preparationRoutes,
  meetingRatingRoutes,
  methodRoutes,
  serverRoutes,
} as const;

/**
 * Every endpoint of the HTTP API, in one table: the server registers its routes from it, and the
 * client and the tests build their paths from it with `pathOf`, so a path is spelled once.
 */
export const apiRoutes = {
  ...sessionRoutes,
  ...accountRoutes,
  ...deskRoutes,
  ...caseRoutes,
  ...progressRoutes,
  ...handoverRoutes,
  ...rosterRoutes,
  ...consentRoutes,
  ...meetingRoutes,
  ...recordRoutes,
  ...teamRoutes,
  ...stepLinkRoutes,
  ...preparationRoutes,
  ...meetingRatingRoutes,
  ...methodRoutes,
  ...serverRoutes,
} as const;
