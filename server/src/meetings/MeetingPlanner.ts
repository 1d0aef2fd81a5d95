import type { Meeting, MeetingTemplate } from "@samplan/shared/api";
import { carryOver, createChairDocument, createMeetingDocument, seedAgenda } from "@samplan/shared/model";
import { type CaseId, chairDocumentName, meetingDocumentName } from "@samplan/shared/vocabulary";
import type { Kysely } from "kysely";
import * as Y from "yjs";
import type { MailSchedule } from "../mail/MailSchedule.ts";
import { answersInto } from "../steps/answerIntoPlan.ts";
import { AuditLog } from "../storage/AuditLog.ts";
import { AuthorRepository } from "../storage/AuthorRepository.ts";
import type { CaseRepository } from "../storage/CaseRepository.ts";
import type { DocumentStore } from "../storage/DocumentStore.ts";
import { MeetingRepository } from "../storage/MeetingRepository.ts";
import { repositoriesOn } from "../storage/repositories.ts";
import { StepUpdateRepository } from "../storage/StepUpdateRepository.ts";
import type { DatabaseSchema } from "../storage/schema.ts";

export interface PlannedMeeting {
  meeting: Meeting;
  /** False when an earlier request with the same idempotency key had created it already. */
  created: boolean;
  carried: { goals: number; resources: number; steps: number };
}

/**
 * Plans the next meeting of a case: its row, its plan document with everything carried over from
 * the case's latest meeting, and its chair's document with the default agenda, all in one
 * transaction, with the audit line that records it. A retried request (same idempotency key) gets
 * the meeting the first one created, and nothing is recorded again.
 */
export class MeetingPlanner {
  private readonly db: Kysely<DatabaseSchema>;
  private readonly cases: CaseRepository;
  private readonly meetings: MeetingRepository;
  private readonly documents: DocumentStore;
  private readonly mail: MailSchedule | null;

  constructor(db: Kysely<DatabaseSchema>, cases: CaseRepository, documents: DocumentStore, mail?: MailSchedule) {
    this.db = db;
    this.cases = cases;
    this.meetings = new MeetingRepository(db);
    this.documents = documents;
    this.mail = mail ?? null;
  }

  async plan(
    caseId: CaseId,
    input: { title: string; startsAt: string; remoteUrl?: string | null; place?: string | null },
    /** The method the agenda starts from; the standard network meeting's agenda when null. */
    template: Pick<MeetingTemplate, "id" | "phases"> | null,
    options: {
      idempotencyKey: string | null;
      createdBy: string;
      by: { actor: string; actorRole: string };
      /** The coordinator's account, who needs no invitation to the meeting she planned. */
      byAccount?: string | null;
    },
  ): Promise<PlannedMeeting | null> {
    if (!(await this.cases.caseExists(caseId))) return null;
    if (options.idempotencyKey) {
      const existing = await this.meetings.findByIdempotencyKey(caseId, options.idempotencyKey);
      if (existing) return { meeting: existing, created: false, carried: { goals: 0, resources: 0, steps: 0 } };
    }

    const plan = createMeetingDocument();
    const previous = await this.meetings.latest(caseId);
    let carried = { goals: 0, resources: 0, steps: 0 };
    if (previous) {
      const { doc: before } = await this.documents.loadDoc(previous.documentName, createMeetingDocument());
      carried = carryOver({ meetingId: previous.id, doc: before }, plan);
      before.destroy();
    }
    // What the steps' owners answered since (issue 18) fills in the reviews just carried over.
    const answered = answersInto(plan, await new StepUpdateRepository(this.db).latestRowsByStep(caseId));
    const chair = createChairDocument();
    if (template) seedAgenda(chair, options.createdBy, template.phases);
    else seedAgenda(chair, options.createdBy);

    try {
      const row = await this.db.transaction().execute(async (trx) => {
        const inserted = await new MeetingRepository(trx).insert(caseId, {
          ...input,
          templateId: template?.id ?? null,
          idempotencyKey: options.idempotencyKey,
        });
        // The documents are stored only if the row is.
        await this.documents.seed(meetingDocumentName(inserted.id), Y.encodeStateAsUpdate(plan), trx);
        await this.documents.seed(chairDocumentName(inserted.id), Y.encodeStateAsUpdate(chair), trx);
        const authors = new AuthorRepository(trx);
        for (const { clientId, author } of answered) {
          await authors.bind(meetingDocumentName(inserted.id), [clientId], author);
        }
        await new AuditLog(trx).record({
          ...options.by,
          action: "meeting-created",
          caseId,
          meetingId: inserted.id,
          details: {
            carriedGoals: carried.goals,
            carriedResources: carried.resources,
            carriedSteps: carried.steps,
            template: template?.id ?? null,
          },
        });
        await this.mail?.meetingPlanned(repositoriesOn(trx), inserted, options.byAccount ?? null);
        return inserted;
      });
      const [meeting] = await this.meetings.withParticipants([row]);
      return { meeting: meeting!, created: true, carried };
    } catch (error) {
      // Two identical requests at once: the unique key lets one in; the other gets its meeting.
      const existing = options.idempotencyKey
        ? await this.meetings.findByIdempotencyKey(caseId, options.idempotencyKey)
        : null;
      if (existing) return { meeting: existing, created: false, carried: { goals: 0, resources: 0, steps: 0 } };
      throw error;
    } finally {
      plan.destroy();
      chair.destroy();
    }
  }
}
