import type {
  CalendarFeed,
  ChooseRemindersBody,
  CreatedStepLink,
  MeetingWithCase,
  Member,
  OwnReminders,
  StepAnswerBody,
  StepLinkView,
  StepUpdate,
} from "@samplan/shared/api";
import type { CaseId, MeetingId, StepLinkId } from "@samplan/shared/vocabulary";
import type * as Y from "yjs";
import type { AuthorRepository } from "../storage/AuthorRepository.ts";
import { isCovered } from "../storage/ConsentRepository.ts";
import type { DocumentStore } from "../storage/DocumentStore.ts";
import type { Repositories } from "../storage/repositories.ts";
import { type StepLinkRow, stepLinkState } from "../storage/StepLinkRepository.ts";
import { type StepUpdateRow, toStepUpdate } from "../storage/StepUpdateRepository.ts";
import { answerIntoPlan, authorOf, fromRow } from "./answerIntoPlan.ts";
import { readStep, type StepSummary } from "./readStep.ts";
import { ownerOnRoster } from "./stepOwner.ts";

/** Why a step's link opens nothing: each is told to its owner in plain words. */
export type StepLinkRefusal =
  | "step-link-invalid"
  | "step-link-expired"
  | "step-link-revoked"
  | "consent-withdrawn"
  | "step-gone";

/** Why the coordinator cannot make a link for a step. */
export type StepLinkCreationRefusal = "step-not-found" | "owner-not-on-roster" | "consent-required";

interface Recognised {
  link: StepLinkRow;
  owner: Member;
  meeting: MeetingWithCase;
  step: StepSummary;
}

/** Changes a meeting's plan the way a participant would, so everyone connected to it sees it at once. */
export interface PlanWriter {
  change<T>(documentName: string, change: (doc: Y.Doc) => T): Promise<T>;
}

export interface StepFollowUpDeps {
  repos: Repositories;
  documents: DocumentStore;
  authors: AuthorRepository;
  plans: PlanWriter;
  transaction<T>(work: (t: Repositories) => Promise<T>): Promise<T>;
}

/**
 * Between meetings (issue 18): the owner of a next step answers how it is going from a personal
 * link, without signing in. The link opens that one step and nothing else of the case; it runs
 * out, can be withdrawn, and holds only while the citizen's consent covers its owner. The answer
 * is the owner's by the server's word (the roster entry the link was made for), never the client's.
 */
export class StepFollowUp {
  private readonly deps: StepFollowUpDeps;

  constructor(deps: StepFollowUpDeps) {
    this.deps = deps;
  }

  async createLink(input: {
    caseId: CaseId;
    meetingId: MeetingId;
    stepId: string;
    days: number;
    by: { actor: string; actorRole: string };
  }): Promise<{ created: CreatedStepLink } | { refusal: StepLinkCreationRefusal }> {
    const { repos, documents } = this.deps;
    const meeting = await repos.meetings.get(input.meetingId);
    if (!meeting) return { refusal: "step-not-found" };
    const step = readStep((await documents.loadDoc(meeting.documentName)).doc, input.stepId);
    if (!step) return { refusal: "step-not-found" };
    const owner = ownerOnRoster(step.owner, await repos.roster.list(input.caseId));
    if (!owner) return { refusal: "owner-not-on-roster" };
    if (!isCovered(owner, await repos.consents.coverage(input.caseId), false)) return { refusal: "consent-required" };
    const expiresAt = new Date(Date.now() + input.days * 86_400_000);
    const { row, secret } = await this.deps.transaction(async (t) => {
      const made = await t.stepLinks.create({ ...input, memberId: owner.id, createdBy: input.by.actor, expiresAt });
      await t.audit.record({
        ...input.by,
        action: "step-link-created",
        caseId: input.caseId,
        meetingId: input.meetingId,
        details: { stepId: input.stepId, memberId: owner.id, days: input.days },
      });
      return made;
    });
    return {
      created: { id: row.id, path: `/skridt#${secret}`, ownerName: owner.name, expiresAt: row.expires_at },
    };
  }

  async revokeLink(caseId: CaseId, id: StepLinkId, by: { actor: string; actorRole: string }): Promise<boolean> {
    const link = await this.deps.repos.stepLinks.find(caseId, id);
    if (!link) return false;
    await this.deps.transaction(async (t) => {
      if (!(await t.stepLinks.revoke(id))) return;
      const details = { stepId: link.step_id, memberId: link.member_id };
      await t.audit.record({ ...by, action: "step-link-revoked", caseId, meetingId: link.meeting_id, details });
    });
    return true;
  }

  /** What the link's owner sees: the step, its goal, and the answers so far. */
  async open(secret: string): Promise<{ view: StepLinkView } | { refusal: StepLinkRefusal }> {
    const found = await this.recognise(secret);
    if ("refusal" in found) return found;
    const { link, owner, meeting, step } = found;
    return {
      view: {
        ownerName: owner.name,
        ownerRole: owner.role,
        meetingTitle: meeting.title,
        step: { text: step.text, dueDate: step.dueDate, goal: step.goal },
        updates: await this.deps.repos.stepUpdates.forStep(link.meeting_id, link.step_id),
        expiresAt: link.expires_at,
        reminders: ownReminders(owner),
      },
    };
  }

  async answer(body: StepAnswerBody): Promise<{ update: StepUpdate } | { refusal: StepLinkRefusal }> {
    const found = await this.recognise(body.secret);
    if ("refusal" in found) return found;
    const { link, owner } = found;
    const update = await this.deps.transaction(async (t) => {
      const added = await t.stepUpdates.addRow({
        case_id: link.case_id,
        meeting_id: link.meeting_id,
        step_id: link.step_id,
        link_id: link.id,
        member_id: owner.id,
        written_by: owner.name,
        written_by_role: owner.role,
        answer: body.answer,
        note: body.note,
        happened_on: body.happenedOn,
      });
      await t.audit.record({
        actor: owner.name,
        actorRole: owner.role,
        action: "step-answered",
        caseId: link.case_id,
        meetingId: link.meeting_id,
        // The answer's words stay out of the trail: it says that she answered, and which way.
        details: { stepId: link.step_id, memberId: owner.id, answer: body.answer },
      });
      return added;
    });
    await this.intoNextMeeting(found, update);
    return { update: toStepUpdate(update) };
  }

  /**
   * The link's owner chooses how they are reminded: e-mail or none. It holds for every case they
   * are on through this roster entry, and is theirs to change again the same way.
   */
  async chooseReminders(
    body: ChooseRemindersBody,
  ): Promise<{ reminders: OwnReminders } | { refusal: StepLinkRefusal }> {
    const found = await this.recognise(body.secret);
    if ("refusal" in found) return found;
    const { link, owner } = found;
    const updated = await this.deps.transaction(async (t) => {
      const member = await t.roster.update(link.case_id, owner.id, { reminders: body.reminders });
      await t.audit.record({
        actor: owner.name,
        actorRole: owner.role,
        action: "reminders-chosen",
        caseId: link.case_id,
        details: { memberId: owner.id, reminders: body.reminders },
      });
      return member ?? owner;
    });
    return { reminders: ownReminders(updated) };
  }

  /**
   * The link's owner makes the secret address of their deadlines as a calendar (StepCalendar): a
   * new one replaces any earlier, so one that was shared by mistake is simply made again.
   */
  async calendarFeed(secret: string): Promise<{ feed: CalendarFeed } | { refusal: StepLinkRefusal }> {
    const found = await this.recognise(secret);
    if ("refusal" in found) return found;
    const { link, owner } = found;
    const made = await this.deps.transaction(async (t) => {
      const feed = await t.calendarFeeds.replace(link.case_id, owner.id);
      await t.audit.record({
        actor: owner.name,
        actorRole: owner.role,
        action: "calendar-feed-created",
        caseId: link.case_id,
        details: { memberId: owner.id },
      });
      return feed;
    });
    return { feed: { path: `/api/calendar/${made.secret}.ics` } };
  }

  /**
   * A meeting already planned after the step's own takes the answer into its review at once (one
   * not yet planned takes it when it is: MeetingPlanner). Its words are bound to the owner.
   */
  private async intoNextMeeting({ meeting: stepMeeting }: Recognised, row: StepUpdateRow): Promise<void> {
    const next = (await this.deps.repos.meetings.ofCase(stepMeeting.caseId))
      .filter((m) => m.status !== "closed" && m.startsAt > stepMeeting.startsAt)
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0];
    if (!next) return;
    const clientId = await this.deps.plans.change(next.documentName, (doc) => answerIntoPlan(doc, fromRow(row)));
    if (clientId !== null) await this.deps.authors.bind(next.documentName, [clientId], authorOf(row));
  }

  /** The link's row, its owner as the roster has them now, and the step, or why not. */
  private async recognise(secret: string): Promise<Recognised | { refusal: StepLinkRefusal }> {
    const { repos, documents } = this.deps;
    const link = await repos.stepLinks.findBySecret(secret);
    if (!link) return { refusal: "step-link-invalid" };
    const state = stepLinkState(link);
    if (state !== "valid") return { refusal: state };
    const owner = (await repos.roster.list(link.case_id)).find((member) => member.id === link.member_id);
    if (!owner) return { refusal: "step-link-revoked" };
    if (!isCovered(owner, await repos.consents.coverage(link.case_id), false)) {
      return { refusal: "consent-withdrawn" };
    }
    const meeting = await repos.meetings.get(link.meeting_id);
    const step = meeting ? readStep((await documents.loadDoc(meeting.documentName)).doc, link.step_id) : null;
    if (!meeting || !step) return { refusal: "step-gone" };
    return { link, owner, meeting, step };
  }
}

function ownReminders(member: Member): OwnReminders {
  return { hasEmail: Boolean(member.email), channel: member.reminders };
}
