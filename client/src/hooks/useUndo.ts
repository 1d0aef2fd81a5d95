import { createUndoManager } from "@samplan/shared/model";
import { useEffect, useMemo, useState } from "react";
import type * as Y from "yjs";

export interface Undo {
  canUndo: boolean;
  canRedo: boolean;
  undo: () => void;
  redo: () => void;
}

/**
 * Undo and redo of your own structural edits (items added, moved, removed, fields changed). Text
 * inside an item is undone by that item's editor with Ctrl+Z; other people's edits are on neither.
 * The manager is made in the effect so that one destroyed by a cleanup is never used again.
 */
export function useUndo(doc: Y.Doc): Undo {
  const [manager, setManager] = useState<Y.UndoManager | null>(null);
  const [stacks, setStacks] = useState({ canUndo: false, canRedo: false });

  useEffect(() => {
    const next = createUndoManager(doc);
    const update = () => setStacks({ canUndo: next.canUndo(), canRedo: next.canRedo() });
    next.on("stack-item-added", update);
    next.on("stack-item-popped", update);
    next.on("stack-cleared", update);
    setManager(next);
    update();
    return () => {
      next.destroy();
      setManager(null);
    };
  }, [doc]);

  return useMemo(
    () => ({
      canUndo: manager !== null && stacks.canUndo,
      canRedo: manager !== null && stacks.canRedo,
      undo: () => void manager?.undo(),
      redo: () => void manager?.redo(),
    }),
    [stacks, manager],
  );
}
