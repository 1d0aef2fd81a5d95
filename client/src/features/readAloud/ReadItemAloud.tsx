import { observeRichText, plainText, type RichText } from "@samplan/shared/model";
import { useMemo } from "react";
import { useObserved } from "../../ui/useObserved.ts";
import { ReadAloudButton } from "./ReadAloudButton.tsx";

/**
 * "Læs op" for one item of the plan, following its text as it is written: no button while the
 * item is empty, and what is read is the text as it is when she presses.
 */
export function ReadItemAloud({ fragment, about }: { fragment: RichText; about: string }) {
  const source = useMemo(
    () => ({ subscribe: (changed: () => void) => observeRichText(fragment, changed), read: () => plainText(fragment) }),
    [fragment],
  );
  const text = useObserved(source);
  if (text.trim() === "") return null;
  return <ReadAloudButton text={() => text} about={about} />;
}
