import type { HocuspocusProvider } from "@hocuspocus/provider";
import { useMemo, useSyncExternalStore } from "react";

export type Awareness = NonNullable<HocuspocusProvider["awareness"]>;

/**
 * A value read from the meeting's awareness (who is here, whose hand is up), re-read on every
 * awareness change. Cursor moves change awareness many times a second, so React gets a new value
 * only when what `read` returns actually differs. `read` must be stable (module level or memoised).
 */
export function useAwareness<T>(provider: HocuspocusProvider, read: (awareness: Awareness) => T, empty: T): T {
  const store = useMemo(() => {
    let cached: { json: string; value: T } = { json: JSON.stringify(empty), value: empty };
    return {
      subscribe(onChange: () => void) {
        provider.awareness?.on("change", onChange);
        return () => provider.awareness?.off("change", onChange);
      },
      getSnapshot(): T {
        const awareness = provider.awareness;
        if (!awareness) return cached.value;
        const value = read(awareness);
        const json = JSON.stringify(value);
        if (json !== cached.json) cached = { json, value };
        return cached.value;
      },
    };
  }, [provider, read, empty]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
