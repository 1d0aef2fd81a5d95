import type { RichText } from "@samplan/shared/model";
import { HARD_LIX, isHardToRead, JARGON, readability } from "@samplan/shared/record";
import { useMemo, useReducer, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSettled } from "../../ui/useSettled.ts";
import { useItemText } from "../plan/useItemText.ts";
import { dismissalOf, dismissals, stillDismissed } from "./hintDismissal.ts";
import "./readability.css";

/** The pause in typing after which the text is looked at: no hint flickering with every key. */
const HINT_AFTER_MS = 1500;

interface Props {
  itemId: string;
  fragment: RichText;
  /** The id of the hint's text: the item's editor names it in its aria-describedby. */
  hintId: string;
  /** Where OK sends focus back, so the writer goes on where she was. */
  editorId: string;
  /** Focus is in the item: someone is working on it in this browser. */
  writing: boolean;
}

/**
 * "Svært at læse for mange — kan det siges enklere?" under an item a professional is writing in,
 * when its text is hard to read (issue 21): a quiet line that says why (LIX, a very long word, an
 * abbreviation), never in the way of typing, and gone for that text once she says OK
 * (hintDismissal.ts).
 *
 * Only for the one writing: it shows while focus is in the item and she has changed its text since
 * she came to it, so tabbing or reading through the plan raises no hints about other people's words.
 *
 * For screen readers the line is a polite live region, said once when it appears after a pause in
 * typing (it does not change while she types), and the editor's description, heard again on
 * coming back to the text. The region is always there, hidden while empty, so it is announced.
 */
export function ReadabilityHint(props: Props) {
  // The region is always there, hidden while empty, so a screen reader announces the hint when it
  // appears. Only while someone writes in the item is its text followed: a plan read through, or
  // written in by others, costs no work here.
  return props.writing ? (
    <HintWhileWriting {...props} />
  ) : (
    <div className="readability-hint visually-hidden">
      <p id={props.hintId} className="readability-hint__text" aria-live="polite" />
    </div>
  );
}

function HintWhileWriting({ itemId, fragment, hintId, editorId }: Props) {
  const { t } = useTranslation();
  const text = useItemText(fragment);
  const settled = useSettled(text, HINT_AFTER_MS);
  const found = useMemo(() => readability(settled), [settled]);
  const [, okGiven] = useReducer((n: number) => n + 1, 0);
  // The text as it was when she came to the item (this component mounts then): no hint until she
  // has written something.
  const [atFocus] = useState(text);

  const dismissal = dismissals.get(itemId);
  const shown = settled !== atFocus && isHardToRead(found) && !(dismissal && stillDismissed(dismissal, settled, found));

  const reasons = shown
    ? [
        found.lix !== null && found.lix > HARD_LIX
          ? t("readability.lix", { lix: Math.round(found.lix), limit: HARD_LIX })
          : null,
        found.jargon.length > 0
          ? t("readability.jargon", {
              list: found.jargon
                .map((written) => `${written} (${JARGON.find((entry) => entry.written === written)?.meaning})`)
                .join(", "),
            })
          : null,
        found.longWords.length > 0 ? t("readability.longWords", { list: found.longWords.join(", ") }) : null,
      ].filter((reason) => reason !== null)
    : [];

  const ok = () => {
    dismissals.set(itemId, dismissalOf(settled, found));
    okGiven();
    // From the keyboard: back to the text, where the caret was (the editor kept its selection).
    document.getElementById(editorId)?.focus();
  };

  return (
    <div className={shown ? "readability-hint" : "readability-hint visually-hidden"}>
      <p id={hintId} className="readability-hint__text" aria-live="polite">
        {shown ? [t("readability.hint"), ...reasons].join(" ") : null}
      </p>
      {shown ? (
        <button
          type="button"
          className="readability-hint__ok"
          aria-label={t("readability.okLabel")}
          // With a mouse or a finger the editor keeps focus and its caret: OK is a glance, not a stop.
          onMouseDown={(event) => event.preventDefault()}
          onClick={ok}
        >
          {t("readability.ok")}
        </button>
      ) : null}
    </div>
  );
}
