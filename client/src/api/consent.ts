import { consentRoutes as api, type Consent, type ConsentList, type RecordConsentBody } from "@samplan/shared/api";
import { call } from "./request.ts";

// The citizen's consents.

export function listConsents(caseId: string): Promise<ConsentList> {
  return call(api.consents, { params: { caseId } });
}

export function recordConsent(caseId: string, body: RecordConsentBody): Promise<Consent> {
  return call(api.recordConsent, { params: { caseId }, body });
}

export function withdrawConsent(consentId: string): Promise<Consent> {
  return call(api.withdrawConsent, { params: { consentId } });
}
