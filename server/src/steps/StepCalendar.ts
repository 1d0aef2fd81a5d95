import { stepsOverview } from "@samplan/shared/model";
import { isStepStillToDo } from "@samplan/shared/vocabulary";
import { createEvents, type DateArray, type EventAttributes } from "ics";
import { loadCaseMeetings } from "../meetings/loadCaseMeetings.ts";
import type { CalendarFeedRow } from "../storage/CalendarFeedRepository.ts";
import { addCalendarDays, copenhagenDay } from "../storage/calendarDay.ts";
import type { DocumentStore } from "../storage/DocumentStore.ts";
import type { Repositories } from "../storage/repositories.ts";
import { ownerOnRoster } from "./stepOwner.ts";

/**
 * A person's step deadlines as an iCalendar to subscribe to (issue 18): one all-day event on each
 * deadline of a step they own that is still to be done. A calendar lives on in other companies'
 * servers and on phones, so an event names only the meeting the step was agreed at: never the
 * step's words, its goal or the citizen. Null when the address opens nothing (the person is off
 * the roster, or the citizen's consent no longer covers them).
 */
export async function stepDeadlines(
  deps: { repos: Repositories; documents: DocumentStore },
  feed: CalendarFeedRow,
  now = new Date(),
): Promise<string | null> {
  const roster = await deps.repos.roster.list(feed.case_id);
  const member = roster.find((candidate) => candidate.id === feed.member_id);
  if (!member?.consentCovered) return null;
  const meetings = await loadCaseMeetings(deps.documents, await deps.repos.meetings.ofCase(feed.case_id));
  const events: EventAttributes[] = [];
  const seen = new Set<string>();
  try {
    for (const step of stepsOverview(meetings, copenhagenDay(now))) {
      if (seen.has(step.stepId) || !step.dueDate || !isStepStillToDo(step.status)) continue;
      if (ownerOnRoster(step.owner, roster)?.id !== member.id) continue;
      seen.add(step.stepId);
      events.push({
        uid: `${step.stepId}-deadline@samplan`,
        start: dayOf(step.dueDate),
        end: dayOf(addCalendarDays(step.dueDate, 1)),
        title: `Frist: skridt fra ${step.meetingTitle}`,
        description: "Hvad skridtet er, står i Samplan: åbn linket i din påmindelse, eller spørg din koordinator.",
        busyStatus: "FREE",
        transp: "TRANSPARENT",
      });
    }
  } finally {
    for (const meeting of meetings) meeting.doc.destroy();
  }
  const { error, value } = createEvents(events, { calName: "Samplan – mine frister", productId: "samplan/ics" });
  if (error || !value) throw error ?? new Error("the calendar could not be made");
  return value;
}

function dayOf(day: string): DateArray {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return [year, month, date];
}
