import { useId, useState } from "react";
import { FieldError } from "./FieldError.tsx";

interface Props {
  label: string;
  hint?: string;
  value: string;
  /** Why the draft cannot be written, or null when it can. */
  validate?: (draft: string) => string | null;
  onCommit: (value: string) => void;
  maxLength?: number;
  inputMode?: "numeric" | "text";
  className?: string;
  /** Only ever set right after the person chose to type (as "another name"), so focus follows their choice. */
  autoFocus?: boolean;
}

/**
 * A plain field of a shared document (the plan's or the chair's), written when you leave it or
 * press Enter, not per keystroke: every write is one step on the undo stack and one update for
 * everyone. While you type, your draft wins; otherwise it shows what is in the document. A draft
 * that cannot be written stays in the field with the reason under it; Escape goes back to what is
 * in the document.
 */
export function CommitField(props: Props) {
  const { label, hint, value, validate, onCommit, maxLength = 120, inputMode, className, autoFocus = false } = props;
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const commit = () => {
    if (draft === null) return;
    const next = draft.trim();
    const problem = validate?.(next) ?? null;
    setError(problem);
    if (problem) return;
    if (next !== value) onCommit(next);
    setDraft(null);
  };
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className={className ? `field ${className}` : "field"}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        autoComplete="off"
        inputMode={inputMode}
        maxLength={maxLength}
        // biome-ignore lint/a11y/noAutofocus: see the prop.
        autoFocus={autoFocus}
        value={draft ?? value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === "Enter") commit();
          if (event.key === "Escape") {
            setDraft(null);
            setError(null);
          }
        }}
      />
      {/* Under the field, so the fields of a row line up whether or not they have a hint. */}
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? <FieldError id={`${id}-error`}>{error}</FieldError> : null}
    </div>
  );
}
