import { z } from "zod";
import { HandedOver, HandOverBody } from "../Handover.ts";
import { AssignCoverBody, Cover, OpenAsTeamLeadBody, TeamOverview } from "../Team.ts";
import { TeamFigures } from "../TeamFigures.ts";
import { ofCase, route } from "./route.ts";

/** The team lead's team: its cases, who covers for whom, its figures, and reading or handing over a case. */
export const teamRoutes = {
  team: route({ method: "get", path: "/api/team", answer: TeamOverview }),
  assignCover: route({ method: "post", path: "/api/team/covers", body: AssignCoverBody, answer: Cover }),
  endCover: route({ method: "post", path: "/api/team/covers/:coverId/end", params: z.object({ coverId: z.uuid() }) }),
  teamFigures: route({ method: "get", path: "/api/team/figures", answer: TeamFigures }),
  handOverAsTeamLead: route({
    method: "post",
    path: "/api/team/cases/:caseId/handover",
    params: ofCase,
    body: HandOverBody,
    answer: HandedOver,
  }),
  openAsTeamLead: route({
    method: "post",
    path: "/api/team/cases/:caseId/open",
    params: ofCase,
    body: OpenAsTeamLeadBody,
  }),
} as const;
