import { CaseProgress, StepsOverview } from "../Progress.ts";
import { ofCase, route } from "./route.ts";

/** The case over time: each goal across the meetings, and every step agreed. */
export const progressRoutes = {
  progress: route({ method: "get", path: "/api/cases/:caseId/progress", params: ofCase, answer: CaseProgress }),
  steps: route({ method: "get", path: "/api/cases/:caseId/steps", params: ofCase, answer: StepsOverview }),
} as const;
