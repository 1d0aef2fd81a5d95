import { CoordinatorList, HandedOver, HandOverBody, HandoverNews } from "../Handover.ts";
import { ofCase, route } from "./route.ts";

/** A case changes hands: the coordinator gives it to a colleague with a note. */
export const handoverRoutes = {
  coordinators: route({ method: "get", path: "/api/coordinators", answer: CoordinatorList }),
  handOverCase: route({
    method: "post",
    path: "/api/cases/:caseId/handover",
    params: ofCase,
    body: HandOverBody,
    answer: HandedOver,
  }),
  handoverNews: route({ method: "get", path: "/api/cases/:caseId/handover", params: ofCase, answer: HandoverNews }),
  dismissHandoverNote: route({ method: "post", path: "/api/cases/:caseId/handover/dismiss", params: ofCase }),
} as const;
