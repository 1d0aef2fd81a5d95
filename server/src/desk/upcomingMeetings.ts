import type { DeskMeeting, Principal } from "@samplan/shared/api";
import { DESK_MEETING_DAYS } from "@samplan/shared/api";
import type { Access } from "../access/Access.ts";
import { UNDER_WAY_MS } from "../storage/MeetingRepository.ts";
import type { Repositories } from "../storage/repositories.ts";
import { casesSheCoordinates } from "./casesSheCoordinates.ts";
import { meetingReadiness } from "./meetingReadiness.ts";

/**
 * Kommende møder (issue 24): the meetings of every case she coordinates that begin in the next
 * two weeks, or began within three hours and are not closed, soonest first; with who in the
 * network is not ready yet, and whether the citizen has shared her preparation.
 */
export async function upcomingMeetings(
  deps: { repos: Repositories; access: Access },
  principal: Principal,
  now = new Date(),
): Promise<DeskMeeting[]> {
  const from = new Date(now.getTime() - UNDER_WAY_MS).toISOString();
  const until = new Date(now.getTime() + DESK_MEETING_DAYS * 86_400_000).toISOString();
  const upcoming: DeskMeeting[] = [];
  for (const kase of await casesSheCoordinates(deps, principal)) {
    for (const meeting of await deps.repos.meetings.ofCase(kase.id)) {
      // Compared as instants, not as text: a start may be written with any offset.
      const startsAt = new Date(meeting.startsAt).toISOString();
      if (meeting.status === "closed" || startsAt < from || startsAt > until) continue;
      upcoming.push({
        ...meeting,
        citizenName: kase.citizenName,
        people: await meetingReadiness(deps.repos, kase.id, meeting.id, now),
        citizenPrepared: await deps.repos.preparations.sharedWith(meeting.id),
      });
    }
  }
  return upcoming.sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
}
