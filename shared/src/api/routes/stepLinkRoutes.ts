import { z } from "zod";
import { StepLinkId } from "../../vocabulary/index.ts";
import {
  CalendarFeed,
  CalendarFeedFile,
  ChooseRemindersBody,
  CreatedStepLink,
  CreateStepLinkBody,
  OwnReminders,
  StepAnswerBody,
  StepLinkSecret,
  StepLinkView,
  StepUpdate,
} from "../StepLink.ts";
import { caseId, ofMeeting, route } from "./route.ts";

/** Between meetings: a step's owner answers from a personal link (the secret goes in the body). */
export const stepLinkRoutes = {
  createStepLink: route({
    method: "post",
    path: "/api/meetings/:meetingId/step-links",
    params: ofMeeting,
    body: CreateStepLinkBody,
    answer: CreatedStepLink,
  }),
  revokeStepLink: route({
    method: "delete",
    path: "/api/cases/:caseId/step-links/:linkId",
    params: z.object({ caseId, linkId: StepLinkId }),
  }),
  openStepLink: route({ method: "post", path: "/api/step-links/open", body: StepLinkSecret, answer: StepLinkView }),
  answerStep: route({ method: "post", path: "/api/step-links/answer", body: StepAnswerBody, answer: StepUpdate }),
  createCalendarFeed: route({
    method: "post",
    path: "/api/step-links/calendar",
    body: StepLinkSecret,
    answer: CalendarFeed,
  }),
  calendarFeed: route({ method: "get", path: "/api/calendar/:file", params: z.object({ file: CalendarFeedFile }) }),
  chooseReminders: route({
    method: "post",
    path: "/api/step-links/reminders",
    body: ChooseRemindersBody,
    answer: OwnReminders,
  }),
} as const;
