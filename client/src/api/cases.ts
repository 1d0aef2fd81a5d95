import {
  type AuditTrail,
  caseRoutes as api,
  type Case,
  type CaseExportQuery,
  type CaseWithMeetings,
  type CloseCaseBody,
  pathOf,
  type UpdateCaseBody,
} from "@samplan/shared/api";
import { call } from "./request.ts";

// One case: its page, its file (filing, the citizen's export, closing, deletion) and its trail.

export function getCase(caseId: string): Promise<CaseWithMeetings> {
  return call(api.case, { params: { caseId } });
}

export function updateCase(caseId: string, body: UpdateCaseBody): Promise<Case> {
  return call(api.updateCase, { params: { caseId }, body });
}

/** Forløbet afsluttet: read-only from now on; planned meetings are cancelled. */
export function closeCase(caseId: string, reason: CloseCaseBody["reason"]): Promise<Case> {
  return call(api.closeCase, { params: { caseId }, body: { reason } });
}

/**
 * Everything held about the citizen, as a download (audited on the server): JSON for machines,
 * or in plain Danish for her to read, as a PDF or a web page.
 */
export function caseExportUrl(caseId: string, format: CaseExportQuery["format"] = "json"): string {
  const path = pathOf(api.caseExport, { caseId });
  return format === "json" ? path : `${path}?${new URLSearchParams({ format })}`;
}

export async function deleteCase(caseId: string): Promise<void> {
  await call(api.deleteCase, { params: { caseId } });
}

/** A page of the case's trail, newest first; `before` asks for the page older than an event. */
export function getAuditTrail(caseId: string, before?: number): Promise<AuditTrail> {
  return call(api.auditTrail, { params: { caseId }, query: { before } });
}
