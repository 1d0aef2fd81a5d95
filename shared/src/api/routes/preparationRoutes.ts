import { Preparation, PreparationBody } from "../Preparation.ts";
import { ofMeeting, route } from "./route.ts";

/** Before a meeting: the citizen prepares, privately, until she shares it with the meeting. */
export const preparationRoutes = {
  preparation: route({
    method: "get",
    path: "/api/meetings/:meetingId/preparation",
    params: ofMeeting,
    answer: Preparation,
  }),
  savePreparation: route({
    method: "post",
    path: "/api/meetings/:meetingId/preparation",
    params: ofMeeting,
    body: PreparationBody,
    answer: Preparation,
  }),
  sharePreparation: route({
    method: "post",
    path: "/api/meetings/:meetingId/preparation/share",
    params: ofMeeting,
    answer: Preparation,
  }),
} as const;
