import { useSyncExternalStore } from "react";

/**
 * Which item's text was written in last: its formatting toolbar shows under it until another
 * item's editor takes the focus. Not hidden when focus leaves for a button or a field: the page
 * under the item would then move up between pressing and releasing what was pressed.
 */
let writing: string | null = null;
const listeners = new Set<() => void>();

export function startWritingIn(editorId: string): void {
  if (writing === editorId) return;
  writing = editorId;
  for (const listener of listeners) listener();
}

/** The item is gone (removed, or the page left): nobody's toolbar shows until someone writes again. */
export function stopWritingIn(editorId: string): void {
  if (writing !== editorId) return;
  writing = null;
  for (const listener of listeners) listener();
}

export function useIsWritingIn(editorId: string): boolean {
  return useSyncExternalStore(
    (changed) => {
      listeners.add(changed);
      return () => listeners.delete(changed);
    },
    () => writing === editorId,
  );
}
