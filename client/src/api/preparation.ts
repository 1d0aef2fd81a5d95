import { preparationRoutes as api, type Preparation, type PreparationBody } from "@samplan/shared/api";
import { call } from "./request.ts";

// The citizen prepares before a meeting: hers alone until she shares it.

export function getPreparation(meetingId: string): Promise<Preparation> {
  return call(api.preparation, { params: { meetingId } });
}

export function savePreparation(meetingId: string, body: PreparationBody): Promise<Preparation> {
  return call(api.savePreparation, { params: { meetingId }, body });
}

export function sharePreparation(meetingId: string): Promise<Preparation> {
  return call(api.sharePreparation, { params: { meetingId } });
}
