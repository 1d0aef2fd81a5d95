import { z } from "zod";
import { CaseId, MeetingId } from "../../vocabulary/index.ts";
import type { ApiRoute } from "../routePath.ts";

// Keeps each entry's literal method and path, and checks it is a route.
export const route = <const R extends ApiRoute>(r: R): R => r;

// Described once, so every route's parameters read the same in the OpenAPI document.
export const caseId = CaseId.describe("The case's id");
export const meetingId = MeetingId.describe("The meeting's id");
export const ofCase = z.object({ caseId });
export const ofMeeting = z.object({ meetingId });
