import {
  deskRoutes as api,
  type Case,
  type CaseList,
  type CreateCaseBody,
  type DeskFollowUps,
  type DeskMeetings,
  type DeskSteps,
} from "@samplan/shared/api";
import { call } from "./request.ts";

// The coordinator's desk (the start page): her cases, a new one, and what needs her across them.

export function listCases(): Promise<CaseList> {
  return call(api.cases);
}

export function createCase(body: CreateCaseBody): Promise<Case> {
  return call(api.createCase, { body });
}

/** Skridt der venter: the coordinator's open steps across her cases, overdue or due within a week. */
export function getDeskSteps(): Promise<DeskSteps> {
  return call(api.deskSteps);
}

/** Kommende møder: the coordinator's meetings from one under way to two weeks ahead. */
export function getDeskMeetings(): Promise<DeskMeetings> {
  return call(api.deskMeetings);
}

/** Skal følges op: consents ending, undeliverable e-mails, minutes not approved, cases with no meeting. */
export function getDeskFollowUps(): Promise<DeskFollowUps> {
  return call(api.deskFollowUps);
}
