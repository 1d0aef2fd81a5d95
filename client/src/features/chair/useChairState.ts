import type { HocuspocusProvider } from "@hocuspocus/provider";
import {
  type ChairState,
  listPhases,
  nowAndNext,
  observeChair,
  type Phase,
  readChairState,
} from "@samplan/shared/model";
import { useMemo } from "react";
import type * as Y from "yjs";
import { useObserved } from "../../ui/useObserved.ts";

export interface ChairView {
  agenda: Phase[];
  state: ChairState;
  /** Nu: the current phase; null before the meeting begins. */
  now: Phase | null;
  /** Derefter: the phase after it (the first one, before the meeting begins). */
  next: Phase | null;
  /** Whether the chair's document has arrived from the server at least once. */
  synced: boolean;
}

/**
 * The chair's document as plain data: the agenda, where the meeting is and the round. Re-read
 * when anything in it changes; the same object is handed back until then.
 */
export function useChairState(chair: { doc: Y.Doc; provider: HocuspocusProvider }): ChairView {
  const { doc, provider } = chair;
  const source = useMemo(
    () => ({
      subscribe(changed: () => void) {
        const stopObserving = observeChair(doc, changed);
        provider.on("synced", changed);
        return () => {
          stopObserving();
          provider.off("synced", changed);
        };
      },
      read(): ChairView {
        const { now, next } = nowAndNext(doc);
        return { agenda: listPhases(doc), state: readChairState(doc), now, next, synced: provider.isSynced };
      },
    }),
    [doc, provider],
  );
  return useObserved(source);
}
