import {
  type CitizenAgreement,
  type GoalChangedSinceAgreement,
  goalsChangedSinceAgreement,
  observeCitizenAgreement,
  type PlanDocument,
  readCitizenAgreement,
} from "@samplan/shared/model";
import { useMemo } from "react";
import { useObserved } from "../../ui/useObserved.ts";

export interface CitizenAgreementView {
  agreement: CitizenAgreement | null;
  /** The goals whose words differ from what she said yes to. */
  changes: GoalChangedSinceAgreement[];
}

/**
 * The citizen's answer to the plan and what has changed since she said yes, re-read as she answers
 * and as anyone types in a goal. Compared by value, so typing elsewhere in a goal re-renders
 * nothing until the comparison comes out differently.
 */
export function useCitizenAgreement(doc: PlanDocument): CitizenAgreementView {
  const source = useMemo(
    () => ({
      subscribe: (changed: () => void) => observeCitizenAgreement(doc, changed),
      read: (): CitizenAgreementView => ({
        agreement: readCitizenAgreement(doc),
        changes: goalsChangedSinceAgreement(doc),
      }),
      dedupe: true,
    }),
    [doc],
  );
  return useObserved(source);
}
