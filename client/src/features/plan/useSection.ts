import { observeSection } from "@samplan/shared/model";
import type { SectionKey } from "@samplan/shared/vocabulary";
import { useMemo } from "react";
import type * as Y from "yjs";
import { useObserved } from "../../ui/useObserved.ts";

/**
 * One section's items, re-read when its structure or fields change (not on every keystroke in an
 * item's text, which the item's own editor shows). React sees the same array until something
 * actually happened.
 */
export function useSection<T>(doc: Y.Doc, key: SectionKey, list: (doc: Y.Doc) => T[]): T[] {
  const source = useMemo(
    () => ({ subscribe: (changed: () => void) => observeSection(doc, key, changed), read: () => list(doc) }),
    [doc, key, list],
  );
  return useObserved(source);
}
