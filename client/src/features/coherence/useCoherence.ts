import {
  type Coherence,
  coherence,
  coherenceInput,
  observeGoalsAndSteps,
  type PlanDocument,
} from "@samplan/shared/model";
import { useMemo } from "react";
import { useObserved } from "../../ui/useObserved.ts";

/** The checklist's findings, re-read as the goals and steps change, their words included. */
export function useCoherence(doc: PlanDocument): Coherence {
  const source = useMemo(
    () => ({
      subscribe: (changed: () => void) => observeGoalsAndSteps(doc, changed),
      read: () => coherence(coherenceInput(doc)),
      // Typing fires on every keystroke; the list changes far less often.
      dedupe: true,
    }),
    [doc],
  );
  return useObserved(source);
}
