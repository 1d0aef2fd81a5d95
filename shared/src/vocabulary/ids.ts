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

export const ResourceId = z.uuid().brand<"ResourceId">();
export type ResourceId = z.infer<typeof ResourceId>;

export const NextStepId = z.uuid().brand<"NextStepId">();
export type NextStepId = z.infer<typeof NextStepId>;

/** The part of Web Crypto shared/ uses: it is compiled without DOM or Node types, since it runs in both. */
interface WebCrypto {
  randomUUID(): string;
}

/** A fresh random id. Web Crypto exists in Node 24 and every browser we support. */
export function newId<T extends string>(): T {
  return (globalThis as unknown as { crypto: WebCrypto }).crypto.randomUUID() as T;
}

// The ids of what lives in tables rather than in a meeting document.
export const AccountId = z.uuid().brand<"AccountId">();
export type AccountId = z.infer<typeof AccountId>;
export const MemberId = z.uuid().brand<"MemberId">();
export type MemberId = z.infer<typeof MemberId>;
export const InvitationId = z.uuid().brand<"InvitationId">();
export type InvitationId = z.infer<typeof InvitationId>;
export const ConsentId = z.uuid().brand<"ConsentId">();
export type ConsentId = z.infer<typeof ConsentId>;
export const StepLinkId = z.uuid().brand<"StepLinkId">();
export type StepLinkId = z.infer<typeof StepLinkId>;
