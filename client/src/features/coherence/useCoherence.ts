import {
  type Coherence,
  type CoherenceInput,
  coherence,
  coherenceInput,
  observeGoalsAndSteps,
  type PlanDocument,
} from "@samplan/shared/model";
import { useMemo } from "react";
import { useObserved } from "../../ui/useObserved.ts";

/**
 * The checklist's findings, re-read as the goals and steps change, their words included, and as
 * people come to the table and leave (`table`: the areas each works with).
 */
export function useCoherence(doc: PlanDocument, table?: CoherenceInput["table"]): Coherence {
  const source = useMemo(
    () => ({
      subscribe: (changed: () => void) => observeGoalsAndSteps(doc, changed),
      read: () => coherence({ ...coherenceInput(doc), ...(table ? { table } : {}) }),
      // Typing fires on every keystroke; the list changes far less often.
      dedupe: true,
    }),
    [doc, table],
  );
  return useObserved(source);
}
