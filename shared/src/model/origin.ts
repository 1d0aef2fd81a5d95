/**
 * Transaction origin of every change made through this package's functions. The undo manager
 * tracks exactly this origin, which is what makes undo act on your own edits only: remote
 * changes arrive with the provider as origin and are never on your undo stack.
 */
export const MODEL_ORIGIN = "samplan:model" as const;
