import { z } from "zod";

// Branded so a GoalId can never be passed where a NextStepId is meant, although both are uuids.
export const CaseId = z.uuid().brand<"CaseId">();
export type CaseId = z.infer<typeof CaseId>;

export const MeetingId = z.uuid().brand<"MeetingId">();
export type MeetingId = z.infer<typeof MeetingId>;

export const GoalId = z.uuid().brand<"GoalId">();
export type GoalId = z.infer<typeof GoalId>;

export const ProgressObservationId = z.uuid().brand<"ProgressObservationId">();
export type ProgressObservationId = z.infer<typeof ProgressObservationId>;

export const NextStepId = z.uuid().brand<"NextStepId">();
export type NextStepId = z.infer<typeof NextStepId>;

/** A fresh random id. Web Crypto exists in Node 24 and every browser we support. */
export function newId<T extends string>(): T {
  return globalThis.crypto.randomUUID() as T;
}
