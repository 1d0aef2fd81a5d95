import { z } from "zod";
import { AccountId, CaseId } from "../vocabulary/index.ts";

/** Long enough for "the most important things to know", short enough to be read before the case itself. */
export const HANDOVER_NOTE_MAX = 2000;

/** A coordinator a case can be handed to: an active staff account with the coordinator's role. */
export const Coordinator = z.object({ accountId: AccountId, name: z.string() });
export type Coordinator = z.infer<typeof Coordinator>;

export const CoordinatorList = z.object({ coordinators: z.array(Coordinator) });
export type CoordinatorList = z.infer<typeof CoordinatorList>;

export const HandOverBody = z.strictObject({
  toAccountId: AccountId,
  note: z
    .string({ error: "note must be text" })
    .trim()
    .min(1, "note must not be empty: write what the new coordinator most needs to know")
    .max(HANDOVER_NOTE_MAX, `note must be at most ${HANDOVER_NOTE_MAX} characters`),
});
export type HandOverBody = z.infer<typeof HandOverBody>;

/** A case handed from one coordinator to another; the note itself is only ever shown to the new one. */
export const HandedOver = z.object({
  id: z.uuid(),
  caseId: CaseId,
  fromName: z.string(),
  toName: z.string(),
  handedOverAt: z.iso.datetime({ offset: true }),
});
export type HandedOver = z.infer<typeof HandedOver>;

/** The note the previous coordinator left, shown at the top of the case until its reader dismisses it. */
export const HandoverNote = z.object({
  id: z.uuid(),
  fromName: z.string(),
  note: z.string(),
  handedOverAt: z.iso.datetime({ offset: true }),
});
export type HandoverNote = z.infer<typeof HandoverNote>;

/** What a hand-over means for whoever opens the case now. */
export const HandoverNews = z.object({
  /** The note left for you, if the case was handed to you and you have not dismissed it; otherwise null. */
  note: HandoverNote.nullable(),
  /**
   * Who coordinates the case since it last changed hands, until a meeting with her has been held
   * (then she is no longer new); null when the case never changed hands.
   */
  newCoordinator: z.object({ name: z.string(), since: z.iso.datetime({ offset: true }) }).nullable(),
});
export type HandoverNews = z.infer<typeof HandoverNews>;
