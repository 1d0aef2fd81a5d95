import { type FutureAnswer, listFutureAnswers, observeFutureDialogue, type PlanDocument } from "@samplan/shared/model";
import { useMemo } from "react";
import { useObserved } from "../../ui/useObserved.ts";

/** What was said in "Et år frem", re-read when an answer is written or turned into plan. */
export function useFutureAnswers(doc: PlanDocument): FutureAnswer[] {
  const source = useMemo(
    () => ({
      subscribe: (changed: () => void) => observeFutureDialogue(doc, changed),
      read: () => listFutureAnswers(doc),
      dedupe: true,
    }),
    [doc],
  );
  return useObserved(source);
}
