import { z } from "zod";
import { AuditTrail, AuditTrailQuery, CaseExportQuery, CaseTombstone } from "../Audit.ts";
import { Case, CaseWithMeetings, CloseCaseBody } from "../Case.ts";
import { UpdateCaseBody } from "../JournalNote.ts";
import { ofCase, route } from "./route.ts";

/** One case: its page, its file (filing, the citizen's export, closing, deletion) and its trail. */
export const caseRoutes = {
  case: route({ method: "get", path: "/api/cases/:caseId", params: ofCase, answer: CaseWithMeetings }),
  updateCase: route({
    method: "patch",
    path: "/api/cases/:caseId",
    params: ofCase,
    body: UpdateCaseBody,
    answer: Case,
  }),
  deleteCase: route({ method: "delete", path: "/api/cases/:caseId", params: ofCase }),
  closeCase: route({
    method: "post",
    path: "/api/cases/:caseId/close",
    params: ofCase,
    body: CloseCaseBody,
    answer: Case,
  }),
  caseExport: route({ method: "get", path: "/api/cases/:caseId/export", params: ofCase, query: CaseExportQuery }),
  caseTombstones: route({
    method: "get",
    path: "/api/case-tombstones",
    answer: z.object({ tombstones: z.array(CaseTombstone) }),
  }),
  auditTrail: route({
    method: "get",
    path: "/api/cases/:caseId/audit",
    params: ofCase,
    query: AuditTrailQuery,
    answer: AuditTrail,
  }),
} as const;
