import type { Case } from "@samplan/shared/api";

/** Which of her cases the list shows: running ones, running ones with no meeting planned, closed ones, or all. */
export const CASE_SHOW = ["active", "noMeeting", "closed", "all"] as const;
export type CaseShow = (typeof CASE_SHOW)[number];

/**
 * The cases the start page lists for a search and a choice: matched on the citizen's name or the
 * case number, ignoring case; sorted by next meeting, soonest first, then those with none by
 * name. Closed cases come last, most recently closed first.
 */
export function casesToShow(cases: Case[], query: string, show: CaseShow): Case[] {
  const needle = query.trim().toLocaleLowerCase("da");
  return cases
    .filter((kase) => {
      if (show === "active" && kase.closedAt !== null) return false;
      if (show === "noMeeting" && (kase.closedAt !== null || kase.nextMeetingAt !== null)) return false;
      if (show === "closed" && kase.closedAt === null) return false;
      if (needle === "") return true;
      return [kase.citizenName, kase.caseReference ?? ""].some((text) => text.toLocaleLowerCase("da").includes(needle));
    })
    .sort(byNextMeeting);
}

function byNextMeeting(a: Case, b: Case): number {
  if ((a.closedAt === null) !== (b.closedAt === null)) return a.closedAt === null ? -1 : 1;
  if (a.closedAt !== null && b.closedAt !== null) return b.closedAt.localeCompare(a.closedAt);
  if (a.nextMeetingAt !== null && b.nextMeetingAt !== null) {
    return Date.parse(a.nextMeetingAt) - Date.parse(b.nextMeetingAt);
  }
  if (a.nextMeetingAt !== null || b.nextMeetingAt !== null) return a.nextMeetingAt !== null ? -1 : 1;
  return a.citizenName.localeCompare(b.citizenName, "da");
}
