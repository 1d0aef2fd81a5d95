import {
  stepLinkRoutes as api,
  type CalendarFeed,
  type ChooseRemindersBody,
  type CreatedStepLink,
  type CreateStepLinkBody,
  type OwnReminders,
  type StepAnswerBody,
  type StepLinkView,
  type StepUpdate,
} from "@samplan/shared/api";
import { call } from "./request.ts";

// Between meetings: a step's owner answers from a personal link.

export function createStepLink(meetingId: string, body: CreateStepLinkBody): Promise<CreatedStepLink> {
  return call(api.createStepLink, { params: { meetingId }, body });
}

/** The owner's side needs no session: the link's secret, in the body, is the key. */
export function openStepLink(secret: string): Promise<StepLinkView> {
  return call(api.openStepLink, { body: { secret }, expectUnauthenticated: true });
}

export function answerStep(body: StepAnswerBody): Promise<StepUpdate> {
  return call(api.answerStep, { body, expectUnauthenticated: true });
}

export function createCalendarFeed(secret: string): Promise<CalendarFeed> {
  return call(api.createCalendarFeed, { body: { secret }, expectUnauthenticated: true });
}

export function chooseReminders(body: ChooseRemindersBody): Promise<OwnReminders> {
  return call(api.chooseReminders, { body, expectUnauthenticated: true });
}
