import {
  handoverRoutes as api,
  type CoordinatorList,
  type HandedOver,
  type HandOverBody,
  type HandoverNews,
} from "@samplan/shared/api";
import { call } from "./request.ts";

// A case changes hands.

/** The active coordinators a case can be handed to (the coordinator herself among them). */
export function listCoordinators(): Promise<CoordinatorList> {
  return call(api.coordinators);
}

export function handOverCase(caseId: string, body: HandOverBody): Promise<HandedOver> {
  return call(api.handOverCase, { params: { caseId }, body });
}

/** The note left for you, if the case was handed to you, and who is the case's new coordinator. */
export function getHandoverNews(caseId: string): Promise<HandoverNews> {
  return call(api.handoverNews, { params: { caseId } });
}

export async function dismissHandoverNote(caseId: string): Promise<void> {
  await call(api.dismissHandoverNote, { params: { caseId } });
}
