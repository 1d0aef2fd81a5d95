import {
  type CitizenWeek,
  citizenWeek,
  listGoals,
  listNextSteps,
  observeSection,
  observeWeekLimit,
  type PlanDocument,
  readWeekLimit,
} from "@samplan/shared/model";
import { useMemo } from "react";
import { useObserved } from "../../ui/useObserved.ts";

/** What the plan's steps ask of her week, beside her limit: re-read when a step, a goal or the limit changes. */
export function useCitizenWeek(doc: PlanDocument): CitizenWeek {
  const source = useMemo(
    () => ({
      subscribe: (changed: () => void) => {
        const stops = [
          observeSection(doc, "steps", changed),
          observeSection(doc, "goals", changed),
          observeWeekLimit(doc, changed),
        ];
        return () => {
          for (const stop of stops) stop();
        };
      },
      read: () => citizenWeek(listNextSteps(doc), listGoals(doc), readWeekLimit(doc)),
      dedupe: true,
    }),
    [doc],
  );
  return useObserved(source);
}
