import type { RichText } from "@samplan/shared/model";
import { useItemText } from "../plan/useItemText.ts";
import { ReadAloudButton } from "./ReadAloudButton.tsx";

/**
 * "Læs op" for one item of the plan, following its text as it is written: no button while the
 * item is empty, and what is read is the text as it is when she presses.
 */
export function ReadItemAloud({ fragment, about }: { fragment: RichText; about: string }) {
  const text = useItemText(fragment);
  if (text.trim() === "") return null;
  return <ReadAloudButton text={() => text} about={about} />;
}
