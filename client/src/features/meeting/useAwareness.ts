import type { HocuspocusProvider } from "@hocuspocus/provider";
import { useMemo } from "react";
import { useObserved } from "../../ui/useObserved.ts";

export type Awareness = NonNullable<HocuspocusProvider["awareness"]>;

/**
 * A value read from the meeting's awareness (who is here, whose hand is up), re-read on every
 * awareness change. Cursor moves change awareness many times a second, so React gets a new value
 * only when what `read` returns actually differs. `read` must be stable (module level or memoised).
 */
export function useAwareness<T>(provider: HocuspocusProvider, read: (awareness: Awareness) => T, empty: T): T {
  const source = useMemo(
    () => ({
      subscribe(changed: () => void) {
        provider.awareness?.on("change", changed);
        return () => provider.awareness?.off("change", changed);
      },
      read: () => (provider.awareness ? read(provider.awareness) : empty),
      dedupe: true,
    }),
    [provider, read, empty],
  );
  return useObserved(source);
}
