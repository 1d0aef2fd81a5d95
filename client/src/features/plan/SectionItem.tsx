import type { RichText } from "@samplan/shared/model";
import { lazy, type ReactNode, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { useFocusWithin } from "../../ui/useFocusWithin.ts";
import { useMeeting } from "../meeting/useMeeting.ts";
import { ReadItemAloud } from "../readAloud/ReadItemAloud.tsx";
import { ItemControls } from "./ItemControls.tsx";
import { ItemEditor } from "./ItemEditor.tsx";

// The plain-language hint is for those writing beside the citizen, never in her own view: her
// tablet does not download it (nor its word lists). It says nothing until there is text to judge.
const ReadabilityHint = lazy(() =>
  import("../readability/ReadabilityHint.tsx").then((m) => ({ default: m.ReadabilityHint })),
);

/** What a section may change about one of its items: the rest is the same for every item. */
export interface SectionItemOptions {
  /** Shown above the text, e.g. the step a review item follows up on, and how it went. */
  lead?: ReactNode;
  /** id of an element that says what the text is about, added to the editor's description. */
  describedBy?: string;
  placeholder?: string;
  /** False hides "Fjern": a goal with a history is set aside, not removed. */
  removable?: boolean;
  /** A look of its own, e.g. "review" for a step followed up from last time. */
  tone?: "review" | "paused";
}

interface Props extends SectionItemOptions {
  id: string;
  index: number;
  count: number;
  /** "Mål 1", "Observation 2", …: the editor's name and the visible number's meaning. */
  label: string;
  placeholder?: string;
  fragment: RichText | null;
  autoFocus: boolean;
  /** An observer's view: the text cannot be edited, the fields are disabled, no controls. */
  readOnly: boolean;
  /** The citizen added this item: what it says is in their own words. */
  citizenWords: boolean;
  /** Extra fields under the text (goal, who saw it, owner, dates, status). */
  children?: ReactNode;
  done?: boolean;
  onMove: (toIndex: number) => void;
  onRemove: () => void;
}

export function SectionItem({
  id,
  index,
  count,
  label,
  placeholder,
  fragment,
  autoFocus,
  readOnly,
  citizenWords,
  children,
  done,
  onMove,
  onRemove,
  lead,
  describedBy,
  removable = true,
  tone,
}: Props) {
  const { t } = useTranslation();
  const { plain } = useMeeting();
  const editorId = `editor-${id}`;
  const citizenId = `citizen-${id}`;
  const hintId = `readability-${id}`;
  // The readability hint is for professionals writing: not in her plain view, not for observers.
  const hinted = !plain && !readOnly && fragment !== null;
  const writing = useFocusWithin();
  const description =
    [citizenWords ? citizenId : null, describedBy ?? null, hinted ? hintId : null].filter(Boolean).join(" ") ||
    undefined;
  const className = ["item", done ? "item--done" : null, tone ? `item--${tone}` : null].filter(Boolean).join(" ");
  return (
    <li className={className}>
      <span className="item__number" aria-hidden="true">
        {index + 1}
      </span>
      <div className="item__body" {...writing.handlers}>
        {citizenWords ? (
          <span id={citizenId} className="badge badge--citizen">
            {t("meeting.citizenWords")}
          </span>
        ) : null}
        {lead}
        {fragment ? (
          <ItemEditor
            id={editorId}
            fragment={fragment}
            label={label}
            placeholder={placeholder ?? ""}
            autoFocus={autoFocus}
            readOnly={readOnly}
            describedBy={description}
          />
        ) : null}
        {hinted ? (
          <Suspense fallback={null}>
            <ReadabilityHint
              itemId={id}
              fragment={fragment}
              hintId={hintId}
              editorId={editorId}
              writing={writing.within}
            />
          </Suspense>
        ) : null}
        {/* Her own access to what is written: read aloud on her device, only in her view. */}
        {plain && fragment ? <ReadItemAloud fragment={fragment} about={label} /> : null}
        {children ? (
          // A disabled fieldset disables every field in it, whatever kind, in one place.
          <fieldset className="item__fields" disabled={readOnly}>
            <legend className="visually-hidden">{label}</legend>
            {children}
          </fieldset>
        ) : null}
      </div>
      {readOnly ? null : (
        <ItemControls
          index={index}
          count={count}
          describedBy={editorId}
          onMove={onMove}
          onRemove={removable ? onRemove : undefined}
        />
      )}
    </li>
  );
}
