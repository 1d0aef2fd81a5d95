import { lazy, Suspense } from "react";
import type { Chair } from "../chair/useChair.ts";
import { useMeeting } from "../meeting/useMeeting.ts";
import { useFutureAnswers } from "./useFutureAnswers.ts";

const FutureDialogueSection = lazy(() =>
  import("./FutureDialogueSection.tsx").then((m) => ({ default: m.FutureDialogueSection })),
);

/**
 * Et år frem has a place in the plan only once its round has been started or something was said
 * in it (carried from an earlier meeting too); until then nothing of it loads.
 */
export function FutureDialogueSlot({ chair }: { chair: Chair }) {
  const { doc } = useMeeting();
  const answers = useFutureAnswers(doc);
  if (!chair.view.state.round?.yearAhead && answers.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <FutureDialogueSection chair={chair} answers={answers} />
    </Suspense>
  );
}
