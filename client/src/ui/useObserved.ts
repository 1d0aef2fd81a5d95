import { useMemo, useSyncExternalStore } from "react";

/** Something outside React that says when it changed: a Yjs type, the awareness, the provider. */
export interface Observed<T> {
  /** Calls `changed` after every change; returns how to stop. */
  subscribe(changed: () => void): () => void;
  read(): T;
  /**
   * Compare what `read` gives by its JSON and keep the old value when equal: for sources that
   * fire far more often than the value changes (every cursor move changes the awareness).
   */
  dedupe?: boolean;
}

/**
 * The one way components get plain values out of the meeting's live documents: re-read after a
 * change, and the same object handed back until then, so React re-renders only when something
 * happened. `source` must be stable (memoised), or it is subscribed to anew on every render.
 */
export function useObserved<T>(source: Observed<T>): T {
  const store = useMemo(() => {
    let version = 0;
    let cached: { version: number; json: string | null; value: T } | null = null;
    return {
      subscribe(onChange: () => void) {
        // Anything may have changed between the first read and subscribing.
        version++;
        return source.subscribe(() => {
          version++;
          onChange();
        });
      },
      getSnapshot(): T {
        if (cached?.version === version) return cached.value;
        const value = source.read();
        const json = source.dedupe ? JSON.stringify(value) : null;
        cached = cached && json !== null && json === cached.json ? { ...cached, version } : { version, json, value };
        return cached.value;
      },
    };
  }, [source]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
