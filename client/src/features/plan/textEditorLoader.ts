import { useSyncExternalStore } from "react";

/**
 * The editor's code (TipTap, ProseMirror and the Yjs binding: half of the meeting page's
 * JavaScript) loads on its own, once the plan is drawn (docs/benchmarks.md). Not React.lazy: a
 * lazy component suspends at its first render even when its code has arrived, and the stand-in
 * it falls back to is a new element, so a tap on a text followed at once by typing lost the first
 * words. Here an item knows synchronously whether the editor is there.
 */

export type TextEditorComponent = typeof import("./TextEditor.tsx").default;

let loaded: TextEditorComponent | null = null;
let requested = false;
const listeners = new Set<() => void>();

/** Starts loading the editor (once; again after a failure, such as being offline on a first visit). */
export function loadTextEditor(): void {
  if (requested) return;
  requested = true;
  import("./TextEditor.tsx").then(
    (module) => {
      loaded = module.default;
      for (const listener of listeners) listener();
    },
    () => {
      // The text stays on screen to read; the next wish to write tries again.
      requested = false;
    },
  );
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The editor component once its code is here, else null. */
export function useTextEditorComponent(): TextEditorComponent | null {
  return useSyncExternalStore(subscribe, () => loaded);
}
