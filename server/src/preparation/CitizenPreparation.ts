import type { Preparation, PreparationBody } from "@samplan/shared/api";
import { goalsToPrepare, putCitizenPointsFirst, shareIntoPlan } from "@samplan/shared/model";
import type { Author } from "@samplan/shared/record";
import { chairDocumentName } from "@samplan/shared/vocabulary";
import * as Y from "yjs";
import type { MeetingAccess } from "../access/Access.ts";
import type { PlanWriter } from "../steps/StepFollowUp.ts";
import type { AuthorRepository } from "../storage/AuthorRepository.ts";
import type { DocumentStore } from "../storage/DocumentStore.ts";
import type { StoredPreparation } from "../storage/PreparationRepository.ts";
import type { Repositories } from "../storage/repositories.ts";

/** Why her preparation cannot be saved or shared now; each is told to her in plain words. */
export type PreparationRefusal = "meeting-gone" | "meeting-closed" | "already-shared" | "unknown-goal";

export interface CitizenPreparationDeps {
  repos: Repositories;
  documents: DocumentStore;
  authors: AuthorRepository;
  plans: PlanWriter;
  transaction<T>(work: (t: Repositories) => Promise<T>): Promise<T>;
}

const NOTHING_YET: StoredPreparation = { wentWell: "", talkAbout: "", scales: [], updatedAt: "", sharedAt: null };

/**
 * Before a meeting the citizen prepares on her own device (issue 18 part 3): what has gone well,
 * what she wants to talk about, her scale on each active goal. Her draft stays in a table of its
 * own, read by nobody but her (Access.citizenOwnEntry), until she shares it. Then it opens the
 * meeting: her points first on the agenda, what went well first in Siden sidst and her scales as
 * hers, written through Hocuspocus so everyone connected sees it at once, under a Yjs client id the
 * server binds to her, so the version view names her as its author (as a step's answer is).
 */
export class CitizenPreparation {
  private readonly deps: CitizenPreparationDeps;

  constructor(deps: CitizenPreparationDeps) {
    this.deps = deps;
  }

  async read(access: MeetingAccess): Promise<{ preparation: Preparation } | { refusal: PreparationRefusal }> {
    const meeting = await this.deps.repos.meetings.get(access.meetingId);
    if (!meeting) return { refusal: "meeting-gone" };
    const draft = (await this.deps.repos.preparations.find(access.meetingId, access.member.id)) ?? NOTHING_YET;
    return { preparation: await this.answer(meeting, draft) };
  }

  async save(
    access: MeetingAccess,
    body: PreparationBody,
  ): Promise<{ preparation: Preparation } | { refusal: PreparationRefusal }> {
    const meeting = await this.deps.repos.meetings.get(access.meetingId);
    if (!meeting) return { refusal: "meeting-gone" };
    if (meeting.status === "closed") return { refusal: "meeting-closed" };
    const goals = new Set((await this.goals(meeting.documentName)).map((goal) => goal.id));
    if (body.scales.some((scale) => !goals.has(scale.goalId))) return { refusal: "unknown-goal" };
    const key = { caseId: access.caseId, meetingId: access.meetingId, memberId: access.member.id };
    if (!(await this.deps.repos.preparations.save(key, body))) return { refusal: "already-shared" };
    return this.read(access);
  }

  async share(access: MeetingAccess): Promise<{ preparation: Preparation } | { refusal: PreparationRefusal }> {
    const { repos, authors, plans } = this.deps;
    const meeting = await repos.meetings.get(access.meetingId);
    if (!meeting) return { refusal: "meeting-gone" };
    if (meeting.status === "closed") return { refusal: "meeting-closed" };
    const draft = (await repos.preparations.find(access.meetingId, access.member.id)) ?? NOTHING_YET;
    if (draft.sharedAt) return { refusal: "already-shared" };
    const citizen = access.member;
    // Saving an empty draft first makes a row to mark, so sharing nothing is recorded too.
    if (!draft.updatedAt) await this.save(access, draft);
    // Marked first, in one transaction with its audit line: two taps at once share once.
    const sharedAt = await this.deps.transaction(async (t) => {
      const marked = await t.preparations.markShared(access.meetingId, citizen.id);
      if (!marked) return null;
      await t.audit.record({
        actor: citizen.name,
        actorRole: citizen.role,
        action: "preparation-shared",
        caseId: access.caseId,
        meetingId: access.meetingId,
        // That she shared, and what kind of thing: never her words or her scales.
        details: {
          memberId: citizen.id,
          wentWell: draft.wentWell.trim() !== "",
          points: draft.talkAbout.trim() !== "",
          scales: draft.scales.length,
        },
      });
      return marked;
    });
    if (!sharedAt) return { refusal: "already-shared" };

    const author: Author = { memberId: citizen.id, name: citizen.name, role: "borger" };
    // Her words are bound to her before they reach the plan, so no one ever sees them unattributed.
    const writer = new Y.Doc();
    let inPlan = false;
    try {
      await authors.bind(meeting.documentName, [writer.clientID], author);
      await plans.change(meeting.documentName, (doc) => {
        Y.applyUpdate(writer, Y.encodeStateAsUpdate(doc));
        shareIntoPlan(writer, {
          citizen: { key: citizen.id, name: citizen.name },
          wentWell: draft.wentWell,
          scales: draft.scales,
        });
        Y.applyUpdate(doc, Y.encodeStateAsUpdate(writer, Y.encodeStateVector(doc)));
      });
      inPlan = true;
      if (draft.talkAbout.trim()) {
        await plans.change(chairDocumentName(access.meetingId), (chair) =>
          putCitizenPointsFirst(chair, draft.talkAbout, citizen.name),
        );
      }
    } catch (error) {
      // Not in the plan after all: hers to share again rather than stuck as "shared". Once it is
      // in the plan it stays shared, since sharing again would write what went well twice.
      if (!inPlan) await repos.preparations.unmarkShared(access.meetingId, citizen.id);
      throw error;
    } finally {
      writer.destroy();
    }
    return this.read(access);
  }

  private async answer(
    meeting: { title: string; startsAt: string; documentName: string },
    draft: StoredPreparation,
  ): Promise<Preparation> {
    return {
      meetingTitle: meeting.title,
      startsAt: meeting.startsAt,
      wentWell: draft.wentWell,
      talkAbout: draft.talkAbout,
      scales: draft.scales,
      goals: await this.goals(meeting.documentName),
      sharedAt: draft.sharedAt,
    };
  }

  private async goals(documentName: string) {
    const { doc } = await this.deps.documents.loadDoc(documentName);
    try {
      return goalsToPrepare(doc);
    } finally {
      doc.destroy();
    }
  }
}
