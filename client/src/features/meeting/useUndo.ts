import type { MeetingHistory } from "@samplan/shared/model";
import { useEffect, useMemo, useState } from "react";

export interface Undo {
  canUndo: boolean;
  canRedo: boolean;
  undo: () => void;
  redo: () => void;
}

/**
 * "Fortryd" and "Gentag" over your one history of the plan: the same history every editor's
 * Ctrl+Z uses, so the button takes back your last change whether it was words or a step added,
 * moved or ticked. Other people's changes are never on it.
 */
export function useUndo(history: MeetingHistory): Undo {
  const [stacks, setStacks] = useState({ canUndo: history.canUndo(), canRedo: history.canRedo() });

  useEffect(() => {
    const update = () => setStacks({ canUndo: history.canUndo(), canRedo: history.canRedo() });
    history.on("stack-item-added", update);
    history.on("stack-item-popped", update);
    history.on("stack-cleared", update);
    update();
    return () => {
      history.off("stack-item-added", update);
      history.off("stack-item-popped", update);
      history.off("stack-cleared", update);
    };
  }, [history]);

  return useMemo(
    () => ({
      canUndo: stacks.canUndo,
      canRedo: stacks.canRedo,
      undo: () => void history.undo(),
      redo: () => void history.redo(),
    }),
    [stacks, history],
  );
}
