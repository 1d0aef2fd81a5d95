import { z } from "zod";
import { ConsentId } from "../../vocabulary/index.ts";
import { Consent, ConsentList, RecordConsentBody } from "../Consent.ts";
import { ofCase, route } from "./route.ts";

/** The citizen's consents: who may share what, recorded and withdrawn on the case page. */
export const consentRoutes = {
  consents: route({ method: "get", path: "/api/cases/:caseId/consents", params: ofCase, answer: ConsentList }),
  recordConsent: route({
    method: "post",
    path: "/api/cases/:caseId/consents",
    params: ofCase,
    body: RecordConsentBody,
    answer: Consent,
  }),
  withdrawConsent: route({
    method: "post",
    path: "/api/consents/:consentId/withdraw",
    params: z.object({ consentId: ConsentId }),
    answer: Consent,
  }),
} as const;
