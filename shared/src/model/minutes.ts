import type * as Y from "yjs";
import type { Minutes } from "../record/index.ts";
import type { Role } from "../vocabulary/index.ts";
import { goalsChangedSinceAgreement, readCitizenAgreement } from "./CitizenAgreement.ts";
import { goalScales } from "./Goal.ts";
import { readMeetingContent } from "./MeetingDocument.ts";

export interface MinutesInput {
  meeting: {
    id: string;
    title: string;
    startsAt: string;
    closedAt: string | null;
    method?: { name: string; version: number } | null;
  };
  citizenName: string;
  caseReference: string | null;
  participants: { name: string; role: Role; organisation: string; profession: string; present: boolean }[];
  nextMeetingAt: string | null;
  doc: Y.Doc;
}

/** The minutes of a meeting, from its document and who took part: plain data, ready to approve and export. */
export function renderMinutes(input: MinutesInput): Minutes {
  const content = readMeetingContent(input.doc);
  const goalText = new Map(content.goals.map((goal) => [goal.id as string, goal.text.split("\n")[0] ?? ""]));
  const goalOf = (id: string | null) => (id ? (goalText.get(id) ?? null) : null);
  const agreement = readCitizenAgreement(input.doc);
  return {
    format: "samplan.minutes/1",
    meeting: input.meeting,
    citizenName: input.citizenName,
    caseReference: input.caseReference,
    participants: input.participants,
    goals: content.goals.map((goal) => ({
      id: goal.id,
      text: goal.text,
      inCitizensWords: goal.createdByRole === "borger",
      status: goal.status,
      statusReason: goal.statusReason,
      scales: goalScales(input.doc, goal.id).map(({ raterName, raterRole, value }) => ({
        raterName,
        raterRole,
        value,
      })),
    })),
    resources: content.resources.map((resource) => ({
      text: resource.text,
      kind: resource.kind,
      inCitizensWords: resource.createdByRole === "borger",
      // A goal removed since it was tied is no goal: left out rather than shown empty.
      goals: resource.goalIds.flatMap((id) => {
        const goal = goalOf(id);
        return goal === null ? [] : [goal];
      }),
    })),
    progress: content.observations.map((observation) => ({
      text: observation.text,
      goal: goalOf(observation.goalId),
      observedBy: observation.observedBy,
      happenedOn: observation.happenedOn,
      review: observation.review
        ? { text: observation.review.text, owner: observation.review.owner, dueDate: observation.review.dueDate }
        : null,
      outcome: observation.outcome,
    })),
    round: content.roundNotes.map((note) => ({ speaker: note.speaker, text: note.text })),
    nextSteps: content.steps.map((step) => ({
      text: step.text,
      owner: step.owner,
      dueDate: step.dueDate,
      goal: goalOf(step.goalId),
      status: step.status,
    })),
    nextMeetingAt: input.nextMeetingAt,
    citizenAgreement: {
      answer: agreement?.answer ?? null,
      reason: agreement?.reason ?? "",
      goalsChangedSince: goalsChangedSinceAgreement(input.doc).map(({ before, after }) => ({ before, after })),
    },
  };
}

/**
 * A canonical JSON text of the minutes (keys in a fixed order), so the same minutes always hash
 * to the same value and an approved version can be checked against its hash.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
