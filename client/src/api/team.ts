import {
  type AssignCoverBody,
  teamRoutes as api,
  type Cover,
  type HandedOver,
  type HandOverBody,
  type OpenAsTeamLeadBody,
  type TeamFigures,
  type TeamOverview,
} from "@samplan/shared/api";
import { call } from "./request.ts";

// The team lead's team: its cases, covers and figures.

export function getTeam(): Promise<TeamOverview> {
  return call(api.team);
}

/** Opens one of the team's cases to read until midnight; the reason goes into the case's trail. */
export async function openAsTeamLead(caseId: string, reason: OpenAsTeamLeadBody["reason"]): Promise<void> {
  await call(api.openAsTeamLead, { params: { caseId }, body: { reason } });
}

/** The team lead gives a team case to another of its coordinators, with a note. */
export function handOverAsTeamLead(caseId: string, body: HandOverBody): Promise<HandedOver> {
  return call(api.handOverAsTeamLead, { params: { caseId }, body });
}

export function assignCover(body: AssignCoverBody): Promise<Cover> {
  return call(api.assignCover, { body });
}

export async function endCover(coverId: string): Promise<void> {
  await call(api.endCover, { params: { coverId } });
}

export function getTeamFigures(): Promise<TeamFigures> {
  return call(api.teamFigures);
}
