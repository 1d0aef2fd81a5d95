import { progressRoutes as api, type CaseProgress, type StepsOverview } from "@samplan/shared/api";
import { call } from "./request.ts";

// The case over time.

/** Each goal's scales across the case's meetings, and the Siden sidst observations by date. */
export function getProgress(caseId: string): Promise<CaseProgress> {
  return call(api.progress, { params: { caseId } });
}

/** Every next step agreed in the case, with its owner, due date and how it stands now. */
export function getSteps(caseId: string): Promise<StepsOverview> {
  return call(api.steps, { params: { caseId } });
}
