import type { CaseMeetingRatings, MeetingRatingBody, OwnMeetingRating, Principal } from "@samplan/shared/api";
import type { CaseAccess, MeetingAccess } from "../access/Access.ts";
import { actorOf } from "../access/Access.ts";
import type { Repositories } from "../storage/repositories.ts";

/** Why her answers cannot be given now; each is told to her in plain words. */
export type RatingRefusal = "meeting-gone" | "not-started" | "record-approved";

export interface MeetingRatingsDeps {
  repos: Repositories;
  transaction<T>(work: (t: Repositories) => Promise<T>): Promise<T>;
}

/**
 * How the meeting was for the citizen (issue 20). She answers on her own session, once per
 * meeting, and may change her answers until the minutes are approved: then the meeting's record is
 * final, and her answers with it. She is asked as the meeting ends, so a meeting that has not
 * started cannot be rated. Who reads them: the case's coordinator and she herself all of them; the
 * rest of the network only those she said they may see.
 */
export class MeetingRatings {
  private readonly deps: MeetingRatingsDeps;

  constructor(deps: MeetingRatingsDeps) {
    this.deps = deps;
  }

  async own(access: MeetingAccess): Promise<{ own: OwnMeetingRating } | { refusal: RatingRefusal }> {
    const meeting = await this.deps.repos.meetings.get(access.meetingId);
    if (!meeting) return { refusal: "meeting-gone" };
    const rating = await this.deps.repos.meetingRatings.find(access.meetingId, access.member.id);
    return { own: { rating, canChange: meeting.status !== "planned" && meeting.approvedAt === null } };
  }

  async rate(
    access: MeetingAccess,
    body: MeetingRatingBody,
  ): Promise<{ own: OwnMeetingRating } | { refusal: RatingRefusal }> {
    const meeting = await this.deps.repos.meetings.get(access.meetingId);
    if (!meeting) return { refusal: "meeting-gone" };
    if (meeting.status === "planned") return { refusal: "not-started" };
    if (meeting.approvedAt !== null) return { refusal: "record-approved" };
    const citizen = access.member;
    await this.deps.transaction(async (t) => {
      const before = await t.meetingRatings.find(access.meetingId, citizen.id);
      await t.meetingRatings.save({ caseId: access.caseId, meetingId: access.meetingId, memberId: citizen.id }, body);
      await t.audit.record({
        actor: citizen.name,
        actorRole: citizen.role,
        action: "meeting-rated",
        caseId: access.caseId,
        meetingId: access.meetingId,
        // That she answered, whether again, and whether the network may see it: never her answers.
        details: { memberId: citizen.id, changed: before !== null, networkMaySee: body.networkMaySee },
      });
    });
    return this.own(access);
  }

  /** The case's rated meetings as this reader may see them; a reading by anyone but her is audited. */
  async ofCase(principal: Principal, access: CaseAccess): Promise<CaseMeetingRatings> {
    const herself = principal.kind === "guest" && access.role === "borger";
    const coordinator = principal.kind === "staff" && access.role === "koordinator";
    const meetings = await this.deps.repos.meetingRatings.ofCase(
      access.caseId,
      herself || coordinator ? "all" : "shared",
    );
    if (!herself && meetings.length > 0) {
      await this.deps.repos.audit.record({
        ...actorOf(principal),
        action: "meeting-ratings-read",
        caseId: access.caseId,
        details: { meetings: meetings.length, sharedOnly: !coordinator },
      });
    }
    return { meetings, sharedOnly: !(herself || coordinator) };
  }
}
