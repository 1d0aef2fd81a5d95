import { observeSection } from "@samplan/shared/model";
import type { SectionKey } from "@samplan/shared/vocabulary";
import { useMemo, useSyncExternalStore } from "react";
import type * as Y from "yjs";

/**
 * One section's items, re-read when its structure or fields change (not on every keystroke in an
 * item's text, which the item's own editor shows). The list is cached per change so React sees
 * the same array until something actually happened.
 */
export function useSection<T>(doc: Y.Doc, key: SectionKey, list: (doc: Y.Doc) => T[]): T[] {
  const store = useMemo(() => {
    let version = 0;
    let cached: { version: number; items: T[] } | null = null;
    return {
      subscribe(onChange: () => void) {
        // Anything may have changed between the first read and subscribing.
        version++;
        return observeSection(doc, key, () => {
          version++;
          onChange();
        });
      },
      getSnapshot(): T[] {
        if (cached?.version !== version) cached = { version, items: list(doc) };
        return cached.items;
      },
    };
  }, [doc, key, list]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
