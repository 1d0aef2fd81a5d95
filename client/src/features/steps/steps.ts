import type { Principal, StepOverviewItem } from "@samplan/shared/api";
import { CITIZEN_OWNER, isStepStillToDo } from "@samplan/shared/vocabulary";

/** "Kun mine": steps whose owner is you by name, or, for the citizen, the citizen's steps. */
export function isMine(step: Pick<StepOverviewItem, "owner">, principal: Pick<Principal, "name" | "role">): boolean {
  if (principal.role === "borger") return step.owner === CITIZEN_OWNER;
  return step.owner.trim().toLocaleLowerCase("da") === principal.name.trim().toLocaleLowerCase("da");
}

export function isStillOpen(step: Pick<StepOverviewItem, "status">): boolean {
  return isStepStillToDo(step.status);
}

/** What is still to be done first, soonest due first; steps without a due date after those with one. */
export function sortSteps<T extends Pick<StepOverviewItem, "status" | "dueDate">>(steps: T[]): T[] {
  return [...steps].sort(
    (a, b) =>
      Number(isStillOpen(b)) - Number(isStillOpen(a)) ||
      (a.dueDate ?? "9999-99-99").localeCompare(b.dueDate ?? "9999-99-99"),
  );
}

/**
 * Steps that have just become yours: yours now, and someone else's (or no one's) the last time the
 * owners were read. A step that was already yours is not news, and neither is one not seen before:
 * that is the document arriving when the page opens, or your own step as you add it.
 */
export function newlyMine<T extends Pick<StepOverviewItem, "owner"> & { id: string }>(
  previousOwners: ReadonlyMap<string, string>,
  steps: readonly T[],
  principal: Pick<Principal, "name" | "role">,
): T[] {
  return steps.filter((step) => {
    if (!isMine(step, principal)) return false;
    const before = previousOwners.get(step.id);
    return before !== undefined && !isMine({ owner: before }, principal);
  });
}
