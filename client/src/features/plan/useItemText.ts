import { observeRichText, plainText, type RichText } from "@samplan/shared/model";
import { useMemo } from "react";
import { useObserved } from "../../ui/useObserved.ts";

/** The plain text of an item, followed as it is written. */
export function useItemText(fragment: RichText): string {
  const source = useMemo(
    () => ({ subscribe: (changed: () => void) => observeRichText(fragment, changed), read: () => plainText(fragment) }),
    [fragment],
  );
  return useObserved(source);
}
