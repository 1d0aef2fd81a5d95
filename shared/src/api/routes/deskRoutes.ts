import { Case, CaseList, CreateCaseBody } from "../Case.ts";
import { DeskFollowUps } from "../Desk.ts";
import { DeskMeetings } from "../Meeting.ts";
import { DeskSteps } from "../Progress.ts";
import { route } from "./route.ts";

/** The coordinator's desk (the start page): her cases, a new one, and what needs her across them. */
export const deskRoutes = {
  cases: route({ method: "get", path: "/api/cases", answer: CaseList }),
  createCase: route({ method: "post", path: "/api/cases", body: CreateCaseBody, answer: Case }),
  deskSteps: route({ method: "get", path: "/api/desk/steps", answer: DeskSteps }),
  deskMeetings: route({ method: "get", path: "/api/desk/meetings", answer: DeskMeetings }),
  deskFollowUps: route({ method: "get", path: "/api/desk/follow-ups", answer: DeskFollowUps }),
} as const;
